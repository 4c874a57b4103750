import type { Page } from "@playwright/test";

/**
 * Waits until React has hydrated the page (the header's search button carries React's props), so
 * listeners attached by client components exist before the test clicks or presses a shortcut. A
 * real visitor's click before that point is lost the same way; tests should not race it.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const trigger = document.querySelector("button[aria-keyshortcuts]");
    return trigger !== null && Object.keys(trigger).some((key) => key.startsWith("__reactProps"));
  });
}
