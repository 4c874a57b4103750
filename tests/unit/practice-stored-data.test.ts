import { describe, expect, it } from "vitest";
import { parsePracticeManifest } from "../../lib/practice/bank-client";
import type { PracticeManifest } from "../../lib/practice/bank-types";
import { defaultConfig } from "../../lib/practice/config";
import { countDue } from "../../lib/practice/due-count";
import {
  emptyProgress,
  masteryBySkill,
  mergeSessionHistory,
  type SessionSummary,
} from "../../lib/practice/progress";
import { recordReview } from "../../lib/practice/review";
import { activeSessionSchema, sessionReducer, startSession } from "../../lib/practice/runner";

const at = new Date("2026-11-01T10:00:00.000Z");
const later = new Date("2026-12-31T10:00:00.000Z");

const manifest: PracticeManifest = {
  guides: [{ slug: "mentoring", title: "Mentoring", questionCount: 2 }],
  roles: [],
  tags: [],
  items: ["m-1", "m-2"].map((id) => ({
    id,
    kind: "question",
    source: "mentoring",
    sourceKind: "guide",
    type: "behavioral",
    difficulty: "medium",
    tags: [],
    roles: [],
    hasWeakAnswer: false,
  })),
};

const summary = (id: string, finishedAt: string): SessionSummary => ({
  id,
  mode: "flashcards",
  startedAt: "2026-11-01T09:00:00.000Z",
  finishedAt,
  total: 1,
  answered: 1,
  grades: { 1: 0, 2: 0, 3: 1, 4: 0 },
  correct: null,
  sources: ["mentoring"],
});

describe("the active session's stored form", () => {
  const session = startSession("s1", defaultConfig, "mode=flashcards", ["m-1", "m-2"], at);

  it("accepts a session as the runner saves it, mid-way", () => {
    const moved = sessionReducer(session, { type: "next" });
    expect(activeSessionSchema.safeParse({ version: 1, session: moved }).success).toBe(true);
  });

  it("refuses an index past the end of the set", () => {
    const broken = { ...session, index: 2 };
    expect(activeSessionSchema.safeParse({ version: 1, session: broken }).success).toBe(false);
  });

  it("refuses a version it does not know", () => {
    expect(activeSessionSchema.safeParse({ version: 2, session }).success).toBe(false);
  });
});

describe("countDue (the home page's cheap count)", () => {
  const progress = recordReview(emptyProgress(), "m-1", 3, "flashcards", at);
  const manifest = {
    guides: [{ slug: "mentoring", title: "Mentoring", questionCount: 1 }],
    roles: [],
    items: [
      {
        id: "m-1",
        kind: "question" as const,
        source: "mentoring",
        sourceKind: "guide" as const,
        type: "behavioral" as const,
        difficulty: "easy" as const,
        tags: [],
        roles: [],
        hasWeakAnswer: false,
      },
    ],
  };

  it("counts a card once its due date has passed, and not before", () => {
    const raw = JSON.stringify(progress);
    expect(countDue(raw, manifest, at)).toBe(0);
    expect(countDue(raw, manifest, later)).toBe(1);
  });

  it("counts nothing in damaged or missing data", () => {
    expect(countDue(null, manifest, later)).toBe(0);
    expect(countDue("{not json", manifest, later)).toBe(0);
    expect(
      countDue(JSON.stringify({ records: { a: { card: { due: "soon" } } } }), manifest, later),
    ).toBe(0);
  });
});

describe("mergeSessionHistory", () => {
  it("unions both histories by id, newest first, the incoming copy of a shared id winning", () => {
    const current = { version: 1 as const, sessions: [summary("a", "2026-11-02T00:00:00.000Z")] };
    const incoming = {
      version: 1 as const,
      sessions: [
        { ...summary("a", "2026-11-02T00:00:00.000Z"), answered: 0 },
        summary("b", "2026-11-03T00:00:00.000Z"),
      ],
    };
    const merged = mergeSessionHistory(current, incoming);
    expect(merged.sessions.map((session) => session.id)).toEqual(["b", "a"]);
    expect(merged.sessions[1]?.answered).toBe(1);
  });
});

describe("masteryBySkill", () => {
  it("counts practised, mastered (last grade Good or Easy) and due questions per guide", () => {
    let progress = recordReview(emptyProgress(), "m-1", 3, "flashcards", at);
    progress = recordReview(progress, "m-2", 1, "flashcards", at);
    expect(masteryBySkill(progress, manifest, later)).toEqual([
      { slug: "mentoring", title: "Mentoring", total: 2, practised: 2, mastered: 1, due: 2 },
    ]);
    expect(masteryBySkill(emptyProgress(), manifest, later)[0]?.practised).toBe(0);
  });
});

describe("parsePracticeManifest", () => {
  it("returns a manifest that has the shape the runner needs", () => {
    expect(parsePracticeManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it("throws on a file that is not a manifest", () => {
    expect(() => parsePracticeManifest({ guides: [] })).toThrow(/not a practice manifest/);
    expect(() => parsePracticeManifest("<html>")).toThrow(/not a practice manifest/);
  });
});
