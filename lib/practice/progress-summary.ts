import type { PracticeManifest } from "./bank-types";
import type { SessionSummary } from "./progress";

/**
 * Every progress figure the site shows (the home page's due count, the practice launcher's, the
 * /progress headline, the mastery table, recent sessions) comes from summarizeProgress, so no two
 * places can disagree. It imports types only: the home page runs it without loading zod or the
 * scheduler.
 *
 * Records for ids that are no longer in the library are kept in storage (a question may come back,
 * and deleting a learner's history is never ours to do) but counted nowhere; `unknownRecords` says
 * how many there are.
 */

/** What a figure needs from a stored record; a validated QuestionRecord has this shape and more. */
export type RecordForFigures = {
  card: { due: string };
  history: readonly { at: string; grade: number }[];
};

export type SourceFigures = {
  slug: string;
  title: string;
  kind: "guide" | "role";
  /** Interview questions plus knowledge checks from this guide or role. */
  total: number;
  practised: number;
  /** Last grade Good or Easy; a right knowledge-check answer grades Good. */
  mastered: number;
  due: number;
};

export type ProgressFigures = {
  due: number;
  /** Due ids, soonest first: what `?review=due` practises. */
  dueIds: string[];
  practised: number;
  mastered: number;
  /** One row per guide, then per role; each headline figure is the sum of its column. */
  bySource: SourceFigures[];
  unknownRecords: number;
  sessionsFinished: number;
  recentSessions: SessionSummary[];
};

export const recentSessionLimit = 10;

function dueTime(record: RecordForFigures): number {
  return Date.parse(record.card.due);
}

function lastGrade(record: RecordForFigures): number {
  let latest = record.history[0];
  for (const entry of record.history) if (latest && entry.at >= latest.at) latest = entry;
  return latest?.grade ?? 0;
}

export function summarizeProgress({
  records,
  manifest,
  sessions = [],
  now,
}: {
  records: Readonly<Record<string, RecordForFigures>>;
  manifest: Pick<PracticeManifest, "guides" | "roles" | "items">;
  sessions?: readonly SessionSummary[];
  now: Date;
}): ProgressFigures {
  const rows = new Map<string, SourceFigures>();
  for (const guide of manifest.guides)
    rows.set(guide.slug, { ...blankRow(guide.slug, guide.title), kind: "guide" });
  for (const role of manifest.roles)
    rows.set(role.slug, { ...blankRow(role.slug, role.title), kind: "role" });

  const due: { id: string; at: number }[] = [];
  for (const item of manifest.items) {
    const row = rows.get(item.source);
    if (!row) continue;
    row.total += 1;
    const record = Object.hasOwn(records, item.id) ? records[item.id] : undefined;
    if (!record) continue;
    row.practised += 1;
    if (lastGrade(record) >= 3) row.mastered += 1;
    const at = dueTime(record);
    if (at <= now.getTime()) {
      row.due += 1;
      due.push({ id: item.id, at });
    }
  }
  const bySource = [...rows.values()];
  const counted = new Set(
    manifest.items.filter((item) => rows.has(item.source)).map((item) => item.id),
  );
  const sum = (pick: (row: SourceFigures) => number) =>
    bySource.reduce((total, row) => total + pick(row), 0);
  return {
    due: sum((row) => row.due),
    dueIds: due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)).map(({ id }) => id),
    practised: sum((row) => row.practised),
    mastered: sum((row) => row.mastered),
    bySource,
    unknownRecords: Object.keys(records).filter((id) => !counted.has(id)).length,
    sessionsFinished: sessions.length,
    recentSessions: sessions.slice(0, recentSessionLimit),
  };
}

function blankRow(slug: string, title: string): Omit<SourceFigures, "kind"> {
  return { slug, title, total: 0, practised: 0, mastered: 0, due: 0 };
}
