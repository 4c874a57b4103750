import type { Page } from "@playwright/test";
import { expect, colourRules, expectNoAxeViolations, test } from "./fixtures";
import { gotoBeforeIslandsAreLive } from "./hydration";
import { pageTypes } from "./page-types";

/** Every page type, and guides with the widest content: a table and code blocks. */
const pagesToFit = [
  ...pageTypes,
  { type: "guide with a table", path: "/guides/code-review-standards" },
  { type: "guide with code", path: "/guides/architecture-decisions" },
];

const destinations = [
  { name: "Guides", url: /\/guides$/ },
  { name: "Roles", url: /\/roles$/ },
  { name: "Questions", url: /\/questions$/ },
  { name: "Practice", url: /\/practice$/ },
  { name: "Stories", url: /\/stories$/ },
  { name: "Progress", url: /\/progress$/ },
];

/** The page's width beyond the viewport the project set (not innerWidth, which a phone widens). */
async function overflow(page: Page): Promise<number> {
  const viewport = page.viewportSize()?.width ?? 0;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return scrollWidth - viewport;
}

/** Every answer, explanation and disclosure open: the widest state a reader can put the page in. */
async function openEveryDisclosure(page: Page) {
  await page
    .locator("details")
    .evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute("open", "")));
}

for (const { type, path } of pagesToFit) {
  test(`the ${type} page fits the screen`, async ({ page }) => {
    await page.goto(path);
    await openEveryDisclosure(page);
    expect(await overflow(page), `pixels wider than the screen on ${path}`).toBe(0);
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const { type, path } of pageTypes) {
    test(`axe finds no violations on the ${type} page in the ${colorScheme} theme`, async ({
      page,
    }) => {
      // A guide with every answer open is thousands of nodes for axe's contrast checks.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await openEveryDisclosure(page);
      await expectNoAxeViolations(
        page,
        `${path} (${colorScheme}, phone)`,
        colorScheme === "dark" ? colourRules : undefined,
      );
    });
  }
}

test("every page type also fits at 360 and 768 px", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "touch-phone", "one phone project covers the other widths");
  test.setTimeout(120_000);
  for (const width of [360, 768]) {
    await page.setViewportSize({ width, height: 800 });
    for (const { path } of pagesToFit) {
      await page.goto(path);
      await openEveryDisclosure(page);
      expect(await overflow(page), `pixels wider than ${width} px on ${path}`).toBe(0);
    }
  }
});

test("every navigation destination is one tap through the menu away, and search one tap", async ({
  page,
}) => {
  for (const { name, url } of destinations) {
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await menu.tap();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link").first()).toBeFocused();
    await nav.getByRole("link", { name, exact: true }).tap();
    await expect(page).toHaveURL(url);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  }
  await page.getByRole("button", { name: "Search" }).tap();
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("the menu takes the keyboard: Escape closes it and returns focus, and it holds the theme switch", async ({
  page,
}) => {
  await page.goto("/guides/mentoring");
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.focus();
  await page.keyboard.press("Enter");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Guides", exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Roles", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await menu.tap();
  await page.getByRole("button", { name: /^Theme: / }).tap();
  await expect(page.getByRole("button", { name: /^Theme: Light/ })).toBeVisible();
});

test("the header does not move when the page's scripts run", async ({ page }) => {
  await page.addInitScript(() => {
    // Shifts from the moment the page module has installed the page behaviours: what the scripts
    // do. (A paint while the parser is still inside the header can move it by a fraction of a
    // pixel row before any script runs; that is the browser's progressive rendering, not ours.)
    const shifts: number[] = [];
    let installedAt = Number.POSITIVE_INFINITY;
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute("data-behaviours"))
        installedAt = Math.min(installedAt, performance.now());
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-behaviours"] });
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.startTime >= installedAt)
          shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/guides/mentoring");
  // One frame after the scripts ran, so a shift they caused has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const shifts = await page.evaluate(
    () => (window as unknown as { layoutShifts: number[] }).layoutShifts,
  );
  expect(shifts).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the static header offers every destination", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const { name } of destinations)
      await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    expect(await overflow(page)).toBe(0);
  });
});

test("the questions hub folds its filters behind one button and shows the first question on the first screen", async ({
  page,
}) => {
  await page.goto("/questions?difficulty=hard");
  const filters = page.getByRole("button", {
    name: /^Filters \(1 active\): \d+ of \d+ questions$/,
  });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("checkbox", { name: /^Hard / })).toBeHidden();
  await expect(page.locator("[data-question-row]:visible").first()).toBeInViewport();
  await filters.tap();
  await page.getByRole("checkbox", { name: /^Situational / }).tap();
  await expect(
    page.getByRole("button", { name: /^Filters \(2 active\): \d+ of \d+ questions$/ }),
  ).toBeVisible();
});

test.describe("before the hub is live", () => {
  test.use({ waitForLivePage: false, serviceWorkers: "block" });

  test("a tap on Filters and a tick in the panel are kept once the hub is live", async ({
    page,
  }) => {
    const goLive = await gotoBeforeIslandsAreLive(page, "/questions");
    // The first render's panel is folded on a phone; the tap is written down, not yet answered.
    await page.getByRole("button", { name: /^Filters/ }).tap();
    await expect(page.getByRole("checkbox", { name: /^Hard / })).toBeHidden();
    await goLive();
    await expect(page.getByRole("button", { name: /^Filters/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await page.getByRole("checkbox", { name: /^Hard / }).tap();
    await expect(page.getByRole("button", { name: /^Filters \(1 active\)/ })).toBeVisible();
  });
});

test("the progress page's mastery table reads without scrolling sideways", async ({ page }) => {
  await page.goto("/progress");
  const table = page.getByRole("table", { name: /mastered and due, per skill/ });
  await expect(table).toBeVisible();
  const fits = await table.evaluate(
    (node) => node.scrollWidth <= (node.parentElement?.clientWidth ?? 0),
  );
  expect(fits).toBe(true);
});
