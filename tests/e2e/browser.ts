/**
 * How the tests launch Chromium: Debian's headless shell (Playwright's own browser download is not
 * available on these machines), quiet, with no background traffic. The shell is the browser
 * Playwright itself runs headless tests in; the full Chromium in its headless mode took a quarter
 * longer over the same specs. Specs that need more flags add to these.
 */
export const chromiumPath = process.env.E2E_CHROME_PATH ?? "/usr/bin/chromium-headless-shell";

export const chromiumArgs = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
