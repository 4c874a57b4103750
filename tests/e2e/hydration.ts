import type { Page } from "@playwright/test";

/**
 * Waits until the page's behaviours are installed (lib/page-behaviours marks <html
 * data-behaviours>): on a reading page the module has run; on a page with islands React has
 * hydrated, since the layout installs them from an effect that runs after the whole tree commits.
 * Listeners exist before the test clicks or presses a shortcut. A real visitor's click before that
 * point is lost the same way; tests should not race it.
 */
export async function waitForHydration(page: Page) {
  await page.locator("html[data-behaviours]").waitFor({ state: "attached" });
}
