import type { Page } from "@playwright/test";
import { expect, colourRules, expectNoAxeViolations, test } from "./fixtures";

test("with the microphone denied, the runner explains why recording is off and keeps working", async ({
  page,
  context,
}) => {
  await context.clearPermissions();
  await page.goto("/practice?skills=mentoring&count=1&seed=denied1");
  const outLoud = page.getByRole("region", { name: "Practise out loud" });
  await outLoud.getByRole("button", { name: "Record your answer" }).click();
  await expect(outLoud.getByRole("status")).toHaveText(/^Recording is off because/);
  await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
  await page.getByRole("button", { name: /^3 Good/ }).click();
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Flashcards finished" })).toBeVisible();
});

async function questionsOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "#practice-question, section[aria-labelledby='interviewer-heading'] h3",
      ),
    ].map((node) => node.textContent?.replace(/^Q\d+\.\s*/, "").trim() ?? ""),
  );
}

test("candidate and interviewer links open the same questions in the same order; only the interviewer sees signals and follow-ups", async ({
  page,
  browser,
}) => {
  await page.goto(
    "/practice?mode=mock&skills=stakeholder-management,communication&count=4&seed=pair1",
  );
  await page.getByText("Practise in pairs").click();
  const candidateHref = await page
    .getByRole("link", { name: "Candidate link" })
    .getAttribute("href");
  const interviewerHref = await page
    .getByRole("link", { name: "Interviewer link" })
    .getAttribute("href");
  expect(candidateHref).toMatch(/view=candidate/);
  expect(interviewerHref).toMatch(/view=interviewer/);

  const candidateContext = await browser.newContext();
  const interviewerContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  const interviewer = await interviewerContext.newPage();
  await candidate.goto(candidateHref ?? "");
  await interviewer.goto(interviewerHref ?? "");
  await expect(interviewer.getByRole("heading", { name: "Interviewer sheet" })).toBeVisible();

  const interviewerOrder = await questionsOf(interviewer);
  const pressed = await interviewer
    .locator(
      "section[aria-labelledby='interviewer-heading'] li li, section[aria-labelledby='interviewer-heading'] label span",
    )
    .allTextContents();
  expect(pressed.length).toBeGreaterThan(8);
  const candidateOrder: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    candidateOrder.push(...(await questionsOf(candidate)));
    const shown = await candidate.locator("main").innerText();
    for (const text of pressed)
      expect(shown, "the candidate never sees follow-ups, signals or red flags").not.toContain(
        text,
      );
    await expect(candidate.getByRole("region", { name: "The interviewer presses" })).toHaveCount(0);
    await candidate.getByRole("button", { name: index < 3 ? "Next →" : "Finish" }).click();
  }
  expect(interviewerOrder).toHaveLength(4);
  expect(candidateOrder).toEqual(interviewerOrder);
  await expect(interviewer.getByRole("group", { name: /Listen for/ }).first()).toBeVisible();
  await expect(interviewer.getByText("Press with these follow-ups").first()).toBeVisible();
  await expect(interviewer.getByRole("button", { name: "Print the sheet" })).toBeVisible();
  await candidateContext.close();
  await interviewerContext.close();
});

test("the level lens switches the expectations shown on a guide, a question page and in the runner, and is remembered", async ({
  page,
}) => {
  await page.goto("/guides/technical-leadership");
  const firstLens = page.locator("[data-level-lens]").first();
  await expect(firstLens.locator('[data-level-block="senior"]')).toBeVisible();
  await expect(firstLens.locator('[data-level-block="staff"]')).toBeVisible();
  await firstLens.getByRole("button", { name: "Staff" }).click();
  await expect(firstLens.getByRole("button", { name: "Staff" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(firstLens.locator('[data-level-block="staff"]')).toBeVisible();
  await expect(firstLens.locator('[data-level-block="senior"]')).toBeHidden();
  await expect(
    page.locator("[data-level-lens]").nth(1).locator('[data-level-block="senior"]'),
  ).toBeHidden();

  await page.reload();
  await expect(
    page.locator("[data-level-lens]").first().locator('[data-level-block="senior"]'),
  ).toBeHidden();

  const questionId = await page
    .locator("article[data-question]:has([data-level-lens])")
    .first()
    .getAttribute("id");
  await page.goto(`/questions/${questionId}`);
  await expect(page.locator('[data-level-block="staff"]')).toBeVisible();
  await expect(page.locator('[data-level-block="senior"]')).toBeHidden();

  await page.goto(`/practice?q=${questionId}&seed=lens1`);
  await page.getByRole("button", { name: /Reveal the strong answer/ }).click();
  await expect(page.locator('[data-level-block="staff"]')).toBeVisible();
  await expect(page.locator('[data-level-block="senior"]')).toBeHidden();
  await page
    .getByRole("group", { name: "Show the bar for" })
    .getByRole("button", { name: "Manager" })
    .click();
  await expect(page.locator('[data-level-block="manager"]')).toBeVisible();
  await expect(page.locator('[data-level-block="staff"]')).toBeHidden();
});

test("spot the weak answer: tick the problems, check, and see what was found, missed and wrongly ticked", async ({
  page,
}) => {
  await page.goto("/practice?mode=spot&skills=technical-leadership&count=2&seed=spot1");
  await expect(page.getByText("A candidate said:")).toBeVisible();
  const problems = page
    .getByRole("group", { name: "Which problems does this answer have?" })
    .getByRole("checkbox");
  expect(await problems.count()).toBeGreaterThanOrEqual(3);
  await problems.first().check();
  await page.getByRole("button", { name: "Check my answer" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^You found \d of \d problems?/ }),
  ).toBeAttached();
  await expect(page.getByText(/Found|Missed|Wrongly ticked/).first()).toBeVisible();
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("button", { name: "Check my answer" }).click();
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Spot the weak answer finished" })).toBeVisible();
  await expect(page.getByText(/2 of 2 graded/)).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the rehearsal views (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/practice?mode=spot&skills=mentoring&count=1&seed=axespot");
    await page
      .getByRole("group", { name: "Which problems does this answer have?" })
      .getByRole("checkbox")
      .first()
      .check();
    await page.getByRole("button", { name: "Check my answer" }).click();
    await expectNoAxeViolations(
      page,
      `spot the weak answer (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.goto("/practice?mode=mock&skills=mentoring&count=2&seed=axepair&view=interviewer");
    await expect(page.getByRole("heading", { name: "Interviewer sheet" })).toBeVisible();
    await expectNoAxeViolations(
      page,
      `interviewer sheet (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.goto("/practice?mode=mock&skills=mentoring&count=2&seed=axepair&view=candidate");
    await expect(page.getByRole("region", { name: "Practise out loud" })).toBeVisible();
    await expectNoAxeViolations(
      page,
      `candidate view (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
  });
}

test("an interviewer link naming only knowledge checks says there is nothing to ask instead of showing an empty sheet", async ({
  page,
}) => {
  await page.goto(
    "/practice?mode=mock&view=interviewer&ids=del-kc-task-relevant-maturity,del-kc-monkey",
  );
  await expect(page.getByRole("heading", { name: "Interviewer sheet" })).toBeVisible();
  await expect(
    page.getByText("This link names no interview questions, so there is nothing to ask."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose questions to practise" })).toHaveAttribute(
    "href",
    "/practice",
  );
});
