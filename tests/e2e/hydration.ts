import type { Page } from "@playwright/test";

/**
 * Waits until the page is live: the page module has installed the page behaviours (<html
 * data-behaviours>) and React has rendered every island on the page (each `[data-island]` box is
 * marked `data-mounted` once committed). Until then an island shows its server-rendered first
 * render, which does not respond yet: a visitor's taps on it are written down and replayed once it
 * is live (tests/e2e/early-input.spec.ts holds that moment open on purpose); every other test waits
 * for the live page instead of racing it. The fixture's `page` does this after every goto and
 * reload; call it after a navigation the test starts by clicking.
 */
export async function waitForHydration(page: Page) {
  await page.locator("html[data-behaviours]").waitFor({ state: "attached" });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-island]")].every((box) =>
      box.hasAttribute("data-mounted"),
    ),
  );
}

/**
 * Opens `path` with the islands' module (React and the islands) held back, once the page's own
 * small script has run: the page as a visitor sees it in the moment before its islands are live,
 * for as long as the test needs. The returned function lets the module through and waits for the
 * live page. Needs the fixture's `waitForLivePage` off and service workers blocked (a worker's
 * answer would bypass the hold).
 */
export async function gotoBeforeIslandsAreLive(
  page: Page,
  path: string,
): Promise<() => Promise<void>> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/leadwise/mount-*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  await page.locator("html[data-behaviours]").waitFor({ state: "attached" });
  return async () => {
    release();
    await waitForHydration(page);
  };
}
