import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, colourRules, expectNoAxeViolations, test } from "./fixtures";

type WrittenStory = {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  outcome: string;
  skills: string[];
};

const migration: WrittenStory = {
  title: "The migration nobody wanted",
  situation:
    "Our billing database lost vendor support in six months and three teams depended on it.",
  task: "I owned the plan and had to get each team to give up a sprint.",
  action: "I wrote a one-page risk memo, ran a dry run on a copy and staffed the cutover myself.",
  result: "We moved with nine minutes of read-only time and no lost invoices.",
  outcome: "Zero lost invoices; 9 minutes read-only",
  skills: ["Mentoring", "Stakeholder Management"],
};

const onCall: WrittenStory = {
  title: "Handing on-call to a new lead",
  situation:
    "A newly promoted engineer was about to run on-call for a payments team for the first time.",
  task: "I had to make her confident without running the rota for her.",
  action:
    "I shadowed two incidents, then reversed roles and let her lead the third while I only took notes.",
  result: "She ran the rota alone from the next month and rewrote two runbooks.",
  outcome: "Pages handled without me: 0 to 100% in six weeks",
  skills: ["Delegation"],
};

const coverageTable = (page: Page) =>
  page.getByRole("table", { name: "Each skill against your stories: which stories show it" });
const skillRow = (page: Page, skill: string) =>
  coverageTable(page).getByRole("row", { name: new RegExp(`^${skill}\\b`) });
const storyHeading = (page: Page, title: string) =>
  page.getByRole("heading", { level: 3, name: title, exact: true });

async function openStoryBank(page: Page) {
  await page.goto("/stories");
  // The list heading appears once the island has read storage, so React is listening from here on.
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toBeVisible();
}

/** Imports an exported progress file on the progress page and waits for its confirmation. */
async function importProgressFile(page: Page, file: string, confirmation: string) {
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await page.getByLabel("Progress file to import").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: confirmation })).toBeVisible();
}

async function fillStory(page: Page, story: WrittenStory) {
  await page.getByLabel("Title", { exact: true }).fill(story.title);
  for (const field of ["situation", "task", "action", "result", "outcome"] as const) {
    await page
      .getByLabel(field[0]?.toUpperCase() + field.slice(1), { exact: true })
      .fill(story[field]);
  }
  const skills = page.getByRole("group", { name: "Skills this story shows" });
  for (const skill of story.skills)
    await skills.getByRole("checkbox", { name: skill, exact: true }).check();
}

async function writeStory(page: Page, story: WrittenStory) {
  await page.getByRole("button", { name: "Write a new story" }).click();
  await fillStory(page, story);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(storyHeading(page, story.title)).toBeFocused();
}

