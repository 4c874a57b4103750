/**
 * How the tests launch Chromium: Debian's build (Playwright's own browser download is not available
 * on these machines), quiet, with no background traffic. Specs that need more flags add to these.
 */
export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
