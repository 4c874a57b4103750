import { colourRules, expectNoAxeViolations, test } from "./fixtures";
import { pageTypes } from "./page-types";

// Every rule in the light theme; in the dark theme, whose markup is the same, the colour rules.
for (const colorScheme of ["light", "dark"] as const) {
  for (const { type, path } of pageTypes) {
    test(`axe finds no ${colorScheme === "dark" ? "colour " : ""}violations on the ${type} page in the ${colorScheme} theme`, async ({
      page,
    }) => {
      // A guide with every answer open, or the hub's 400 rows, is thousands of nodes for axe.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      if (type === "guide") {
        // Open every disclosure so the answers and explanations are checked too.
        await page
          .locator("details")
          .evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute("open", "")));
      }
      await expectNoAxeViolations(
        page,
        `${path} (${colorScheme})`,
        colorScheme === "dark" ? colourRules : undefined,
      );
    });
  }
}
