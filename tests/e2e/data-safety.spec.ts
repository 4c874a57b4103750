import { writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { storageKeys } from "../../lib/storage/keys";
import { expect, test, statFigure } from "./fixtures";

/**
 * Nothing the learner saved is lost: no cap deletes stories, a newer version's data is never
 * overwritten, one damaged session costs that session alone, and an import that does not fit in the
 * browser's quota changes nothing and says so. Each runs in real Chromium with its real quota.
 */

const at = (minutes: number) =>
  new Date(Date.UTC(2026, 10, 2, 9, 0) + minutes * 60_000).toISOString();

function story(index: number, partLength = 120) {
  const part = (label: string) =>
    `${label} of story ${index}. ${"Detail. ".repeat(Math.ceil(partLength / 8))}`.slice(
      0,
      partLength,
    );
  return {
    title: `Story number ${index}`,
    situation: part("Situation"),
    task: part("Task"),
    action: part("Action"),
    result: part("Result"),
    outcome: `Outcome ${index}`,
    skills: ["mentoring"],
    id: `s-test-${index}`,
    createdAt: at(index),
    updatedAt: at(index),
  };
}

const bankOf = (count: number, partLength?: number) => ({
  version: 1,
  stories: Array.from({ length: count }, (_, index) => story(index, partLength)),
});

function exportFile(
  testInfo: { outputPath(name: string): string },
  name: string,
  stories: ReturnType<typeof bankOf>,
): string {
  const file = testInfo.outputPath(name);
  writeFileSync(
    file,
    JSON.stringify({
      app: "leadwise",
      exportedAt: at(0),
      progress: { version: 2, records: {} },
      sessions: { version: 1, sessions: [] },
      stories,
    }),
  );
  return file;
}

const storedStoryCount = (page: Page) =>
  page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? '{"stories":[]}') as { stories: unknown[] }).stories
        .length,
    storageKeys.stories,
  );

const snapshotStorage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

async function seed(page: Page, values: Record<string, string>) {
  await page.goto("/404-seed");
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

async function importOnProgressPage(page: Page, file: string) {
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await page.getByLabel("Progress file to import").setInputFiles(file);
}

test("a bank of 250 stories takes a new one through the form and keeps all 251", async ({
  page,
}) => {
  // Rendering 250 stories and their coverage table is real work; on a loaded 2-core machine it takes tens of seconds.
  test.setTimeout(90_000);
  await seed(page, { [storageKeys.stories]: JSON.stringify(bankOf(250)) });
  await page.goto("/stories");
  await expect(page.getByRole("heading", { name: /^Your stories/ })).toBeVisible();
  await page.getByRole("button", { name: "Write a new story" }).click();
  await page.getByLabel("Title", { exact: true }).fill("The two hundred and fifty-first");
  for (const field of ["Situation", "Task", "Action", "Result", "Outcome"])
    await page.getByLabel(field, { exact: true }).fill(`${field} written in the form.`);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(
    page.getByRole("heading", { level: 3, name: "The two hundred and fifty-first", exact: true }),
  ).toBeFocused();
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 3, name: "Story number 0", exact: true }),
  ).toBeVisible();
  expect(await storedStoryCount(page)).toBe(251);
  await expect(page.getByText(/damaged/)).toHaveCount(0);
});

test("an export of 250 stories imports whole", async ({ page }, testInfo) => {
  await importOnProgressPage(page, exportFile(testInfo, "250-stories.json", bankOf(250)));
  await expect(
    page.getByRole("status").filter({ hasText: "Imported 0 question records and 250 stories" }),
  ).toBeVisible();
  expect(await storedStoryCount(page)).toBe(250);
});

