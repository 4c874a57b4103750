import { storageKeys } from "../storage/keys";
import { parseJson } from "../storage/versioned";

/**
 * How many questions are due, read without the validation and scheduling code, so the home page
 * can show it for a few hundred bytes. Anything unreadable counts as nothing due; the practice page
 * does the full validation and tells the learner.
 */
export function countDue(raw: string | null, now: Date): number {
  if (!raw) return 0;
  const data = parseJson(raw);
  if (!data || typeof data !== "object" || !("records" in data)) return 0;
  const records = data.records;
  if (!records || typeof records !== "object") return 0;
  let due = 0;
  for (const record of Object.values(records as Record<string, unknown>)) {
    const card =
      record && typeof record === "object"
        ? (record as { card?: { due?: unknown } }).card
        : undefined;
    const time = typeof card?.due === "string" ? Date.parse(card.due) : Number.NaN;
    if (!Number.isNaN(time) && time <= now.getTime()) due += 1;
  }
  return due;
}

export function readDueCount(now: Date = new Date()): number {
  try {
    return countDue(window.localStorage.getItem(storageKeys.progress), now);
  } catch {
    return 0;
  }
}
