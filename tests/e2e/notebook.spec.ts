import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const questionId = "cr-improved-team-review";
const question = "Tell me about a time you improved how your team does code review.";

const firstDraft =
  "Reviews took three days on my team. I pulled the data and ran a retro. Waits fell from 52 hours to 9.";
// The issue's own example of a draft that hides the candidate and ends on nothing measurable.
const rewrite =
  "We noticed that reviews on the team were taking too long. " +
  "We wrote a guide for smaller pull requests and we added a linter to CI. " +
  "We also started a rota so someone reviewed every morning.";

const answerBox = (page: Page) => page.getByLabel("Your answer (optional)");

async function openQuestion(page: Page) {
  await page.goto(`/practice?q=${questionId}`);
  await expect(page.getByRole("heading", { name: question })).toBeVisible();
  // The status line belongs to the notebook's box, which loads with the first question.
  await expect(page.getByText(/Saved in this browser as you type|Your saved answer/)).toBeVisible();
}

async function typeAndWaitForSave(page: Page, text: string) {
  await answerBox(page).fill(text);
  await expect(page.getByText("Saved in this browser.", { exact: true })).toBeVisible();
}

test("a draft is kept, rewritten as a second attempt, critiqued, and survives export, reset and import", async ({
  page,
}) => {
  await openQuestion(page);
  await typeAndWaitForSave(page, firstDraft);

  // Next time the question comes up, the answer is back.
  await page.reload();
  await expect(answerBox(page)).toHaveValue(firstDraft);
  await expect(page.getByText(/Your saved answer/)).toBeVisible();

  // A rewrite on this visit is a new attempt; the first one is kept.
  await typeAndWaitForSave(page, rewrite);
  await page.getByText("Your attempts at this question (2)").click();
  const attempts = page.getByRole("list", { name: "Your attempts, newest first" });
  await expect(attempts.getByRole("listitem")).toHaveCount(2);
  await expect(attempts.getByRole("listitem").first()).toContainText("not graded, 36 words");
  await expect(attempts.getByRole("listitem").nth(1)).toContainText("not graded, 22 words");

  // Feedback names the sentences where "we" hides the candidate, and the missing result.
  await page.getByRole("button", { name: "Feedback on this draft" }).click();
  const feedback = page.getByRole("region", { name: "Feedback on your draft" });
  const ownership = feedback.getByRole("listitem").filter({ hasText: "Ownership: I and we" });
  await expect(ownership).toContainText('"We" acts in 3 sentences and "I" in 0');
  const quoted = ownership.getByRole("list", { name: "From your draft" }).getByRole("listitem");
  await expect(quoted).toHaveText([
    "We noticed that reviews on the team were taking too long.",
    "We wrote a guide for smaller pull requests and we added a linter to CI.",
    "We also started a rota so someone reviewed every morning.",
  ]);
  await expect(
    feedback.getByRole("listitem").filter({ hasText: "There is no result to weigh" }),
  ).toContainText("Why it matters:");
  await expect(feedback).toContainText("It is not a grade: you grade.");

  // Restoring the first attempt brings its text back as a third attempt; the rewrite is kept.
  await attempts.getByRole("button", { name: /^Restore the attempt of/ }).click();
  await expect(answerBox(page)).toHaveValue(firstDraft);
  await expect(attempts.getByRole("listitem")).toHaveCount(3);

  // The notebook lists it, exports Markdown, and passes axe.
  await page.goto("/notebook");
  const entry = page
    .getByRole("list", { name: "Your drafted answers" })
    .getByRole("listitem")
    .first();
  await expect(entry.getByRole("heading", { name: question })).toBeVisible();
  await expect(entry).toContainText("Earlier attempts (2)");
  await expectNoAxeViolations(page, "the answer notebook");
  const markdownDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export as Markdown" }).click();
  const markdown = readFileSync(await (await markdownDownload).path(), "utf8");
  expect(markdown).toContain(`## ${question}`);
  expect(markdown).toContain(`  > ${rewrite}`);
  expect(markdown).toContain(`  > ${firstDraft}`);

  // Export with progress, reset, import: the notebook comes back without loss.
  const stored = await page.evaluate(() => window.localStorage.getItem("leadwise:notebook"));
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  const exportDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const exportPath = await (await exportDownload).path();
  const exported = JSON.parse(readFileSync(exportPath, "utf8")) as { notebook: unknown };
  expect(exported.notebook).toEqual(JSON.parse(stored ?? "null"));

  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("button", { name: "Delete everything" }).click();
  await page.goto("/notebook");
  await expect(page.getByText("No answers yet.")).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await page.getByLabel("Progress file to import").setInputFiles(exportPath);
  await expect(
    page.getByRole("status").filter({ hasText: "and answers to 1 question" }),
  ).toBeVisible();
  const restored = await page.evaluate(() => window.localStorage.getItem("leadwise:notebook"));
  expect(JSON.parse(restored ?? "null")).toEqual(JSON.parse(stored ?? "null"));

  await openQuestion(page);
  await expect(answerBox(page)).toHaveValue(firstDraft);
  await page.getByText("Your attempts at this question (3)").click();
  await expect(
    page.getByRole("list", { name: "Your attempts, newest first" }).getByRole("listitem"),
  ).toHaveCount(3);
});

test("the notebook filters by skill and role", async ({ page }) => {
  await openQuestion(page);
  await typeAndWaitForSave(page, firstDraft);
  await page.goto("/notebook");
  await expect(
    page.getByRole("status").filter({ hasText: "1 of 1 drafted question shown." }),
  ).toBeVisible();
  await page.getByLabel("Skill").selectOption({ label: "Mentoring" });
  await expect(page.getByRole("status").filter({ hasText: "0 of 1" })).toBeVisible();
  await page.getByLabel("Skill").selectOption({ label: "Code Review Standards" });
  await expect(page.getByRole("status").filter({ hasText: "1 of 1" })).toBeVisible();
});
