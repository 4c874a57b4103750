import { gradeLabels } from "./grading";
import type { Entry } from "./runner";

/**
 * What happened to one question of a set, in words that do not overstate it: typing an answer is
 * "answered", not "graded"; a grade is "saved" only once it is in the review schedule; moving past a
 * question without doing anything is "skipped" only when the learner pressed Skip.
 */
export type EntryStatus = "not-answered" | "answered" | "graded" | "skipped";

export function entryStatus(entry: Entry | undefined): EntryStatus {
  if (!entry) return "not-answered";
  if (entry.grade !== null) return "graded";
  if (entry.skipped) return "skipped";
  if (entry.draft.trim() !== "" || entry.revealed || entry.choice !== null || entry.ticked.length)
    return "answered";
  return "not-answered";
}

/** "Graded Good, saved", "Answered, not graded yet", "Skipped", "Not answered". */
export function entryStatusLabel(entry: Entry | undefined): string {
  switch (entryStatus(entry)) {
    case "graded":
      return entry && entry.grade !== null
        ? `Graded ${gradeLabels[entry.grade]}${entry.recorded ? ", saved" : ", not saved yet"}`
        : "Graded";
    case "answered":
      return "Answered, not graded yet";
    case "skipped":
      return "Skipped";
    case "not-answered":
      return "Not answered";
  }
}

export type StatusCounts = Record<EntryStatus, number>;

export function countStatuses(entries: readonly (Entry | undefined)[]): StatusCounts {
  const counts: StatusCounts = { "not-answered": 0, answered: 0, graded: 0, skipped: 0 };
  for (const entry of entries) counts[entryStatus(entry)] += 1;
  return counts;
}
