import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

type GuideDocument = {
  slug: string;
  title: string;
  tags: string[];
  questions: { id: string; question: string; tags: string[] }[];
};
const guide = JSON.parse(readFileSync("out/api/guides/delegation.json", "utf8")) as GuideDocument;

/** The ids of the hub rows a visitor can see, in order. */
const visibleRowIds = (page: Page) =>
  page
    .locator("[data-question-row]")
    .evaluateAll((rows) =>
      rows
        .filter((row) => !(row as HTMLElement).hidden)
        .map((row) => row.getAttribute("data-question-row") ?? ""),
    );

test("the hub filters by two criteria, keeps them in the URL, and the URL reproduces the list in a new browser", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/questions");
  const status = page.getByRole("status").filter({ hasText: /^Showing \d+ of \d+ questions/ });
  const total = Number((await status.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(200);
  expect(await visibleRowIds(page)).toHaveLength(total);

  await page.getByRole("checkbox", { name: /^Hard \d+ questions$/ }).check();
  await page.getByRole("checkbox", { name: /^Situational \d+ questions$/ }).check();
  await expect(page).toHaveURL(/\/questions\?difficulty=hard&type=situational$/);

  await expect.poll(async () => (await visibleRowIds(page)).length).toBeLessThan(total);
  const filtered = await visibleRowIds(page);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(total);
  await expect(status).toHaveText(new RegExp(`^Showing ${filtered.length} of ${total} questions`));
  // Every shown row really is hard and situational, and every hidden one is not both.
  const rows = await page.locator("[data-question-row]").evaluateAll((nodes) =>
    nodes.map((node) => ({
      hidden: (node as HTMLElement).hidden,
      difficulty: node.getAttribute("data-difficulty"),
      type: node.getAttribute("data-type"),
    })),
  );
  for (const row of rows)
    expect(row.hidden).toBe(!(row.difficulty === "hard" && row.type === "situational"));

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(`${baseURL}/questions?difficulty=hard&type=situational`);
  await expect(fresh.getByRole("checkbox", { name: /^Hard \d+ questions$/ })).toBeChecked();
  await expect(fresh.getByRole("checkbox", { name: /^Situational \d+ questions$/ })).toBeChecked();
  await expect.poll(() => visibleRowIds(fresh)).toEqual(filtered);
  await context.close();
});

test("facet counts say what each option would show", async ({ page }) => {
  await page.goto("/questions?role=tech-lead");
  await expect(page.getByRole("checkbox", { name: /^Tech Lead \d+ questions$/i })).toBeChecked();
  const hard = page.getByRole("checkbox", { name: /^Hard \d+ questions$/ });
  const predicted = Number(
    (await page.locator("label", { has: hard }).textContent())?.match(/(\d+) questions$/)?.[1],
  );
  expect(predicted).toBeGreaterThan(0);
  await hard.check();
  expect(await visibleRowIds(page)).toHaveLength(predicted);
});

test("unknown filter parameters are ignored with a visible hint", async ({ page }) => {
  await page.goto("/questions?difficulty=hard&colour=blue&tag=not-a-tag");
  await expect(page.getByText("Ignored unknown filters: colour=blue, tag=not-a-tag")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Hard \d+ questions$/ })).toBeChecked();
  const hardCount = await page.locator('[data-question-row][data-difficulty="hard"]').count();
  await expect(
    page.getByRole("status").filter({ hasText: `Showing ${hardCount} of` }),
  ).toBeVisible();
  const difficulties = await page
    .locator("[data-question-row]:visible")
    .evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute("data-difficulty")))]);
  expect(difficulties).toEqual(["hard"]);
});

