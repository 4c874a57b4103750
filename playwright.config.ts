import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tests/e2e/browser";

const port = Number(process.env.E2E_PORT ?? 4173);

// Runs against the built static export (`npm run build` first), served by lib/tooling/cli/serve.ts with the
// shipped _headers, so every test runs under the real Content-Security-Policy.
const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
const phoneSpecs = /\.phone\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace records a DOM snapshot at every action: about 0.4 s on each test here, a third of the
    // suite. CI prints only the run's output, so it records none; a local failure keeps its trace.
    trace: process.env.CI ? "off" : "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: phoneSpecs,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    // Phones run only the page-type smoke tests and the touch journeys (tests/e2e/*.phone.spec.ts),
    // so two more projects add minutes to CI, not a second and third copy of the whole suite.
    {
      name: "touch-phone",
      testMatch: phoneSpecs,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
    {
      name: "small-phone",
      testMatch: phoneSpecs,
      use: {
        viewport: { width: 320, height: 640 },
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: {
    command: `npx tsx lib/tooling/cli/serve.ts --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
