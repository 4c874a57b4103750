import { nonNegative, wholeNumber, z, type Infer } from "../storage/stored-schema";

/**
 * An FSRS card as stored: plain JSON with ISO dates, validated on the way back in so a tampered
 * record is rejected rather than scheduled. Reading a card (is it due?) needs no scheduler; writing
 * one (lib/practice/scheduler.ts, ts-fsrs) happens only when a learner grades, so the runner loads
 * ts-fsrs on the first grade instead of with the page.
 */
export const storedCardSchema = z.strictObject({
  due: z.iso.datetime(),
  stability: nonNegative(),
  difficulty: nonNegative(),
  elapsedDays: nonNegative(),
  scheduledDays: nonNegative(),
  learningSteps: wholeNumber(),
  reps: wholeNumber(),
  lapses: wholeNumber(),
  state: wholeNumber(0, 3),
  lastReview: z.nullable(z.iso.datetime()),
});
export type StoredCard = Infer<typeof storedCardSchema>;

export function isDue(card: StoredCard, now: Date): boolean {
  return new Date(card.due).getTime() <= now.getTime();
}

/** "in 4 days", "in 10 minutes": for the announcement after grading. */
export function describeInterval(card: StoredCard, now: Date): string {
  const minutes = Math.max(1, Math.round((new Date(card.due).getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? "" : "s"}`;
}
