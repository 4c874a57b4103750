import type { Browser, Page } from "@playwright/test";
import { readLibrary } from "../../lib/content/load";
import { expect, test, statFigure } from "./fixtures";

/**
 * Practice that tells the truth: links that start their set, a shareable set link, figures that
 * agree on every page, honest labels, sessions that end, and Back that keeps the summary.
 */

const { library } = readLibrary();
const question = (page: Page) => page.locator("#practice-question");
const position = (page: Page) => page.getByText(/Question (\d+) of (\d+) · from/);

async function setTotal(page: Page): Promise<number> {
  const text = (await position(page).textContent()) ?? "";
  return Number(/of (\d+)/.exec(text)?.[1] ?? 0);
}

/** Each question of the set in order; a knowledge check also gives its options in the order shown. */
async function walkSet(page: Page): Promise<string[]> {
  const total = await setTotal(page);
  const seen: string[] = [];
  for (let index = 1; index <= total; index += 1) {
    await expect(position(page)).toContainText(`Question ${index} of ${total}`);
    const options = page.getByRole("group", { name: "Options" }).getByRole("button");
    const shown = (await options.count()) > 0 ? await options.allTextContents() : [];
    seen.push([(await question(page).textContent()) ?? "", ...shown].join(" | "));
    if (index < total) await page.getByRole("button", { name: "Next →" }).click();
  }
  return seen;
}

async function expectSetStarted(page: Page) {
  await expect(question(page)).toBeVisible();
  await expect(position(page)).toContainText("Question 1 of");
  expect(new URL(page.url()).searchParams.get("seed")).toMatch(/^[a-z0-9]+$/);
  await expect(page.getByRole("link", { name: "Change settings" })).toBeVisible();
}

test("every practise link starts its set at once, with a way back to the settings", async ({
  page,
}) => {
  // Ten links on six kinds of page, each loading the practice island: longer than one page's test.
  test.setTimeout(120_000);
  const guide = library.guides.find((candidate) => candidate.slug === "mentoring");
  const role = library.roles[0];
  if (!guide || !role) throw new Error("the library needs the mentoring guide and a role");
  const name = /^Practise .* questions$/;
  for (const path of [`/guides/${guide.slug}`, `/roles/${role.slug}`]) {
    for (const link of ["Practise these questions", "Mock interview", "Knowledge check"]) {
      if (link === "Knowledge check" && path.startsWith("/roles")) continue;
      await page.goto(path);
      await page.getByRole("group", { name }).getByRole("link", { name: link }).click();
      await expectSetStarted(page);
    }
  }

  await page.goto(`/guides/${guide.slug}`);
  await page.getByRole("link", { name: "Practise this" }).first().click();
  await expectSetStarted(page);
  await expect(position(page)).toContainText("Question 1 of 1");

  const first = guide.questions[0];
  if (!first) throw new Error("no question");
  await page.goto(`/questions/${first.id}`);
  await page.getByRole("link", { name: "Practise this question" }).click();
  await expectSetStarted(page);
  await expect(question(page)).toHaveText(first.question);

  const tag = first.tags[0];
  if (!tag) throw new Error("the first mentoring question has no tag");
  await page.goto(`/tags/${tag}`);
  const tagged = await page
    .getByRole("list", { name: `Questions tagged ${tag}` })
    .locator("li")
    .count();
  await page.getByRole("link", { name: /^Practise (this question|these \d+ questions)$/ }).click();
  await expectSetStarted(page);
  expect(await setTotal(page)).toBe(Math.min(tagged, 50));

  await page.goto("/questions?skill=delegation&difficulty=hard");
  const status = page.getByRole("status").filter({ hasText: /^Showing \d+ of/ });
  const shown = Number(/Showing (\d+)/.exec((await status.textContent()) ?? "")?.[1]);
  expect(shown).toBeGreaterThan(1);
  await page.getByRole("link", { name: `Practise these ${shown} questions` }).click();
  await expectSetStarted(page);
  expect(await setTotal(page)).toBe(shown);

  await page.getByRole("link", { name: "Change settings" }).click();
  await expect(page.getByRole("form", { name: "Choose a practice set" })).toBeVisible();
});

