import { describe, expect, it } from "vitest";
import { defaultConfig } from "@/lib/practice/config";
import { countStatuses, entryStatus, entryStatusLabel } from "@/lib/practice/entry-status";
import { resumeVerdict, worthKeeping } from "@/lib/practice/resume";
import { emptyEntry, sessionReducer, startSession, type SessionState } from "@/lib/practice/runner";

const day = 86_400_000;
const start = new Date("2026-11-01T09:00:00.000Z");
const set = (ids = ["a", "b", "c"], mode: "flashcards" | "mock" | "quiz" = "flashcards") =>
  startSession("s1", { ...defaultConfig, mode }, "seed=x", ids, start);
const apply = (state: SessionState, ...actions: Parameters<typeof sessionReducer>[1][]) =>
  actions.reduce(sessionReducer, state);

describe("when an unfinished session is offered back", () => {
  it("offers a set the learner worked on within the last week", () => {
    const worked = apply(set(), { type: "reveal" }, { type: "grade", grade: 3 }, { type: "next" });
    expect(resumeVerdict(worked, new Date(start.getTime() + 6 * day))).toEqual({ resumable: true });
  });

  it("never offers a single question from a ?q= link", () => {
    const one = apply(set(["a"]), { type: "draft", text: "my answer" });
    expect(resumeVerdict(one, start)).toEqual({ resumable: false, reason: "single-question" });
    expect(worthKeeping(one)).toBe(false);
  });

  it("does not offer a set that was opened and left untouched", () => {
    expect(resumeVerdict(set(), start)).toEqual({ resumable: false, reason: "untouched" });
    expect(worthKeeping(set())).toBe(true);
  });

  it("does not offer a set started more than a week ago, or one with an unreadable start", () => {
    const worked = apply(set(), { type: "skip" });
    expect(resumeVerdict(worked, new Date(start.getTime() + 8 * day))).toEqual({
      resumable: false,
      reason: "stale",
    });
    expect(resumeVerdict({ ...worked, startedAt: "garbage" }, start)).toMatchObject({
      resumable: false,
    });
  });

  it("does not offer a finished set", () => {
    const finished = apply(set(), { type: "skip" }, { type: "finish", now: start });
    expect(resumeVerdict(finished, start)).toEqual({ resumable: false, reason: "finished" });
    expect(worthKeeping(finished)).toBe(false);
  });
});

describe("answered, graded and skipped are different states", () => {
  it("calls a typed but ungraded answer answered, never not answered", () => {
    const typed = apply(set(["a", "b"], "mock"), { type: "draft", text: "We split the team" });
    const entry = typed.entries.a;
    expect(entryStatus(entry)).toBe("answered");
    expect(entryStatusLabel(entry)).toBe("Answered, not graded yet");
    expect(entryStatusLabel(emptyEntry())).toBe("Not answered");
    expect(entryStatusLabel({ ...emptyEntry(), draft: "   " })).toBe("Not answered");
  });

  it("says a grade is saved only once it is recorded", () => {
    const graded = apply(set(), { type: "reveal" }, { type: "grade", grade: 3 });
    expect(entryStatusLabel(graded.entries.a)).toBe("Graded Good, not saved yet");
    const saved = apply(graded, { type: "recorded", id: "a" });
    expect(entryStatusLabel(saved.entries.a)).toBe("Graded Good, saved");
  });

  it("keeps skipped for questions passed with Skip, and counts each state", () => {
    const state = apply(
      set(["a", "b", "c", "d"]),
      { type: "skip" },
      { type: "draft", text: "notes" },
      { type: "next" },
      { type: "reveal" },
      { type: "grade", grade: 2 },
    );
    expect(state.itemIds.map((id) => entryStatus(state.entries[id]))).toEqual([
      "skipped",
      "answered",
      "graded",
      "not-answered",
    ]);
    expect(countStatuses(state.itemIds.map((id) => state.entries[id]))).toEqual({
      "not-answered": 1,
      answered: 1,
      graded: 1,
      skipped: 1,
    });
  });

  it("counts a chosen knowledge-check option as graded", () => {
    const state = apply(set(["k"], "quiz"), { type: "choose", option: 2, correct: false });
    expect(entryStatusLabel(state.entries.k)).toBe("Graded Again, not saved yet");
  });
});
