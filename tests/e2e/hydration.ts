import type { Page } from "@playwright/test";

/**
 * Waits until the page is live: the page module has installed the page behaviours (<html
 * data-behaviours>) and React has rendered every island on the page (each `[data-island]` box is
 * marked `data-mounted` once committed). Until then an island shows its server-rendered first
 * render, which does not respond yet; a real visitor's click in that moment is lost the same way,
 * so tests wait for it instead of racing it. The fixture's `page` does this after every goto and
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
