import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

type IndexEntry = {
  slug: string;
  title: string;
  summary: string;
  updated: string;
  counts: { questions: number; knowledgeChecks: number; faq: number };
};

test("out/api/guides.json lists every guide in the catalog with counts that match each page", async ({
  page,
}) => {
  const index = JSON.parse(readFileSync("out/api/guides.json", "utf8")) as {
    count: number;
    guides: IndexEntry[];
  };
  await page.goto("/guides");
  const catalogSlugs = await page
    .locator('main a[href^="/guides/"]')
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute("href")?.replace("/guides/", "")),
    );
  expect(index.guides.map((guide) => guide.slug).sort()).toEqual([...new Set(catalogSlugs)].sort());
  expect(index.count).toBe(index.guides.length);

  const pillar = index.guides.find((guide) => guide.slug === "technical-leadership");
  expect(pillar).toBeDefined();
  await page.goto("/guides/technical-leadership");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pillar?.title ?? "");
  expect(await page.locator("article[data-question]").count()).toBe(pillar?.counts.questions);
  expect(await page.locator("#knowledge-check > ol > li").count()).toBe(
    pillar?.counts.knowledgeChecks,
  );
  expect(await page.locator("#faq details").count()).toBe(pillar?.counts.faq);
});

test("out/api/guides/technical-leadership.json is the whole typed guide shown on the page", async ({
  page,
}) => {
  const guide = JSON.parse(readFileSync("out/api/guides/technical-leadership.json", "utf8")) as {
    title: string;
    questions: { id: string; question: string }[];
    faq: { question: string }[];
    knowledgeChecks: unknown[];
    sections: { id: string }[];
    sourceFile?: string;
  };
  expect(guide.sourceFile).toBeUndefined();
  await page.goto("/guides/technical-leadership");
  const shown = await page
    .locator("article[data-question]")
    .evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.id, question: node.querySelector("h3")?.textContent })),
    );
  expect(shown).toEqual(guide.questions.map(({ id, question }) => ({ id, question })));
  const faq = await page.locator("#faq summary").allTextContents();
  expect(faq).toEqual(guide.faq.map((entry) => entry.question));
  for (const section of guide.sections)
    await expect(page.locator(`section#${section.id}`)).toHaveCount(1);
});

test("the guide JSON Schema is generated from the zod schema and describes the frontmatter", async ({
  request,
}) => {
  const response = await request.get("/schema/guide.schema.json");
  expect(response.ok()).toBe(true);
  const schema = (await response.json()) as {
    $schema: string;
    required: string[];
    properties: Record<string, { enum?: string[] }>;
  };
  expect(schema.$schema).toContain("2020-12");
  expect(schema.required).toEqual(
    expect.arrayContaining(["title", "slug", "category", "questions", "faq"]),
  );
  expect(schema.properties.category?.enum).toEqual([
    "leadership",
    "people",
    "communication",
    "direction",
    "delivery",
    "organization",
    "career",
  ]);
});
