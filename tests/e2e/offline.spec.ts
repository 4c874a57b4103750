import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { openStaticSite, staticHandler } from "@/lib/tooling/host/static-server";
import { expect, colourRules, expectNoAxeViolations, test, statFigure } from "./fixtures";

/**
 * Offline and installable, in Chromium against the built export under the shipped CSP. Lighthouse's
 * installability audit cannot run in CI here, so the last test checks what it checks: a manifest with
 * a name, a start URL, standalone display and 192/512 PNG icons, and a service worker that controls
 * the page and answers a reload with no network.
 */

/** Resolves once a service worker is active and controls this page (the first visit installs it). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
    await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

const keptOffline = (page: Page, pathname: string) =>
  page.evaluate(async (url) => (await caches.match(url)) !== undefined, pathname);

test("after a first visit, practice, progress, the plan and a guide it opened all work offline", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await controlledByServiceWorker(page);
  await page.goto("/guides/mentoring");
  await expect.poll(() => keptOffline(page, "/guides/mentoring")).toBe(true);

  await page.goto("/plan");
  await page.getByRole("checkbox", { name: "Staff Engineer" }).check();
  await page.getByLabel("Minutes a day").fill("40");
  await page.getByRole("button", { name: "Build my plan" }).click();
  await expect(page.getByRole("heading", { name: /^Today, / })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your loop plan" })).toBeVisible();
  await expect(page.getByText(/days to your loop on/)).toBeVisible();
  await expect(
    page.getByRole("button", { name: /Make the whole library available offline \(\d+\.\d MB\)/ }),
  ).toBeVisible();

  await page.goto("/practice?skills=mentoring&count=2&seed=offline1");
  for (let question = 0; question < 2; question += 1) {
    await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
    await page.getByRole("button", { name: /^3 Good/ }).click();
    await page.getByRole("button", { name: question === 0 ? "Next →" : "Finish" }).click();
  }
  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeVisible();

  await page.goto("/guides/mentoring");
  await expect(page.getByRole("heading", { level: 1, name: /Mentoring/i })).toBeVisible();

  await page.goto("/progress");
  await expect(statFigure(page, "Questions practised")).toHaveText("2");

  await page.goto("/");
  await expect(page.getByText(/^Today's step: /)).toBeVisible();

  await page.goto("/guides/delegation");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await context.setOffline(false);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the plan page and home's step for today: axe-clean in the ${colorScheme} theme, 320 px wide, by keyboard`, async ({
    page,
  }) => {
    // axe over a fortnight of steps, twice, is slow on a loaded machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.goto("/plan");
    await page.getByRole("button", { name: "Build my plan" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Pick at least one role." }),
    ).toBeVisible();
    await page.getByRole("checkbox", { name: "Tech Lead" }).check();
    await page.getByRole("button", { name: "Build my plan" }).press("Enter");
    const firstStep = page.getByRole("checkbox", { name: /^Done: / }).first();
    await firstStep.focus();
    await page.keyboard.press("Space");
    await expect(firstStep).toBeChecked();
    await expect(page.getByText(/· 1 of \d+ done/).first()).toBeVisible();
    // The page's own content; the site header is the layout's, shared by every page.
    const overflow = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("main *")].some(
          (element) => element.getBoundingClientRect().right > window.innerWidth + 1,
        ),
      );
    expect(await overflow()).toBe(false);
    await expectNoAxeViolations(
      page,
      `/plan (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.goto("/");
    await expect(page.getByText(/^Today's step: /)).toBeVisible();
    expect(await overflow()).toBe(false);
    await expectNoAxeViolations(
      page,
      `/ with today's step (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
  });
}

// Its own port beside this run's server (E2E_PORT), so each engineer's runs keep to their own ports.
const deployPort = Number(process.env.E2E_PORT ?? 4173) + 1000;

test.describe("a new deploy", () => {
  test.use({ baseURL: `http://localhost:${deployPort}` });
  test.setTimeout(120_000);
  let site: string;
  let server: Server;

  test.beforeAll(() => {
    // A copy of the export on its own origin, so changing it cannot disturb the other tests.
    site = mkdtempSync(path.join(tmpdir(), "leadwise-deploy-"));
    cpSync("out", site, { recursive: true });
    server = createServer(staticHandler(openStaticSite(site)));
    return new Promise<void>((resolve) => server.listen(deployPort, "127.0.0.1", resolve));
  });

  test.afterAll(() => {
    server.close();
    rmSync(site, { recursive: true, force: true });
  });

  /** The next deploy: a changed home page and the precache list rebuilt from the changed files. */
  function deployAgain(): void {
    const home = path.join(site, "index.html");
    const html = readFileSync(home, "utf8").replace(
      "<head>",
      '<head><meta name="leadwise-deploy" content="second">',
    );
    writeFileSync(home, html);
    for (const stale of ["index.html.gz", "sw.js.gz"])
      rmSync(path.join(site, stale), { force: true });
    unlinkSync(path.join(site, "sw.js"));
    execFileSync("npx", ["tsx", "lib/tooling/cli/build-service-worker.ts", "--dir", site]);
  }

  test("keeps the running version until the learner accepts the notice, then serves the new pages", async ({
    page,
  }) => {
    await page.goto("/");
    await controlledByServiceWorker(page);
    const notice = page
      .getByRole("status")
      .filter({ hasText: "A new version of Leadwise is ready." });
    const deployMark = page.locator('meta[name="leadwise-deploy"]');
    await expect(notice).toHaveCount(0);

    deployAgain();
    await page.reload();
    await expect(notice).toBeVisible();
    // Until accepted, the page is still the first deploy's, served with that deploy's scripts.
    await expect(deployMark).toHaveCount(0);

    await notice.getByRole("button", { name: "Reload to update" }).click();
    await expect(deployMark).toHaveAttribute("content", "second");
    await expect(notice).toHaveCount(0);
  });
});

test("installable: a web app manifest with PNG icons, and a service worker that controls the page", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  const response = await request.get("/manifest.webmanifest");
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ short_name: "Leadwise", start_url: "/", display: "standalone" });
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((entry) => entry.sizes === `${size}x${size}`);
    expect(icon?.type).toBe("image/png");
    const png = await request.get(icon?.src ?? "");
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    // A PNG's IHDR chunk holds its width and height as big-endian integers at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
  }
  expect(manifest.icons.some((entry) => entry.purpose === "maskable")).toBe(true);
  await controlledByServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/sw\.js$/,
  );
});
