import { expectNoAxeViolations, test } from "./fixtures";
import { pageTypes } from "./page-types";

for (const colorScheme of ["light", "dark"] as const) {
  for (const { type, path } of pageTypes) {
    test(`axe finds no violations on the ${type} page in the ${colorScheme} theme`, async ({
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
      await expectNoAxeViolations(page, `${path} (${colorScheme})`);
    });
  }
}
