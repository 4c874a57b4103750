import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import { buildManifest } from "@/lib/practice/bank";
import { defaultConfig } from "@/lib/practice/config";
import { countDue, recordsForFigures } from "@/lib/practice/due-count";
import { emptyProgress, loadProgress, type Progress } from "@/lib/practice/progress";
import { summarizeProgress, type ProgressFigures } from "@/lib/practice/progress-summary";
import { recordReview } from "@/lib/practice/review";
import { buildSession } from "@/lib/practice/session";

const { library } = readLibrary();
const manifest = buildManifest(library);
const day = 86_400_000;
const start = new Date("2026-11-01T09:00:00.000Z");
const later = new Date(start.getTime() + 30 * day);

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the library needs ${what}`);
  return value;
}
const guide = must(library.guides[0], "a guide");
const otherGuide = must(library.guides[1], "a second guide");
const role = must(library.roles[0], "a role");
const check1 = must(guide.knowledgeChecks[0], "knowledge checks");
const check2 = must(guide.knowledgeChecks[1], "two knowledge checks");
const question1 = must(guide.questions[0], "guide questions");
const otherQuestion = must(otherGuide.questions[0], "questions in the second guide");
const roleQuestion = must(role.questions[0], "role questions");

/** A store with flashcards, knowledge checks (one right, one wrong), a role question and two ids the library no longer has. */
function mixedStore(): Progress {
  let progress = emptyProgress();
  progress = recordReview(progress, question1.id, 3, "flashcards", start);
  progress = recordReview(progress, check1.id, 3, "quiz", start);
  progress = recordReview(progress, check2.id, 1, "quiz", start);
  progress = recordReview(progress, otherQuestion.id, 2, "flashcards", start);
  progress = recordReview(progress, roleQuestion.id, 4, "mock", start);
  progress = recordReview(progress, "retired-question", 1, "flashcards", start);
  progress = recordReview(progress, "retired-check", 3, "quiz", start);
  return progress;
}

function expectSumsAgree(figures: ProgressFigures) {
  const sum = (pick: (row: ProgressFigures["bySource"][number]) => number) =>
    figures.bySource.reduce((total, row) => total + pick(row), 0);
  expect(sum((row) => row.due)).toBe(figures.due);
  expect(sum((row) => row.practised)).toBe(figures.practised);
  expect(sum((row) => row.mastered)).toBe(figures.mastered);
  expect(figures.dueIds).toHaveLength(figures.due);
  expect(sum((row) => row.total)).toBe(manifest.items.length);
}

describe("one summary for every progress figure", () => {
  it("counts knowledge-check answers toward their skill, and every headline is the sum of its rows", () => {
    const progress = mixedStore();
    const figures = summarizeProgress({ records: progress.records, manifest, now: later });
    expectSumsAgree(figures);
    const row = figures.bySource.find((candidate) => candidate.slug === guide.slug);
    expect(row).toMatchObject({ kind: "guide", practised: 3, mastered: 2, due: 3 });
    expect(row?.total).toBe(guide.questions.length + guide.knowledgeChecks.length);
    expect(figures.bySource.find((candidate) => candidate.slug === role.slug)).toMatchObject({
      kind: "role",
      practised: 1,
      mastered: 1,
    });
    expect(figures.practised).toBe(5);
    expect(figures.due).toBe(5);
  });

  it("keeps records for ids no longer in the library, counts them nowhere and says how many", () => {
    const progress = mixedStore();
    const stored = JSON.stringify(progress);
    const loaded = loadProgress(stored);
    expect(Object.keys(loaded.value.records)).toContain("retired-question");
    const figures = summarizeProgress({ records: loaded.value.records, manifest, now: later });
    expect(figures.unknownRecords).toBe(2);
    expect(figures.practised + figures.unknownRecords).toBe(Object.keys(progress.records).length);
    expect(figures.dueIds).not.toContain("retired-question");
  });

  it("gives the home page, the launcher, a due review and /progress the same due count", () => {
    const progress = mixedStore();
    const figures = summarizeProgress({ records: progress.records, manifest, now: later });
    const home = countDue(JSON.stringify(progress), manifest, later);
    const review = buildSession(
      manifest,
      { ...defaultConfig, review: true, seed: "s1" },
      figures.dueIds,
    );
    expect(home).toBe(figures.due);
    expect(review.itemIds).toHaveLength(figures.due);
    expect(new Set(review.itemIds)).toEqual(new Set(figures.dueIds));
  });

  it("reads on the home page exactly the records the practice page keeps", () => {
    const progress = mixedStore();
    const damaged = {
      ...progress,
      records: {
        ...progress.records,
        "bad-due": { card: { due: "soon" }, history: [{ at: start.toISOString(), grade: 3 }] },
        "no-history": { ...progress.records[question1.id], history: [] },
      },
    };
    const raw = JSON.stringify(damaged);
    expect(Object.keys(recordsForFigures(raw)).sort()).toEqual(
      Object.keys(loadProgress(raw).value.records).sort(),
    );
  });

  it("agrees on nothing at all for an empty or unreadable store", () => {
    for (const raw of [null, "", "{", JSON.stringify(emptyProgress()), '{"records":[1]}']) {
      const records = recordsForFigures(raw);
      const figures = summarizeProgress({ records, manifest, now: later });
      expectSumsAgree(figures);
      expect(figures).toMatchObject({ due: 0, practised: 0, mastered: 0, unknownRecords: 0 });
      expect(countDue(raw, manifest, later)).toBe(0);
    }
  });

  it("is due only once the interval has passed, and lists due ids soonest first", () => {
    const progress = mixedStore();
    expect(summarizeProgress({ records: progress.records, manifest, now: start }).due).toBe(0);
    const figures = summarizeProgress({ records: progress.records, manifest, now: later });
    const dueTimes = figures.dueIds.map((id) => Date.parse(progress.records[id]?.card.due ?? ""));
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
  });

  it("reports finished sessions and the ten most recent", () => {
    const session = {
      id: "s",
      mode: "quiz" as const,
      startedAt: start.toISOString(),
      finishedAt: start.toISOString(),
      total: 2,
      answered: 2,
      grades: { 1: 1, 2: 0, 3: 1, 4: 0 },
      correct: 1,
      sources: [guide.slug],
    };
    const sessions = Array.from({ length: 12 }, (_, index) => ({ ...session, id: `s${index}` }));
    const figures = summarizeProgress({ records: {}, manifest, sessions, now: later });
    expect(figures.sessionsFinished).toBe(12);
    expect(figures.recentSessions.map(({ id }) => id)).toEqual(
      sessions.slice(0, 10).map(({ id }) => id),
    );
  });
});
