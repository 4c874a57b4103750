import { storageKeys } from "../storage/keys";
import type { PracticeManifest } from "./bank-types";
import { summarizeProgress, type RecordForFigures } from "./progress-summary";

/**
 * The home page's due count, read without the validation and scheduling code so it costs a few
 * hundred bytes. The figure itself comes from summarizeProgress, as everywhere else; this module
 * only reads the stored records the way loadProgress keeps them (a record whose due date, history
 * or id would fail validation is left out here, and reset with a notice on the practice page).
 */

const maxIdLength = 120;

function isHistoryEntry(entry: unknown): boolean {
  if (!entry || typeof entry !== "object") return false;
  const { at, grade } = entry as { at?: unknown; grade?: unknown };
  return (
    typeof at === "string" &&
    !Number.isNaN(Date.parse(at)) &&
    typeof grade === "number" &&
    [1, 2, 3, 4].includes(grade)
  );
}

function asRecord(value: unknown): RecordForFigures | null {
  if (!value || typeof value !== "object") return null;
  const { card, history } = value as { card?: unknown; history?: unknown };
  const due = card && typeof card === "object" ? (card as { due?: unknown }).due : undefined;
  if (typeof due !== "string" || Number.isNaN(Date.parse(due))) return null;
  if (!Array.isArray(history) || history.length === 0 || !history.every(isHistoryEntry))
    return null;
  return value as RecordForFigures;
}

/** The readable records of a stored progress value; anything unreadable reads as no records. */
export function recordsForFigures(raw: string | null): Record<string, RecordForFigures> {
  if (!raw) return {};
  try {
    const data: unknown = JSON.parse(raw);
    const records =
      data && typeof data === "object" && "records" in data ? data.records : undefined;
    if (!records || typeof records !== "object" || Array.isArray(records)) return {};
    const kept: Record<string, RecordForFigures> = {};
    for (const [id, value] of Object.entries(records as Record<string, unknown>)) {
      const record = asRecord(value);
      if (record && id.length <= maxIdLength) kept[id] = record;
    }
    return kept;
  } catch {
    return {};
  }
}

export function countDue(
  raw: string | null,
  manifest: Pick<PracticeManifest, "guides" | "roles" | "items">,
  now: Date,
): number {
  return summarizeProgress({ records: recordsForFigures(raw), manifest, now }).due;
}

/** Whether anything stored could be due: the home page fetches the manifest only then. */
export function mayHaveDue(raw: string | null, now: Date): boolean {
  return Object.values(recordsForFigures(raw)).some(
    (record) => Date.parse(record.card.due) <= now.getTime(),
  );
}

export function readStoredProgress(): string | null {
  try {
    return window.localStorage.getItem(storageKeys.progress);
  } catch {
    return null;
  }
}