async function openCopiedLink(browser: Browser, link: string): Promise<string[]> {
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(question(other)).toBeVisible();
  const order = await walkSet(other);
  await context.close();
  return order;
}

test("the copied set link reproduces the set, options in the same order, in a new browser context", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/guides/mentoring");
  await page
    .getByRole("group", { name: /^Practise .* questions$/ })
    .getByRole("link", { name: "Knowledge check" })
    .click();
  await expectSetStarted(page);
  await page.getByRole("button", { name: "Copy link to this set" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const mine = await walkSet(page);
  expect(mine[0]?.split(" | ").length, "a knowledge check lists its options").toBeGreaterThan(3);
  expect(await openCopiedLink(browser, link)).toEqual(mine);
});

/** Every figure a page shows, read from the page. */
async function progressFigures(page: Page) {
  await page.goto("/progress");
  const headline = async (name: string) =>
    Number(
      (await page
        .getByRole("heading", { name })
        .locator("..")
        .locator("p")
        .first()
        .textContent()) ?? "NaN",
    );
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  const rows = table.locator("tbody tr");
  const column = async (index: number) =>
    // innerText: a phone layout's stacked column labels are hidden at this width and not read.
    (await rows.locator(`td:nth-child(${index + 1})`).allInnerTexts()).map(Number);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const totals = await table.locator("tfoot td").allInnerTexts();
  return {
    due: await headline("Due for review"),
    practised: await headline("Questions practised"),
    dueColumn: sum(await column(3)),
    practisedColumn: sum(await column(2)),
    totalsRow: { practised: Number(totals[1]), due: Number(totals[2]) },
    mentoring: await table
      .getByRole("row", { name: /^Mentoring / })
      .locator("td")
      .allInnerTexts(),
  };
}

test("after a mixed session, every due and practised figure on home, /practice and /progress is the sum of its parts", async ({
  page,
}) => {
  await page.clock.install();
  // Two flashcards from one guide.
  await page.goto("/guides/mentoring");
  const group = page.getByRole("group", { name: /^Practise .* questions$/ });
  await group.getByRole("link", { name: "Practise these questions" }).click();
  await expectSetStarted(page);
  for (const grade of ["1 Again", "3 Good"]) {
    await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
    await page.getByRole("button", { name: new RegExp(`^${grade}`) }).click();
    await page.getByRole("button", { name: "Next →" }).click();
  }
  await expect(
    page.getByRole("button", { name: /Question 2, graded (Again|Good), saved/ }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Finish early" }).click();
  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeVisible();

  // Two knowledge checks from the same guide.
  await page.goto("/guides/mentoring");
  await group.getByRole("link", { name: "Knowledge check" }).click();
  await expectSetStarted(page);
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "Next →" }).click();
  await page.keyboard.press("2");
  await expect(
    page.getByRole("button", { name: /Question 2, graded (Again|Good), saved/ }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Finish early" }).click();
  await expect(page.getByRole("heading", { name: "Knowledge check finished" })).toBeVisible();

  // A record for a question the library no longer has: kept, counted nowhere.
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem("leadwise:progress") ?? "{}") as {
      records: Record<string, unknown>;
    };
    const [first] = Object.values(stored.records);
    stored.records["retired-question-id"] = first;
    localStorage.setItem("leadwise:progress", JSON.stringify(stored));
  });
  // A month on, everything practised is due.
  await page.clock.setSystemTime(Date.now() + 30 * 86_400_000);

  const figures = await progressFigures(page);
  expect(figures.practised).toBe(4);
  expect(figures.practisedColumn).toBe(figures.practised);
  expect(figures.totalsRow.practised).toBe(figures.practised);
  expect(figures.due).toBe(4);
  expect(figures.dueColumn).toBe(figures.due);
  expect(figures.totalsRow.due).toBe(figures.due);
  // Mentoring row: mastered, practised 4 (two flashcards and two checks), due 4.
  expect(figures.mentoring.slice(1)).toEqual(["4", "4"]);
  await expect(
    page.getByText("1 saved record is for a question no longer in the library"),
  ).toBeVisible();
  await expect(statFigure(page, "Sessions finished")).toHaveText("2");
  await expect(
    page.getByRole("heading", { name: "Recent sessions" }).locator("..").getByRole("listitem"),
  ).toHaveCount(2);

  await page.goto("/");
  await expect(page.getByText(`${figures.due} questions are due for review.`)).toBeVisible();
  await page.goto("/practice");
  await page.getByRole("button", { name: `Review ${figures.due} due` }).click();
  await expect(position(page)).toContainText(`Question 1 of ${figures.due}`);
});

