import type { PracticeMode } from "./config";
import type { Grade } from "./grading";
import { type Progress, type ProgressV1, type QuestionRecord, type ReviewEntry } from "./progress";
import { review } from "./scheduler";

/**
 * Writing to the schedule: everything here needs ts-fsrs, so the runner imports this module when a
 * learner first grades (or an old store needs upgrading), not with the page.
 */

export function recordReview(
  progress: Progress,
  id: string,
  grade: Grade,
  mode: PracticeMode,
  now: Date,
): Progress {
  const previous = progress.records[id];
  const entry: ReviewEntry = { at: now.toISOString(), grade, mode };
  const record: QuestionRecord = {
    card: review(previous?.card ?? null, grade, now),
    history: [...(previous?.history ?? []), entry],
  };
  return { version: 2, records: { ...progress.records, [id]: record } };
}

export function migrateProgressV1(legacy: ProgressV1): Progress {
  const records: Progress["records"] = {};
  for (const [id, answer] of Object.entries(legacy.answered)) {
    const at = new Date(answer.at);
    records[id] = {
      card: review(null, answer.grade, at),
      history: [{ at: answer.at, grade: answer.grade, mode: "flashcards" }],
    };
  }
  return { version: 2, records };
}