test("create, edit and delete stories: the coverage matrix follows, and stories survive a reload", async ({
  page,
}) => {
  await openStoryBank(page);
  await expect(page.getByText("No stories yet.")).toBeVisible();
  await expect(skillRow(page, "Mentoring")).toContainText("No story yet");
  await expect(
    skillRow(page, "Mentoring").getByRole("link", { name: "Mentoring" }),
  ).toHaveAttribute("href", "/guides/mentoring");
  const guideCount = await coverageTable(page).locator("tbody tr").count();
  expect(guideCount).toBeGreaterThanOrEqual(10);
  await expect(page.getByText(`0 of ${guideCount} skills have a story`)).toBeVisible();

  // An empty save names what is missing and puts the learner on the first field.
  await page.getByRole("button", { name: "Write a new story" }).click();
  await expect(page.getByRole("heading", { name: "A new story" })).toBeFocused();
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Write the title.")).toBeVisible();
  await expect(page.getByText("Write the outcome.")).toBeVisible();
  await fillStory(page, migration);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(storyHeading(page, migration.title)).toBeFocused();
  await expect(
    page.getByRole("status").filter({ hasText: `Saved “${migration.title}”.` }),
  ).toBeVisible();

  const article = page.getByRole("article", { name: migration.title });
  await expect(article).toContainText(migration.situation);
  await expect(article).toContainText(migration.outcome);
  await expect(article.getByRole("link", { name: "Mentoring" })).toHaveAttribute(
    "href",
    "/guides/mentoring",
  );
  await expect(skillRow(page, "Mentoring")).not.toContainText("No story yet");
  await expect(skillRow(page, "Mentoring").getByRole("cell").nth(0)).toHaveText("1");
  await expect(skillRow(page, "Mentoring").getByRole("cell").nth(1)).toHaveText("✓Shown");
  await expect(skillRow(page, "Delegation")).toContainText("No story yet");
  await expect(
    coverageTable(page).getByRole("columnheader", { name: migration.title }),
  ).toBeVisible();
  await expect(page.getByText(`2 of ${guideCount} skills have a story`)).toBeVisible();

  // "Write one" beside an uncovered skill opens the form with that skill already ticked.
  await skillRow(page, "Delegation")
    .getByRole("button", { name: "Write one for Delegation" })
    .click();
  await expect(page.getByRole("heading", { name: "A new story" })).toBeFocused();
  await expect(
    page
      .getByRole("group", { name: "Skills this story shows" })
      .getByRole("checkbox", { name: "Delegation", exact: true }),
  ).toBeChecked();
  await fillStory(page, { ...onCall, skills: [] });
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(storyHeading(page, onCall.title)).toBeFocused();
  await expect(skillRow(page, "Delegation").getByRole("cell").nth(0)).toHaveText("1");

  await page.reload();
  await expect(storyHeading(page, migration.title)).toBeVisible();
  await expect(storyHeading(page, onCall.title)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toContainText("(2)");
  await expect(skillRow(page, "Mentoring").getByRole("cell").nth(0)).toHaveText("1");

  // Edit: rename, drop Mentoring, add Conflict Resolution.
  await page.getByRole("button", { name: `Edit “${migration.title}”` }).click();
  await expect(page.getByRole("heading", { name: `Edit “${migration.title}”` })).toBeFocused();
  await expect(page.getByLabel("Situation", { exact: true })).toHaveValue(migration.situation);
  await page.getByLabel("Title", { exact: true }).fill("The database move");
  const skills = page.getByRole("group", { name: "Skills this story shows" });
  await skills.getByRole("checkbox", { name: "Mentoring", exact: true }).uncheck();
  await skills.getByRole("checkbox", { name: "Conflict Resolution", exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(storyHeading(page, "The database move")).toBeFocused();
  await expect(storyHeading(page, migration.title)).toHaveCount(0);
  await expect(skillRow(page, "Mentoring")).toContainText("No story yet");
  await expect(skillRow(page, "Conflict Resolution").getByRole("cell").nth(0)).toHaveText("1");
  await expect(
    coverageTable(page).getByRole("columnheader", { name: "The database move" }),
  ).toBeVisible();

  // Delete asks first; keeping it changes nothing.
  await page.getByRole("button", { name: "Delete… “The database move”" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete “The database move”?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toBeHidden();
  await expect(storyHeading(page, "The database move")).toBeVisible();
  await page.getByRole("button", { name: "Delete… “The database move”" }).click();
  await dialog.getByRole("button", { name: "Delete story" }).click();
  await expect(storyHeading(page, "The database move")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toBeFocused();
  await expect(
    page.getByRole("status").filter({ hasText: "Deleted “The database move”." }),
  ).toBeVisible();
  await expect(skillRow(page, "Stakeholder Management")).toContainText("No story yet");

  await page.reload();
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toContainText("(1)");
  await expect(storyHeading(page, onCall.title)).toBeVisible();
  const stored = await page.evaluate(
    () =>
      JSON.parse(localStorage.getItem("leadwise:stories") ?? "null") as {
        version: number;
        stories: { title: string; skills: string[] }[];
      },
  );
  expect(stored).toMatchObject({
    version: 1,
    stories: [{ title: onCall.title, skills: ["delegation"] }],
  });
});

test("a story can be written, saved and deleted by keyboard alone", async ({ page }) => {
  await openStoryBank(page);
  await page.getByRole("button", { name: "Write a new story" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "A new story" })).toBeFocused();
  for (const text of [
    onCall.title,
    onCall.situation,
    onCall.task,
    onCall.action,
    onCall.result,
    onCall.outcome,
  ]) {
    await page.keyboard.press("Tab");
    await page.keyboard.type(text);
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "Architecture Decisions" })).toBeFocused();
  await page.keyboard.press("Space");
  // Tab past the remaining skills to the save button.
  const skillCount = await page
    .getByRole("group", { name: "Skills this story shows" })
    .getByRole("checkbox")
    .count();
  for (let index = 1; index < skillCount; index += 1) await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save story" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(storyHeading(page, onCall.title)).toBeFocused();
  await expect(page.getByRole("article", { name: onCall.title })).toContainText(onCall.action);
  await expect(skillRow(page, "Architecture Decisions").getByRole("cell").nth(0)).toHaveText("1");

  await page.getByRole("button", { name: `Delete… “${onCall.title}”` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Delete story" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(storyHeading(page, onCall.title)).toHaveCount(0);
});

test("stories round-trip through export and import on the progress page, merging by the newer edit, and reset removes them", async ({
  page,
}) => {
  await openStoryBank(page);
  await writeStory(page, migration);
  await writeStory(page, onCall);

  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^leadwise-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exportPath = await download.path();
  const exported = JSON.parse(readFileSync(exportPath, "utf8")) as {
    stories: { version: number; stories: { title: string }[] };
  };
  expect(exported.stories.version).toBe(1);
  expect(exported.stories.stories.map((story) => story.title).sort()).toEqual(
    [onCall.title, migration.title].sort(),
  );

  // Reset deletes the stories with the rest of the progress.
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await expect(page.getByRole("dialog", { name: "Delete all progress?" })).toContainText("story");
  await page.getByRole("button", { name: "Delete everything" }).click();
  await openStoryBank(page);
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toContainText("(0)");

  // A story edited here after the export keeps its newer edit when the older export is imported.
  await writeStory(page, { ...migration, title: "Written after the export" });
  await importProgressFile(page, exportPath, "Imported 0 question records and 2 stories");

  await openStoryBank(page);
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toContainText("(3)");
  for (const title of [migration.title, onCall.title, "Written after the export"])
    await expect(storyHeading(page, title)).toBeVisible();
  await expect(page.getByRole("article", { name: onCall.title })).toContainText(onCall.situation);
  await expect(skillRow(page, "Delegation").getByRole("cell").nth(0)).toHaveText("1");

  // Importing the same file again over a story edited since keeps the edit.
  await page.getByRole("button", { name: `Edit “${onCall.title}”` }).click();
  await page.getByLabel("Outcome", { exact: true }).fill("Edited after the export");
  await page.getByRole("button", { name: "Save changes" }).click();
  await importProgressFile(page, exportPath, "Imported 0 question records and 2 stories");
  await openStoryBank(page);
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toContainText("(3)");
  await expect(page.getByRole("article", { name: onCall.title })).toContainText(
    "Edited after the export",
  );
});

test("the story bank exports as a Markdown document", async ({ page }) => {
  await openStoryBank(page);
  await expect(page.getByRole("button", { name: "Export as Markdown" })).toHaveCount(0);
  await writeStory(page, migration);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export as Markdown" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^leadwise-stories-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(await download.path(), "utf8");
  expect(markdown).toContain(`## ${migration.title}`);
  expect(markdown).toContain(`**Situation:** ${migration.situation}`);
  expect(markdown).toContain(`**Result:** ${migration.result}`);
  expect(markdown).toContain(`**Outcome:** ${migration.outcome}`);
  expect(markdown).toContain("**Skills:** Mentoring, Stakeholder Management");
  await expect(
    page.getByRole("status").filter({ hasText: "Your story was exported as a Markdown file." }),
  ).toBeVisible();
});

test("damaged stored stories are dropped with a notice and the rest are kept", async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    const at = "2026-11-02T09:00:00.000Z";
    const good = {
      id: "s-good",
      title: "A story that survived",
      situation: "S",
      task: "T",
      action: "A",
      result: "R",
      outcome: "O",
      skills: ["mentoring"],
      createdAt: at,
      updatedAt: at,
    };
    localStorage.setItem(
      "leadwise:stories",
      JSON.stringify({ version: 1, stories: [good, { ...good, id: "s-bad", title: 7 }] }),
    );
  });
  await openStoryBank(page);
  await expect(
    page.getByText(
      "1 saved story was damaged or repeated and removed; your other stories are intact.",
    ),
  ).toBeVisible();
  await expect(storyHeading(page, "A story that survived")).toBeVisible();
  await expect(skillRow(page, "Mentoring").getByRole("cell").nth(0)).toHaveText("1");
  // The repair was written back, so the notice shows once.
  await page.reload();
  await expect(storyHeading(page, "A story that survived")).toBeVisible();
  await expect(page.getByText(/damaged or repeated and removed/)).toHaveCount(0);
});

test("with storage blocked, stories can still be written and the page says they will not be kept", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await openStoryBank(page);
  await expect(page.getByText(/not letting Leadwise save anything/)).toContainText(
    "export them as Markdown",
  );
  await writeStory(page, onCall);
  await expect(skillRow(page, "Delegation").getByRole("cell").nth(0)).toHaveText("1");
});

test("a story from the bank is pulled into a flashcard answer", async ({ page }) => {
  await openStoryBank(page);
  await writeStory(page, migration);
  await writeStory(page, onCall);
  await page.goto("/practice?skills=mentoring&count=1&seed=story1");
  const picker = page.getByRole("button", { name: "Use a story from your bank" });
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await picker.click();
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await expectNoAxeViolations(page, "flashcard with the story picker open");
  // The story showing Mentoring is offered first, before the one that does not.
  const insertButtons = page.getByRole("button", { name: /^Insert into my answer/ });
  await expect(insertButtons).toHaveCount(2);
  await expect(insertButtons.first()).toHaveAccessibleName(
    `Insert into my answer “${migration.title}”`,
  );
  await insertButtons.first().click();
  await expect
    .poll(() => page.getByLabel("Your answer (optional)").inputValue())
    .toContain(`Situation: ${migration.situation}`);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on the story bank, empty, with stories, and mid-edit (${colorScheme})`, async ({
    page,
  }) => {
    // Four full axe passes: on a busy two-core machine each can take several seconds.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await openStoryBank(page);
    await expectNoAxeViolations(
      page,
      `empty story bank (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await writeStory(page, migration);
    await writeStory(page, onCall);
    await expectNoAxeViolations(
      page,
      `story bank with stories (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.getByRole("button", { name: "Write a new story" }).click();
    await page.getByRole("button", { name: "Save story" }).click();
    await expect(page.getByText("Write the title.")).toBeVisible();
    await expectNoAxeViolations(
      page,
      `new-story form with errors (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
    await page.getByRole("button", { name: `Delete… “${onCall.title}”` }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoAxeViolations(
      page,
      `delete confirmation (${colorScheme})`,
      colorScheme === "dark" ? colourRules : undefined,
    );
  });
}

test('the story picker shows no empty "other stories" heading when every story shows the skill', async ({
  page,
}) => {
  await openStoryBank(page);
  await writeStory(page, migration);
  await page.goto("/practice?skills=mentoring&count=1&seed=story1");
  await page.getByRole("button", { name: "Use a story from your bank" }).click();
  await expect(page.getByText("Stories that show this skill")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Insert into my answer/ })).toHaveCount(1);
  await expect(page.getByText("Your other stories")).toHaveCount(0);
});
