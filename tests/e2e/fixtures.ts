import { test as base, expect, type Page } from "@playwright/test";
import axe from "axe-core";
import { waitForHydration } from "./hydration";

/**
 * Every e2e test fails on a console error, an uncaught exception, a CSP violation or a request to
 * another origin: the site must work under its own policy with nothing sent anywhere.
 */
export const test = base.extend<{ pageProblems: string[]; waitForLivePage: boolean }>({
  /** Off for a test that holds the page's scripts back on purpose. */
  waitForLivePage: [true, { option: true }],
  // Every goto and reload returns once the page is live (see waitForHydration), unless scripts are
  // off for the test or the navigation did not end on one of the site's pages.
  page: async ({ page, javaScriptEnabled, waitForLivePage }, provide) => {
    if (javaScriptEnabled !== false && waitForLivePage) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      const live = async <T>(response: T) => {
        if (await page.locator("script[src*='/_next/static/leadwise/page-']").count())
          await waitForHydration(page);
        return response;
      };
      page.goto = async (...args) => live(await goto(...args));
      page.reload = async (...args) => live(await reload(...args));
    }
    await provide(page);
  },
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? "http://localhost").origin;
      page.on("console", (message) => {
        // A failed request is reported below with its URL; the page's own 404 status is expected.
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
          problems.push(`console error: ${message.text()}`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== "document")
          problems.push(`${response.status()} for ${response.url()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
          problems.push(`third-party request: ${url}`);
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, "console errors, CSP violations or third-party requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The big figure on one of the progress page's stat cards (the paragraph after its heading). */
export function statFigure(page: Page, heading: string) {
  return page
    .getByRole("heading", { name: heading, exact: true })
    .locator("xpath=following-sibling::p[1]");
}

/** The axe rules whose outcome depends on the colours, so the only ones a second theme can change. */
export const colourRules = ["color-contrast", "link-in-text-block"];

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Every WCAG 2.2 AA and best-practice rule, or with `rules`, only those (a second theme's run: its
 * markup is the first theme's, only its colours differ).
 */
export async function expectNoAxeViolations(page: Page, label: string, rules?: readonly string[]) {
  // axe runs in the page itself, loaded once per document. @axe-core/playwright's default runs each
  // frame partially and finishes in a second, blank page (2-3 times as long here), and even its
  // legacy mode evaluates axe's 0.5 MB source twice per run; the site has no frames to reach.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const options: axe.RunOptions = {
    runOnly: rules ? { type: "rule", values: [...rules] } : { type: "tag", values: wcagTags },
    // Only violations carry all their nodes; passes and the rest keep one each, all read below.
    resultTypes: ["violations"],
    // Label in Name (WCAG 2.5.3) is on by default from axe-core 4.14 (experimental and off before):
    // named here so an older axe-core cannot switch it off without a word.
    rules: { "label-content-name-mismatch": { enabled: true } },
  };
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    options,
  );
  if (rules) {
    const ran = [
      ...results.passes,
      ...results.violations,
      ...results.incomplete,
      ...results.inapplicable,
    ];
    expect(ran.length, `axe ran none of ${rules.join(", ")} on ${label}`).toBeGreaterThan(0);
  }
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.nodes.length}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
