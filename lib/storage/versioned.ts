/**
 * Every stored part carries a `version`. Reading one starts here: the JSON is parsed once, and a
 * version higher than this build knows means a newer Leadwise wrote it (another tab, or a rollback):
 * it must be shown read-only and never written back, or the newer data would be lost.
 */

export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function versionOf(data: unknown): unknown {
  return data && typeof data === "object" && "version" in data ? data.version : undefined;
}

/** True when `data` says it was written by a format newer than `known`. */
export function isNewerVersion(data: unknown, known: number): boolean {
  const version = versionOf(data);
  return typeof version === "number" && Number.isFinite(version) && version > known;
}

export const newerVersionNotice = (part: string) =>
  `Your ${part} on this device was saved by a newer version of Leadwise, so this page shows what it can read and changes nothing. ` +
  "Reload to get the newer version; until then, what you do here is not saved.";

/** "1 story", "3 stories": counts in notices read as sentences. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The outcome of reading a stored part record by record: a newer version's part carries the
 * read-only notice (and is never written back); otherwise a notice only when records were dropped.
 */
export function keptRecords<T>(
  value: T,
  {
    newer,
    part,
    dropped,
    droppedNotice,
  }: { newer: boolean; part: string; dropped: number; droppedNotice: string },
): { value: T; notice: string | null; newer?: true } {
  if (newer) return { value, notice: newerVersionNotice(part), newer: true };
  return { value, notice: dropped > 0 ? droppedNotice : null };
}
