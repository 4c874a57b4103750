/**
 * Self-grading. The four grades are FSRS's (again, hard, good, easy); the signals a learner ticks
 * suggest one, and the learner has the last word.
 */
export const grades = [1, 2, 3, 4] as const;
export type Grade = (typeof grades)[number];

export const gradeLabels: Record<Grade, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export const gradeHints: Record<Grade, string> = {
  1: "Missed most of what they listen for",
  2: "Got there, with gaps",
  3: "Covered the signals",
  4: "Covered them all, crisply",
};

/** Share of signals covered: none or under a third is Again, under two thirds Hard, all of them Easy. */
export function suggestGrade(tickedSignals: number, totalSignals: number): Grade {
  if (totalSignals <= 0) return 3;
  const covered = Math.min(tickedSignals, totalSignals) / totalSignals;
  if (covered < 1 / 3) return 1;
  if (covered < 2 / 3) return 2;
  if (covered < 1) return 3;
  return 4;
}

/** A knowledge check grades itself: right is Good, wrong is Again. */
export function gradeForChoice(correct: boolean): Grade {
  return correct ? 3 : 1;
}

export function isMissed(grade: Grade | null): boolean {
  return grade !== null && grade <= 2;
}