test("an import larger than the browser's quota changes nothing and says why", async ({
  page,
}, testInfo) => {
  const before = {
    [storageKeys.stories]: JSON.stringify(bankOf(3)),
    [storageKeys.progress]: JSON.stringify({ version: 2, records: {} }),
  };
  await seed(page, before);
  // 700 stories of 5 x 4,000 characters: about 14 million characters, past Chromium's 5 MB (10 MB UTF-16) quota.
  await importOnProgressPage(page, exportFile(testInfo, "over-quota.json", bankOf(700, 4000)));
  await expect(
    page.getByRole("status").filter({
      hasText: /^Nothing was imported: the file and your current progress together need more space/,
    }),
  ).toBeVisible();
  expect(await snapshotStorage(page)).toEqual(before);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  expect(await storedStoryCount(page)).toBe(3);
});

test("a session history with one damaged session keeps the good ones", async ({ page }) => {
  const session = (id: string, minutes: number) => ({
    id,
    mode: "flashcards",
    startedAt: at(minutes),
    finishedAt: at(minutes + 10),
    total: 3,
    answered: 3,
    grades: { 1: 0, 2: 1, 3: 1, 4: 1 },
    correct: null,
    sources: ["mentoring"],
  });
  await seed(page, {
    [storageKeys.sessions]: JSON.stringify({
      version: 1,
      sessions: [
        session("good-a", 20),
        { ...session("bad", 10), grades: "broken" },
        session("good-b", 0),
      ],
    }),
  });
  await page.goto("/progress");
  await expect(
    page.getByText(
      "1 saved session was damaged and removed from your recent sessions; the others are intact.",
    ),
  ).toBeVisible();
  await expect(statFigure(page, "Sessions finished")).toHaveText("2");
  const kept = await page.evaluate(
    (key) =>
      (
        JSON.parse(localStorage.getItem(key) ?? "{}") as { sessions: { id: string }[] }
      ).sessions.map((entry) => entry.id),
    storageKeys.sessions,
  );
  expect(kept).toEqual(["good-a", "good-b"]);
  // Finished sessions are dated like every other date on the site, not in the browser's default locale.
  const recent = page.locator("section", {
    has: page.getByRole("heading", { name: "Recent sessions" }),
  });
  await expect(recent.getByRole("listitem").first()).toContainText(
    /2 November 2026 at \d{2}:\d{2}/,
  );
  await expect(recent).not.toContainText(/\d{1,2}\/\d{1,2}\/\d{4}|\b(AM|PM)\b/);
});

test("a store written by a newer version is shown with a notice and never overwritten, on every page", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const newer = {
    [storageKeys.progress]: JSON.stringify({ version: 99, records: {}, futureField: "kept" }),
    [storageKeys.sessions]: JSON.stringify({ version: 99, sessions: [], futureField: "kept" }),
    [storageKeys.activeSession]: JSON.stringify({ version: 99, session: { futureField: "kept" } }),
    [storageKeys.stories]: JSON.stringify({ version: 99, stories: [], futureField: "kept" }),
  };
  await seed(page, newer);
  for (const path of [
    "/",
    "/guides",
    "/guides/mentoring",
    "/roles",
    "/roles/tech-lead",
    "/questions",
    "/tags/coaching",
    "/practice",
    "/stories",
    "/progress",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await snapshotStorage(page), path).toEqual(newer);
  }
  await expect(
    page.getByText(/Your progress on this device was saved by a newer version of Leadwise/),
  ).toBeVisible();
  // Practising and writing a story still work for this visit, and still write nothing.
  await page.goto("/stories");
  await expect(
    page.getByText(/Your story bank on this device was saved by a newer version of Leadwise/),
  ).toBeVisible();
  await page.getByRole("button", { name: "Write a new story" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Written during the newer-version visit");
  for (const field of ["Situation", "Task", "Action", "Result", "Outcome"])
    await page.getByLabel(field, { exact: true }).fill(`${field}.`);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(
    page.getByRole("heading", {
      level: 3,
      name: "Written during the newer-version visit",
      exact: true,
    }),
  ).toBeVisible();
  expect(await snapshotStorage(page)).toEqual(newer);
});
