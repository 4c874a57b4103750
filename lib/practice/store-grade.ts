import type { PracticeMode } from "./config";
import type { Grade } from "./grading";
import type { Progress } from "./progress";
import type { StoredCard } from "./stored-card";

/**
 * Writing one grade to the review schedule, confirmed only once it is stored. The scheduler module
 * (ts-fsrs) loads on the first grade, and loading can fail (a dropped connection, a new deployment
 * that removed the old chunk): then nothing is claimed, and the caller offers to try again.
 */

type ReviewModule = {
  recordReview: (
    progress: Progress,
    id: string,
    grade: Grade,
    mode: PracticeMode,
    now: Date,
  ) => Progress;
};

export type StoreGradeResult = { ok: true; card: StoredCard } | { ok: false; message: string };

export const gradeNotSavedMessage =
  "Your grade could not be saved: part of the page did not load. Check your connection and try again.";

export async function storeGrade({
  loadReview,
  latestProgress,
  saveProgress,
  id,
  grade,
  mode,
  at,
}: {
  loadReview: () => Promise<ReviewModule>;
  latestProgress: () => Progress;
  /** Writes the progress; throws if it cannot. */
  saveProgress: (next: Progress) => void;
  id: string;
  grade: Grade;
  mode: PracticeMode;
  at: Date;
}): Promise<StoreGradeResult> {
  try {
    const { recordReview } = await loadReview();
    const next = recordReview(latestProgress(), id, grade, mode, at);
    saveProgress(next);
    const card = next.records[id]?.card;
    return card ? { ok: true, card } : { ok: false, message: gradeNotSavedMessage };
  } catch {
    return { ok: false, message: gradeNotSavedMessage };
  }
}
