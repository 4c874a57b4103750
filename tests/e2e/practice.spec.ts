import type { Page } from "@playwright/test";
import { expect, colourRules, expectNoAxeViolations, test, statFigure } from "./fixtures";

const questionHeading = (page: Page) => page.locator("#practice-question");
/** The visible position line ("Flashcards · Question 2 of 5 · from Mentoring"), not the live-region copy. */
const atQuestion = (page: Page, number: number, total: number) =>
  page.getByText(`Question ${number} of ${total} · from`);

async function questionOrder(page: Page, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let index = 0; index < count; index += 1) {
    seen.push((await questionHeading(page).textContent()) ?? "");
    if (index < count - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
  return seen;
}

test("flashcards by mouse: choose a set, reveal, tick signals, take the suggested grade, finish and see the summary", async ({
  page,
}) => {
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: "Mentoring" }).check();
  await page.getByLabel("Questions", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Start flashcards" }).click();
  await expect(page).toHaveURL(/\/practice\?skills=mentoring&count=3&seed=[a-z0-9]+$/);
  await expect(questionHeading(page)).toBeFocused();
  await expect(atQuestion(page, 1, 3)).toBeVisible();

  await page
    .getByLabel("Your answer (optional)")
    .fill("I paired with her on the first two incidents, then let her lead the third.");
  await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
  await expect(page.getByRole("heading", { name: "A strong answer" })).toBeFocused();
  const signals = page
    .getByRole("group", { name: "Which signals did your answer cover?" })
    .getByRole("checkbox");
  const total = await signals.count();
  for (let index = 0; index < total; index += 1) await signals.nth(index).check();
  await expect(page.getByRole("button", { name: /Easy/ })).toContainText("(suggested)");
  await page.getByRole("button", { name: /^1 Again/ }).click();
  await expect(page.getByRole("button", { name: /^1 Again/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /Saved as Again\. Next review in \d+ minutes?/ }),
  ).toBeAttached();

  await page.getByRole("button", { name: "Skip" }).click();
  await expect(atQuestion(page, 3, 3)).toBeVisible();
  await page.getByRole("button", { name: "Finish", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeFocused();
  await expect(page.getByText("1 of 3 graded: 1 again; 1 skipped.")).toBeVisible();
  const missed = page.getByRole("link", { name: "Practise what I missed (2)" });
  await expect(missed).toHaveAttribute("href", /\/practice\?ids=[a-z0-9-]+,[a-z0-9-]+&seed=/);
  await missed.click();
  await expect(atQuestion(page, 1, 2)).toBeVisible();
});

test("flashcards by keyboard alone, with the shortcuts overlay", async ({ page }) => {
  await page.goto("/practice?skills=communication&count=2&seed=kbd1");
  await expect(questionHeading(page)).toBeFocused();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.keyboard.press("r");
  await expect(page.getByRole("heading", { name: "A strong answer" })).toBeFocused();
  await page.keyboard.press("3");
  await expect(page.getByRole("button", { name: /^3 Good/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.keyboard.press("n");
  await expect(atQuestion(page, 2, 2)).toBeVisible();
  await expect(questionHeading(page)).toBeFocused();
  await page.keyboard.press("p");
  await expect(atQuestion(page, 1, 2)).toBeVisible();
  await expect(page.getByText("Saved to your review schedule.")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("r");
  await page.keyboard.press("4");
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeFocused();
  await expect(page.getByText("2 of 2 graded: 1 good, 1 easy.")).toBeVisible();
});

test("a knowledge check by mouse and keyboard gives feedback at once and a score at the end", async ({
  page,
}) => {
  await page.goto("/practice?mode=quiz&skills=technical-debt&count=3&seed=quiz1");
  await expect(questionHeading(page)).toBeFocused();
  const options = page.getByRole("group", { name: "Options" }).getByRole("button");
  await options.first().click();
  await expect(page.getByRole("region", { name: "Explanation" })).toBeVisible();
  await expect(page.getByText("Correct answer")).toBeVisible();
  await page.keyboard.press("n");
  await page.keyboard.press("2");
  await expect(page.getByRole("region", { name: "Explanation" })).toBeVisible();
  await page.keyboard.press("n");
  await page.keyboard.press("1");
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { name: "Knowledge check finished" })).toBeFocused();
  await expect(page.getByText(/You scored \d of 3/)).toBeVisible();
});

test("a mock interview: timed, follow-ups one at a time, drafts kept, reviewed against signals at the end", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto("/practice?mode=mock&skills=incident-leadership&count=2&time=60&seed=mock1");
  // The fake clock still moves with real time between steps, so assert ranges, not exact seconds.
  await expect(page.getByRole("timer")).toHaveText(/^(1:00|0:5\d)$/);
  await page
    .getByLabel("Your answer, as you would say it")
    .fill("First I declared an incident and named a commander.");
  await page.getByRole("button", { name: /Next follow-up/ }).click();
  const followUps = page
    .getByRole("region", { name: "The interviewer presses" })
    .getByRole("listitem");
  await expect(followUps).toHaveCount(1);
  await questionHeading(page).focus();
  await page.keyboard.press("f");
  await expect(followUps).toHaveCount(2);
  await page.clock.runFor(61_000);
  await expect(page.getByRole("timer")).toHaveText(/^-\d:\d\d$/);
  await expect(
    page.getByRole("status").filter({ hasText: "Time is up for this question" }),
  ).toBeAttached();
  await page.getByRole("button", { name: "Pause timer" }).click();
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByLabel("Your answer, as you would say it")).toHaveValue(
    "First I declared an incident and named a commander.",
  );
  await page.getByRole("button", { name: "Finish early" }).click();

  await expect(page.getByRole("heading", { name: "Mock interview finished" })).toBeFocused();
  await expect(page.getByText("First I declared an incident and named a commander.")).toBeVisible();
  const firstReview = page
    .getByRole("listitem")
    .filter({ hasText: "First I declared an incident" });
  await firstReview.getByRole("checkbox").first().check();
  await firstReview.getByRole("button", { name: /^3 Good/ }).click();
  await expect(firstReview.getByText("Graded Good")).toBeVisible();
  await expect(firstReview.getByText("Saved to your review schedule.")).toBeVisible();
});

test("a shared link gives the same questions in the same order in a new browser context", async ({
  page,
  browser,
}) => {
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: "Delegation" }).check();
  await page.getByRole("checkbox", { name: "Prioritization" }).check();
  await page.getByLabel("Questions", { exact: true }).fill("5");
  await page.getByRole("button", { name: "Start flashcards" }).click();
  await expect(atQuestion(page, 1, 5)).toBeVisible();
  const link = page.url();
  const mine = await questionOrder(page, 5);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(atQuestion(other, 1, 5)).toBeVisible();
  expect(await questionOrder(other, 5)).toEqual(mine);
  await context.close();
});

