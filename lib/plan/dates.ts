/**
 * Calendar days as `YYYY-MM-DD` strings: a plan is about the learner's days, not instants, so the
 * arithmetic runs on UTC midnights where no daylight-saving change can add or lose a day.
 */

const dayMs = 86_400_000;
export const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: string, count: number): string {
  return new Date(toUtc(day) + count * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: 1 from a day to the next, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}

/** True for a real calendar day (rejects 2026-02-30 as well as malformed text). */
export function isCalendarDay(value: string): boolean {
  return isoDayPattern.test(value) && addDays(value, 0) === value;
}

/** The day it is where the learner is, as `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
