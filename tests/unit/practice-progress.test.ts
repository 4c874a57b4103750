import { describe, expect, it } from "vitest";
import { suggestGrade } from "@/lib/practice/grading";
import {
  dueIds,
  emptyProgress,
  emptySessionHistory,
  loadProgress,
  loadSessionHistory,
  mergeProgress,
  reviewsPerDay,
} from "@/lib/practice/progress";
import { buildExport, parseImport } from "@/lib/learner-export/progress-export";
import {
  sessionReducer,
  startSession,
  missedItemIds,
  quizScore,
  summarizeSession,
} from "@/lib/practice/runner";
import { defaultConfig } from "@/lib/practice/config";
import { review } from "@/lib/practice/scheduler";
import { migrateProgressV1, recordReview } from "@/lib/practice/review";
import { openStorage } from "@/lib/storage/safe-storage";
import type { PracticeItem } from "@/lib/practice/bank-types";

const day = 86_400_000;
const start = new Date("2026-11-01T09:00:00.000Z");

describe("grade suggestion from ticked signals", () => {
  it("maps the share of signals covered to again, hard, good and easy", () => {
    expect(suggestGrade(0, 4)).toBe(1);
    expect(suggestGrade(1, 4)).toBe(1);
    expect(suggestGrade(2, 4)).toBe(2);
    expect(suggestGrade(3, 4)).toBe(3);
    expect(suggestGrade(4, 4)).toBe(4);
    expect(suggestGrade(2, 3)).toBe(3);
    expect(suggestGrade(9, 3)).toBe(4);
  });
});

describe("FSRS scheduling through ts-fsrs", () => {
  it("spaces successful reviews further apart and brings a lapse back soon", () => {
    let card = review(null, 3, start);
    const intervals: number[] = [];
    let now = start;
    for (let round = 0; round < 4; round += 1) {
      now = new Date(card.due);
      const next = review(card, 3, now);
      intervals.push(new Date(next.due).getTime() - now.getTime());
      card = next;
    }
    for (let index = 1; index < intervals.length; index += 1)
      expect(intervals[index]).toBeGreaterThan(intervals[index - 1] ?? 0);
    expect(card.reps).toBe(5);
    const lapse = review(card, 1, new Date(card.due));
    expect(lapse.lapses).toBe(1);
    expect(new Date(lapse.due).getTime() - new Date(card.due).getTime()).toBeLessThan(day);
  });

  it("makes a question due once its interval has passed", () => {
    const progress = recordReview(emptyProgress(), "q1", 3, "flashcards", start);
    const due = progress.records.q1?.card.due ?? "";
    expect(dueIds(progress, new Date(new Date(due).getTime() - 1000))).toEqual([]);
    expect(dueIds(progress, new Date(due))).toEqual(["q1"]);
  });
});