test("a graded question is scheduled, survives a reload and shows on the progress page; an interrupted session resumes", async ({
  page,
}) => {
  await page.goto("/practice?skills=mentoring&count=3&seed=keep1");
  await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
  await page.getByRole("button", { name: /^1 Again/ }).click();
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByLabel("Your answer (optional)").fill("Half-written answer");
  // The draft is saved as it is typed: reload once it is in storage.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("leadwise:active-session") ?? ""))
    .toContain("Half-written answer");
  await page.reload();
  await expect(atQuestion(page, 2, 3)).toBeVisible();
  await expect(page.getByLabel("Your answer (optional)")).toHaveValue("Half-written answer");

  await page.goto("/practice");
  await expect(page.getByRole("heading", { name: "You have an unfinished session" })).toBeVisible();
  await page.getByRole("button", { name: "Resume session" }).click();
  await expect(atQuestion(page, 2, 3)).toBeVisible();

  await page.goto("/progress");
  await expect(statFigure(page, "Questions practised")).toHaveText("1");
  // Cells: mastery, practised, due; each carries a label that only a phone layout shows.
  await expect(
    page
      .getByRole("row", { name: /Mentoring/ })
      .getByRole("cell")
      .nth(1),
  ).toHaveText(/^(Practised)?1$/);
  await expect(page.getByRole("img", { name: /Reviews per day, last 30 days/ })).toBeVisible();
});

test("due reviews show on the home page and the practice page, and start a review", async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    const past = "2026-01-01T00:00:00.000Z";
    const card = {
      due: past,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: past,
    };
    localStorage.setItem(
      "leadwise:progress",
      JSON.stringify({
        version: 2,
        records: {
          "tl-changed-direction-without-authority": {
            card,
            history: [{ at: past, grade: 3, mode: "flashcards" }],
          },
        },
      }),
    );
  });
  await page.goto("/");
  await expect(page.getByText("1 question is due for review.")).toBeVisible();
  await page.goto("/practice");
  await page.getByRole("button", { name: "Review 1 due" }).click();
  await expect(atQuestion(page, 1, 1)).toBeVisible();
  await expect(questionHeading(page)).toContainText(
    "technical direction of a group you did not manage",
  );
});

