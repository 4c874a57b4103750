import { expect, test } from "./fixtures";
import { gotoBeforeIslandsAreLive } from "./hydration";

// An island's first render is on screen before React is; what a visitor does to it in that moment
// is done again once the island is live. The islands' module is held back until the test has acted.
test.use({ waitForLivePage: false, serviceWorkers: "block" });

const notLiveYet = "[data-island]:not([data-mounted])";

test("a filter ticked and a fold opened on the hub before it is live are kept, beside the URL's own filter", async ({
  page,
}) => {
  const goLive = await gotoBeforeIslandsAreLive(page, "/questions?difficulty=hard");
  await page.getByRole("checkbox", { name: /^Situational / }).check();
  // The skills fold is closed at first (more than six options); the visitor opens it.
  const skills = page
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: /^Skill/ }) });
  await skills.locator("summary").click();
  await expect(skills).toHaveAttribute("open", "");
  await expect(page.locator(notLiveYet)).toHaveCount(1);
  await goLive();
  await expect(page.getByRole("checkbox", { name: /^Situational / })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Hard / })).toBeChecked();
  await expect(skills).toHaveAttribute("open", "");
  await expect(page).toHaveURL(/\?difficulty=hard&type=situational$/);
  const rows = page.locator("[data-question-row]:visible");
  await expect(rows.first()).toHaveAttribute("data-type", /situational/);
  await expect(rows.first()).toHaveAttribute("data-difficulty", /hard/);
});

test("a category and a tag chosen in the catalog before it is live are applied in that order", async ({
  page,
}) => {
  const goLive = await gotoBeforeIslandsAreLive(page, "/guides");
  await page.getByRole("button", { name: "Growing people" }).click();
  await page.getByLabel("Tag").selectOption("mentoring");
  await expect(page.locator(notLiveYet)).toHaveCount(1);
  await goLive();
  await expect(page.getByRole("button", { name: "Growing people" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByLabel("Tag")).toHaveValue("mentoring");
  await expect(page).toHaveURL(/\?category=[\w-]+&tag=mentoring$/);
  await expect(page.getByRole("status").filter({ hasText: /^Showing \d+ of/ })).not.toHaveText(
    /^Showing (\d+) of \1 guides/,
  );
});

test("keys pressed on the catalog's first render count as the same taps", async ({ page }) => {
  const goLive = await gotoBeforeIslandsAreLive(page, "/guides");
  await page.getByRole("button", { name: "Technical direction" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Growing people" }).focus();
  await page.keyboard.press("Space");
  await goLive();
  await expect(page.getByRole("button", { name: "Growing people" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("button", { name: "Technical direction" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(page).toHaveURL(/\?category=[\w-]+$/);
});