describe("stored progress", () => {
  it("migrates the version 1 format, rebuilding schedules from the last grade", () => {
    const legacy = JSON.stringify({
      version: 1,
      answered: {
        "tl-a": { grade: 4, at: "2026-10-01T10:00:00.000Z" },
        "tl-b": { grade: 1, at: "2026-10-02T10:00:00.000Z" },
      },
    });
    const loaded = loadProgress(legacy);
    expect(loaded.notice).toMatch(/upgraded/);
    if (!loaded.legacy) throw new Error("version 1 not recognised");
    const value = migrateProgressV1(loaded.legacy);
    expect(Object.keys(value.records)).toEqual(["tl-a", "tl-b"]);
    expect(value.records["tl-a"]?.history).toEqual([
      { at: "2026-10-01T10:00:00.000Z", grade: 4, mode: "flashcards" },
    ]);
    expect(new Date(value.records["tl-a"]?.card.due ?? 0).getTime()).toBeGreaterThan(
      new Date(value.records["tl-b"]?.card.due ?? 0).getTime(),
    );
  });

  it("rejects a corrupt store with a notice instead of throwing", () => {
    for (const raw of [
      "{not json",
      "[]",
      JSON.stringify({ version: "9" }),
      JSON.stringify({ version: 2, records: [] }),
    ]) {
      const { value, notice } = loadProgress(raw);
      expect(value).toEqual(emptyProgress());
      expect(notice).toMatch(/could not be read/);
    }
    expect(loadSessionHistory("garbage")).toEqual({
      value: emptySessionHistory(),
      notice: expect.stringMatching(/recent sessions/),
    });
  });

  it("marks a store written by a newer version as newer, reading what it can and never resetting it", () => {
    const good = recordReview(emptyProgress(), "good-one", 3, "flashcards", start);
    const loaded = loadProgress(JSON.stringify({ version: 99, records: good.records }));
    expect(loaded.newer).toBe(true);
    expect(Object.keys(loaded.value.records)).toEqual(["good-one"]);
    expect(loaded.notice).toMatch(/newer version of Leadwise/);
    const unreadable = loadProgress(JSON.stringify({ version: 99, somethingElse: true }));
    expect(unreadable).toMatchObject({ newer: true, value: emptyProgress() });
    expect(loadSessionHistory(JSON.stringify({ version: 5, sessions: [] })).newer).toBe(true);
  });

  it("keeps the good sessions of a history with one damaged session", () => {
    const session = (id: string) => ({
      id,
      mode: "flashcards",
      startedAt: "2026-11-01T10:00:00.000Z",
      finishedAt: "2026-11-01T10:10:00.000Z",
      total: 3,
      answered: 3,
      grades: { 1: 0, 2: 1, 3: 1, 4: 1 },
      correct: null,
      sources: ["mentoring"],
    });
    const raw = JSON.stringify({
      version: 1,
      sessions: [session("a"), { ...session("b"), total: "three" }, session("c")],
    });
    const loaded = loadSessionHistory(raw);
    expect(loaded.value.sessions.map((kept) => kept.id)).toEqual(["a", "c"]);
    expect(loaded.notice).toBe(
      "1 saved session was damaged and removed from your recent sessions; the others are intact.",
    );
  });

  it("keeps every review and every session: no cap deletes history", () => {
    let progress = emptyProgress();
    for (let day = 0; day < 120; day += 1)
      progress = recordReview(
        progress,
        "often",
        3,
        "flashcards",
        new Date(start.getTime() + day * 86_400_000),
      );
    expect(progress.records.often?.history).toHaveLength(120);
    expect(loadProgress(JSON.stringify(progress)).value.records.often?.history).toHaveLength(120);
  });

  it("keeps the valid records of a partly damaged store and drops only the damaged ones", () => {
    const good = recordReview(emptyProgress(), "good-one", 3, "flashcards", start);
    const tampered = {
      version: 2,
      records: {
        ...good.records,
        "bad-one": { card: { due: "tomorrow" }, history: [] },
        "<script>": 5,
      },
    };
    const { value, notice } = loadProgress(JSON.stringify(tampered));
    expect(Object.keys(value.records)).toEqual(["good-one"]);
    expect(notice).toMatch(/^2 saved question records were damaged and reset/);
  });

  it("merges an import keeping the more recently reviewed record of each question", () => {
    const mine = recordReview(
      recordReview(emptyProgress(), "shared", 1, "flashcards", new Date(start.getTime() + 5 * day)),
      "only-mine",
      3,
      "quiz",
      start,
    );
    const theirs = recordReview(
      recordReview(emptyProgress(), "shared", 4, "mock", start),
      "only-theirs",
      2,
      "flashcards",
      start,
    );
    const merged = mergeProgress(mine, theirs);
    expect(Object.keys(merged.records).sort()).toEqual(["only-mine", "only-theirs", "shared"]);
    expect(merged.records.shared?.history.at(-1)?.grade).toBe(1);
    const newer = recordReview(
      emptyProgress(),
      "shared",
      4,
      "mock",
      new Date(start.getTime() + 9 * day),
    );
    expect(mergeProgress(mine, newer).records.shared?.history.at(-1)?.grade).toBe(4);
  });

  it("round-trips an export and refuses a file that is not one", () => {
    const progress = recordReview(emptyProgress(), "x", 3, "flashcards", start);
    const exported = JSON.stringify(buildExport(progress, emptySessionHistory(), start));
    const parsed = parseImport(exported);
    expect(parsed.ok && parsed.value.progress).toEqual(progress);
    const wrong = parseImport(JSON.stringify({ app: "other" }));
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error).toMatch(/not a Leadwise progress export/);
    expect(parseImport("nope").ok).toBe(false);
  });

  it("counts reviews per day for the chart", () => {
    const progress = recordReview(
      recordReview(emptyProgress(), "a", 3, "flashcards", start),
      "b",
      3,
      "flashcards",
      new Date(start.getTime() + 2 * day),
    );
    const days = reviewsPerDay(progress, 3, new Date(start.getTime() + 2 * day));
    expect(days).toEqual([
      { date: "2026-11-01", count: 1 },
      { date: "2026-11-02", count: 0 },
      { date: "2026-11-03", count: 1 },
    ]);
  });
});