test("a question page opens from the hub with its answer, its guide, related questions and a practice link", async ({
  page,
}) => {
  await page.goto("/questions?skill=delegation");
  await expect(
    page.getByRole("status").filter({ hasText: `Showing ${guide.questions.length} of` }),
  ).toBeVisible();
  const first = page.locator("[data-question-row]:visible").first().getByRole("link");
  const text = (await first.textContent()) ?? "";
  await first.click();
  const question = guide.questions.find((candidate) => candidate.question === text);
  expect(question, "the first delegation row is a delegation question").toBeDefined();
  await expect(page).toHaveURL(new RegExp(`/questions/${question?.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
  for (const heading of [
    "Why it is asked",
    "A strong answer",
    "Signals interviewers listen for",
    "Red flags",
    "Follow-ups to expect",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Practise this question" })).toHaveAttribute(
    "href",
    new RegExp(`^/practice\\?ids=${question?.id}&seed=[a-z0-9]+$`),
  );
  await expect(page.getByRole("link", { name: `Read it in ${guide.title}` })).toHaveAttribute(
    "href",
    `/guides/${guide.slug}#${question?.id}`,
  );
  await expect(
    page.getByRole("list", { name: "Related questions" }).getByRole("link").first(),
  ).toBeVisible();
});

test("a question page opens from its card on the guide", async ({ page }) => {
  await page.goto(`/guides/${guide.slug}`);
  const question = guide.questions[2];
  const card = page.locator(`article[data-question="${question?.id}"]`);
  await card.getByRole("link", { name: "Question page" }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${question?.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(question?.question ?? "");
});

test("a guide's browse-more link opens the hub filtered to the guide's tags", async ({ page }) => {
  await page.goto(`/guides/${guide.slug}`);
  await page.getByRole("link", { name: "Browse more questions on these topics" }).click();
  await expect(page).toHaveURL(/\/questions\?tag=/);
  for (const tag of guide.tags)
    await expect(
      page.getByRole("checkbox", { name: new RegExp(`^${tag} \\d+ questions$`) }),
    ).toBeChecked();
  const shown = page.getByRole("status").filter({ hasText: /^Showing \d+ of/ });
  await expect
    .poll(async () => Number((await shown.textContent())?.match(/Showing (\d+)/)?.[1]))
    .toBe(await page.locator("[data-question-row]:visible").count());
  const tagsOfShown = await page
    .locator("[data-question-row]:visible")
    .evaluateAll((rows) => rows.map((row) => (row.getAttribute("data-tag") ?? "").split(" ")));
  expect(tagsOfShown.length).toBeGreaterThan(
    guide.questions.filter((question) => question.tags.length > 0).length,
  );
  for (const tags of tagsOfShown) expect(tags.some((tag) => guide.tags.includes(tag))).toBe(true);
});

test("a guide's tag chip opens the tag page with its guides and questions", async ({ page }) => {
  await page.goto(`/guides/${guide.slug}`);
  const tag = guide.tags[0] ?? "";
  await page
    .getByRole("list", { name: "Tags" })
    .getByRole("link", { name: tag, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/tags/${tag}$`));
  await expect(
    page
      .getByRole("list", { name: `Guides tagged ${tag}` })
      .getByRole("link", { name: new RegExp(guide.title) }),
  ).toBeVisible();
  const questions = page.getByRole("list", { name: `Questions tagged ${tag}` }).getByRole("link");
  const tagged = guide.questions.filter((question) => question.tags.includes(tag));
  for (const question of tagged)
    await expect(questions.filter({ hasText: question.question })).toHaveCount(1);
});

test("the Anki file and the feed are linked and served", async ({ page, request }) => {
  await page.goto(`/guides/${guide.slug}`);
  const href = await page
    .getByRole("link", { name: "Download these questions for Anki (TSV)" })
    .getAttribute("href");
  const tsv = await (await request.get(href ?? "")).text();
  const rows = tsv.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
  expect(rows.map((row) => row.split("\t")[0])).toEqual(
    guide.questions.map((question) => question.id),
  );
  const feedHref = await page
    .locator('link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute("href");
  const feed = await request.get(new URL(feedHref ?? "").pathname);
  expect(feed.ok()).toBe(true);
  expect(await feed.text()).toContain(`/guides/${guide.slug}</id>`);
});

test("without JavaScript the hub still lists every question as a link", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/questions`);
  const links = page.getByRole("list", { name: "Questions" }).getByRole("link");
  const total = await page.locator("[data-question-row]").count();
  expect(total).toBeGreaterThan(200);
  await expect(links).toHaveCount(total);
  await context.close();
});