test('Back after "Practise what I missed" returns to the summary, and Back again to the launcher', async ({
  page,
}) => {
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: "Delegation" }).check();
  await page.getByLabel("Questions", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Start flashcards" }).click();
  await expect(position(page)).toContainText("Question 1 of 2");
  await page.getByRole("button", { name: "Skip" }).click();
  await page.getByRole("button", { name: "Finish" }).click();
  const summary = page.getByRole("heading", { name: "Flashcards finished" });
  await expect(summary).toBeVisible();
  await page.getByRole("link", { name: "Practise what I missed (1)" }).click();
  await expect(position(page)).toContainText("Question 1 of 1");

  await page.goBack();
  await expect(summary).toBeVisible();
  await expect(page.getByText("Skipped").first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("form", { name: "Choose a practice set" })).toBeVisible();
  await page.goForward();
  await expect(summary).toBeVisible();
});

test("a single question leaves no unfinished-session banner; a mock answer typed but not graded says so", async ({
  page,
}) => {
  const id = library.guides[0]?.questions[0]?.id ?? "";
  await page.goto(`/practice?q=${id}`);
  await page.getByLabel("Your answer (optional)").fill("A half answer");
  await expect(
    page.getByRole("button", { name: "Question 1, answered, not graded yet" }),
  ).toBeVisible();
  await page.goto("/practice");
  await expect(page.getByRole("form", { name: "Choose a practice set" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "You have an unfinished session" })).toHaveCount(
    0,
  );

  await page.goto("/practice?mode=mock&skills=incident-leadership&count=2&time=60&seed=honest1");
  await page.getByLabel("Your answer, as you would say it").fill("I would declare an incident");
  await page.getByRole("button", { name: "Finish early" }).click();
  await expect(page.getByRole("heading", { name: "Mock interview finished" })).toBeVisible();
  const first = page.getByRole("listitem").filter({ hasText: "I would declare an incident" });
  await expect(first).toContainText("Answered, not graded yet");
  await expect(first).not.toContainText("Not answered");
});

test("a grade that cannot be stored is not called saved, and can be saved on a retry", async ({
  page,
}) => {
  await page.goto("/practice?mode=quiz&skills=mentoring&count=2&seed=save1");
  await expect(question(page)).toBeVisible();
  // The scheduler's code loads with the first grade: make that load fail.
  await page.route("**/_next/static/leadwise/**", (route) => route.abort());
  await page.keyboard.press("1");
  const notice = page.getByRole("alert").filter({ hasText: "could not be saved" });
  await expect(notice).toContainText("One grade is not saved yet.");
  await expect(
    page.getByRole("button", { name: /Question 1, graded \w+, not saved yet/ }),
  ).toBeVisible();
  await page.unroute("**/_next/static/leadwise/**");
  await page.getByRole("button", { name: "Try saving again" }).click();
  await expect(page.getByRole("button", { name: /Question 1, graded \w+, saved/ })).toBeVisible();
  await expect(notice).toHaveCount(0);
});