describe("a session", () => {
  const items = new Map<string, PracticeItem>([
    [
      "c1",
      {
        kind: "check",
        id: "c1",
        source: "g",
        sourceKind: "guide",
        sourceTitle: "G",
        question: "?",
        options: [
          { text: "a", correct: true, why: "" },
          { text: "b", correct: false, why: "" },
          { text: "c", correct: false, why: "" },
        ],
        explanationHtml: "",
      },
    ],
    [
      "c2",
      {
        kind: "check",
        id: "c2",
        source: "g",
        sourceKind: "guide",
        sourceTitle: "G",
        question: "?",
        options: [
          { text: "a", correct: false, why: "" },
          { text: "b", correct: true, why: "" },
          { text: "c", correct: false, why: "" },
        ],
        explanationHtml: "",
      },
    ],
    [
      "c3",
      {
        kind: "check",
        id: "c3",
        source: "h",
        sourceKind: "guide",
        sourceTitle: "H",
        question: "?",
        options: [
          { text: "a", correct: true, why: "" },
          { text: "b", correct: false, why: "" },
          { text: "c", correct: false, why: "" },
        ],
        explanationHtml: "",
      },
    ],
  ]);

  it("scores a knowledge check, lists what was missed and summarises it", () => {
    let state = startSession(
      "s1",
      { ...defaultConfig, mode: "quiz" },
      "mode=quiz",
      ["c1", "c2", "c3"],
      start,
    );
    state = sessionReducer(state, { type: "choose", option: 0, correct: true });
    state = sessionReducer(state, { type: "choose", option: 2, correct: false });
    expect(state.entries.c1).toMatchObject({ choice: 0, grade: 3 });
    state = sessionReducer(state, { type: "next" });
    state = sessionReducer(state, { type: "choose", option: 0, correct: false });
    state = sessionReducer(state, { type: "next" });
    state = sessionReducer(state, { type: "skip" });
    state = sessionReducer(state, { type: "finish", now: new Date(start.getTime() + 60_000) });
    expect(quizScore(state, items)).toEqual({ correct: 1, answered: 2, total: 3 });
    expect(missedItemIds(state)).toEqual(["c2", "c3"]);
    const summary = summarizeSession(state, items, start);
    expect(summary).toMatchObject({
      total: 3,
      answered: 2,
      correct: 1,
      grades: { 1: 1, 2: 0, 3: 1, 4: 0 },
      sources: ["g", "h"],
    });
  });

  it("grades a flashcard only after the answer is revealed, and ignores actions once finished", () => {
    let state = startSession("s2", defaultConfig, "", ["q1", "q2"], start);
    state = sessionReducer(state, { type: "grade", grade: 4 });
    expect(state.entries.q1?.grade).toBeNull();
    state = sessionReducer(sessionReducer(state, { type: "reveal" }), {
      type: "toggle-signal",
      signal: 2,
    });
    state = sessionReducer(state, { type: "grade", grade: 3 });
    expect(state.entries.q1).toMatchObject({ revealed: true, ticked: [2], grade: 3 });
    const finished = sessionReducer(state, { type: "finish", now: start });
    expect(sessionReducer(finished, { type: "next" })).toBe(finished);
  });
});

describe("storage that is unavailable or full", () => {
  it("keeps values in memory and reports that they will not persist", () => {
    const throwing = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
      clear: () => undefined,
      key: () => null,
      length: 0,
    } as Storage;
    const storage = openStorage(throwing);
    expect(storage.persistent).toBe(false);
    storage.write("k", "v");
    expect(storage.read("k")).toBe("v");
    expect(openStorage(null).persistent).toBe(false);
  });
});
