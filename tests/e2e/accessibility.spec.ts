import { expectNoAxeViolations, test } from "./fixtures";

const pages = [
  { type: "home", path: "/" },
  { type: "catalog", path: "/guides" },
  { type: "guide", path: "/guides/technical-leadership" },
  { type: "roles index", path: "/roles" },
  { type: "role", path: "/roles/tech-lead" },
  { type: "questions hub", path: "/questions?difficulty=hard" },
  { type: "question", path: "/questions/adr-decision-that-went-wrong" },
  { type: "tag", path: "/tags/decision-making" },
  { type: "404", path: "/not-a-page" },
  { type: "offline", path: "/offline" },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const { type, path } of pages) {
    test(`axe finds no violations on the ${type} page in the ${colorScheme} theme`, async ({
      page,
    }) => {
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