test("corrupt stored progress shows a notice, is reset for that part alone, and practice continues", async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.setItem("leadwise:progress", "{this is not json");
    localStorage.setItem("leadwise:sessions", JSON.stringify({ version: 1, sessions: [] }));
  });
  await page.goto("/practice?skills=mentoring&count=1&seed=corrupt1");
  await expect(
    page.getByText(/Your saved progress could not be read, so it was reset/),
  ).toBeVisible();
  await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
  await page.getByRole("button", { name: /^3 Good/ }).click();
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeVisible();
  const stored = await page.evaluate(
    () =>
      JSON.parse(localStorage.getItem("leadwise:progress") ?? "{}") as {
        version: number;
        records: Record<string, unknown>;
      },
  );
  expect(stored.version).toBe(2);
  expect(Object.keys(stored.records)).toHaveLength(1);
});

test("with storage blocked, a session still runs to the end and says progress will not be kept", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/practice?mode=quiz&skills=mentoring&count=2&seed=blocked1");
  await expect(page.getByText(/not letting Leadwise save anything/)).toBeVisible();
  // Keys go to the runner once it has focused its first question.
  await expect(questionHeading(page)).toBeFocused();
  await page.keyboard.press("1");
  await expect(page.getByRole("region", { name: "Explanation" })).toBeVisible();
  await page.keyboard.press("n");
  await page.keyboard.press("1");
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { name: "Knowledge check finished" })).toBeVisible();
});

test("unknown or hostile practice parameters are ignored with a visible hint, never a blank page or a script", async ({
  page,
}) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(
    "/practice?skills=mentoring,not-a-skill&count=999999999&seed=<script>alert(1)</script>&wat=1",
  );
  await expect(page.getByText(/Some of the link was not understood and was ignored/)).toContainText(
    "not-a-skill",
  );
  await expect(page.getByRole("checkbox", { name: "Mentoring" })).toBeChecked();
  await expect(page.getByLabel("Questions", { exact: true })).toHaveValue("50");
  expect(dialogs).toBe(0);
});

test("a guide page does not load the practice runner's JavaScript", async ({ page }) => {
  await page.goto("/practice");
  await expect(page.getByRole("form", { name: "Choose a practice set" })).toBeVisible();
  // What a page loads at once: its module and the chunks it preloads.
  const scriptsOf = (target: typeof page) =>
    target
      .locator("script[src], link[rel=modulepreload]")
      .evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute("src") ?? node.getAttribute("href") ?? ""),
      );
  const practiceScripts = await scriptsOf(page);
  const requested: string[] = [];
  const guide = await page.context().newPage();
  guide.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await guide.goto("/guides/mentoring");
  await guide.waitForLoadState("networkidle");
  const guideScripts = await scriptsOf(guide);
  const practiceOnly = practiceScripts.filter((src) => !guideScripts.includes(src));
  expect(practiceOnly.length).toBeGreaterThan(0);
  for (const src of practiceOnly) expect(requested).not.toContain(src);
  expect(requested.filter((path) => path.startsWith("/api/practice"))).toEqual([]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the runner mid-question and on the summary (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/practice");
    await expectNoAxeViolations(
      page,
      `practice launcher (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.goto("/practice?skills=stakeholder-management&count=1&seed=axe1");
    await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
    await page.getByRole("checkbox").first().check();
    await expectNoAxeViolations(
      page,
      `flashcard (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.getByRole("button", { name: /^2 Hard/ }).click();
    await page.getByRole("button", { name: "Finish", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeVisible();
    await expectNoAxeViolations(
      page,
      `summary (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.goto("/practice?mode=quiz&skills=stakeholder-management&count=1&seed=axe2");
    await page.getByRole("group", { name: "Options" }).getByRole("button").nth(1).click();
    await expectNoAxeViolations(
      page,
      `knowledge check feedback (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.goto("/progress");
    await expect(page.getByRole("heading", { name: "Mastery by skill" })).toBeVisible();
    await expectNoAxeViolations(
      page,
      `progress (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
  });
}
