import { describe, expect, it } from "vitest";
import { defaultConfig } from "@/lib/practice/config";
import { historyStateFor, sessionFromHistory } from "@/lib/practice/history";
import { emptyProgress, type Progress } from "@/lib/practice/progress";
import * as review from "@/lib/practice/review";
import { sessionReducer, startSession } from "@/lib/practice/runner";
import { storeGrade } from "@/lib/practice/store-grade";

const at = new Date("2026-11-01T09:00:00.000Z");
const query = "skills=mentoring&count=2&seed=abc";

describe("a set's history entry", () => {
  const session = sessionReducer(startSession("s1", defaultConfig, query, ["a", "b"], at), {
    type: "finish",
    now: at,
  });

  it("gives back the finished session when the address is the same set", () => {
    expect(sessionFromHistory(historyStateFor(session), `?${query}`)).toEqual(session);
  });

  it("ignores a session of another set, a damaged one and foreign state", () => {
    expect(sessionFromHistory(historyStateFor(session), "?skills=mentoring&seed=zzz")).toBeNull();
    expect(
      sessionFromHistory({ leadwiseSession: { ...session, index: 9 } }, `?${query}`),
    ).toBeNull();
    expect(sessionFromHistory(null, `?${query}`)).toBeNull();
    expect(sessionFromHistory({ other: 1 }, `?${query}`)).toBeNull();
  });
});

describe("saving a grade", () => {
  it("reports the card only after the progress is written", async () => {
    let saved: Progress | null = null;
    const result = await storeGrade({
      loadReview: () => Promise.resolve(review),
      latestProgress: emptyProgress,
      saveProgress: (next) => {
        saved = next;
      },
      id: "q1",
      grade: 3,
      mode: "flashcards",
      at,
    });
    expect(result.ok).toBe(true);
    expect(saved).not.toBeNull();
    expect(Object.keys((saved as Progress | null)?.records ?? {})).toEqual(["q1"]);
  });

  it("says it was not saved when the scheduler does not load, or the write throws", async () => {
    const base = {
      latestProgress: emptyProgress,
      id: "q1",
      grade: 3 as const,
      mode: "quiz" as const,
      at,
    };
    const failedLoad = await storeGrade({
      ...base,
      loadReview: () => Promise.reject(new Error("chunk failed")),
      saveProgress: () => undefined,
    });
    expect(failedLoad).toMatchObject({ ok: false, message: expect.stringMatching(/not be saved/) });
    const failedWrite = await storeGrade({
      ...base,
      loadReview: () => Promise.resolve(review),
      saveProgress: () => {
        throw new Error("quota");
      },
    });
    expect(failedWrite.ok).toBe(false);
  });
});
