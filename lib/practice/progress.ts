import { listOf, text, wholeNumber, z, type Infer } from "../storage/stored-schema";
import type { PracticeManifest } from "./bank-types";
import { practiceModes } from "./config";
import { grades } from "./grading";
import { isDue, storedCardSchema } from "./stored-card";
import {
  isNewerVersion,
  keptRecords,
  newerVersionNotice,
  parseJson,
  plural,
  versionOf,
} from "../storage/versioned";

/**
 * Learner progress, kept in the browser only. Each part (question records, session history, the
 * session in progress) is stored under its own key and validated on its own, so damage to one part
 * resets that part alone. Formats are versioned; older versions are migrated.
 */

export const gradeSchema = z.literal(grades);
export const modeSchema = z.enum(practiceModes);

export const reviewEntrySchema = z.strictObject({
  at: z.iso.datetime(),
  grade: gradeSchema,
  mode: modeSchema,
});
export type ReviewEntry = Infer<typeof reviewEntrySchema>;

// Every review is kept: no cap deletes history. A question reviewed daily for years stays a few KB.
export const questionRecordSchema = z.strictObject({
  card: storedCardSchema,
  history: z.array(reviewEntrySchema).check(z.minLength(1)),
});
export type QuestionRecord = Infer<typeof questionRecordSchema>;

export const progressSchema = z.strictObject({
  version: z.literal(2),
  records: z.record(text(120), questionRecordSchema),
});
export type Progress = Infer<typeof progressSchema>;

/** Version 1 kept only the last grade of each question; it predates scheduling. */
export const progressV1Schema = z.strictObject({
  version: z.literal(1),
  answered: z.record(z.string(), z.object({ grade: gradeSchema, at: z.iso.datetime() })),
});

export const sessionSummarySchema = z.strictObject({
  id: text(40),
  mode: modeSchema,
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  total: wholeNumber(),
  answered: wholeNumber(),
  grades: z.strictObject({
    1: wholeNumber(),
    2: wholeNumber(),
    3: wholeNumber(),
    4: wholeNumber(),
  }),
  correct: z.nullable(wholeNumber()),
  sources: listOf(text(80), 40),
});
export type SessionSummary = Infer<typeof sessionSummarySchema>;

export const sessionHistorySchema = z.strictObject({
  version: z.literal(1),
  sessions: z.array(sessionSummarySchema),
});
export type SessionHistory = Infer<typeof sessionHistorySchema>;

export const emptyProgress = (): Progress => ({ version: 2, records: {} });
export const emptySessionHistory = (): SessionHistory => ({ version: 1, sessions: [] });

/** `newer`: the stored part was written by a newer Leadwise; it is shown as far as it reads and never written. */
export type Loaded<T> = { value: T; notice: string | null; newer?: true };

export type ProgressV1 = Infer<typeof progressV1Schema>;
export const legacyUpgradeNotice =
  "Your progress from an earlier version of Leadwise was upgraded; review dates were rebuilt from your last grades.";

/**
 * Reads stored progress: keeps every valid record of version 2 and resets the rest. Version 1 comes
 * back as `legacy`, for migrateProgressV1 to upgrade.
 */
export function loadProgress(raw: string | null): Loaded<Progress> & { legacy?: ProgressV1 } {
  if (raw === null) return { value: emptyProgress(), notice: null };
  const data = parseJson(raw);
  const version = versionOf(data);
  if (version === 1) {
    const legacy = progressV1Schema.safeParse(data);
    // Rebuilding schedules needs the scheduler, which the page loads only when it has to
    // (lib/practice/review.ts migrateProgressV1); the caller migrates and saves.
    if (legacy.success)
      return { value: emptyProgress(), notice: legacyUpgradeNotice, legacy: legacy.data };
  }
  const newer = isNewerVersion(data, 2);
  if ((version === 2 || newer) && data && typeof data === "object" && "records" in data) {
    const records = data.records;
    if (records && typeof records === "object" && !Array.isArray(records)) {
      const kept: Progress["records"] = {};
      let dropped = 0;
      for (const [id, record] of Object.entries(records)) {
        const parsed = questionRecordSchema.safeParse(record);
        if (parsed.success && id.length <= 120) kept[id] = parsed.data;
        else dropped += 1;
      }
      return keptRecords<Progress>(
        { version: 2, records: kept },
        {
          newer,
          part: "progress",
          dropped,
          droppedNotice: `${plural(dropped, "saved question record was", "saved question records were")} damaged and reset; the rest of your progress is intact.`,
        },
      );
    }
  }
  if (newer) return { value: emptyProgress(), notice: newerVersionNotice("progress"), newer };
  return {
    value: emptyProgress(),
    notice:
      "Your saved progress could not be read, so it was reset. Your session history was not affected.",
  };
}

/** Reads the session history session by session: a damaged session costs that session alone. */
export function loadSessionHistory(raw: string | null): Loaded<SessionHistory> {
  if (raw === null) return { value: emptySessionHistory(), notice: null };
  const data = parseJson(raw);
  const newer = isNewerVersion(data, 1);
  const sessions =
    data && typeof data === "object" && "sessions" in data ? data.sessions : undefined;
  if ((versionOf(data) === 1 || newer) && Array.isArray(sessions)) {
    const kept: SessionSummary[] = [];
    for (const candidate of sessions as unknown[]) {
      const parsed = sessionSummarySchema.safeParse(candidate);
      if (parsed.success) kept.push(parsed.data);
    }
    const dropped = sessions.length - kept.length;
    return keptRecords<SessionHistory>(
      { version: 1, sessions: kept },
      {
        newer,
        part: "session history",
        dropped,
        droppedNotice: `${plural(dropped, "saved session was", "saved sessions were")} damaged and removed from your recent sessions; the others are intact.`,
      },
    );
  }
  if (newer)
    return { value: emptySessionHistory(), notice: newerVersionNotice("session history"), newer };
  return {
    value: emptySessionHistory(),
    notice:
      "Your list of recent sessions could not be read, so it was cleared. Your question progress was not affected.",
  };
}

export function recordSession(history: SessionHistory, summary: SessionSummary): SessionHistory {
  return {
    version: 1,
    sessions: [summary, ...history.sessions.filter((session) => session.id !== summary.id)],
  };
}

function lastReviewedAt(record: QuestionRecord): number {
  return Math.max(...record.history.map((entry) => new Date(entry.at).getTime()));
}

/** Import merge: for each question, the record reviewed most recently wins; sessions are unioned. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const records = { ...current.records };
  for (const [id, record] of Object.entries(incoming.records)) {
    const existing = records[id];
    if (!existing || lastReviewedAt(record) > lastReviewedAt(existing)) records[id] = record;
  }
  return { version: 2, records };
}

export function mergeSessionHistory(
  current: SessionHistory,
  incoming: SessionHistory,
): SessionHistory {
  const byId = new Map(
    [...incoming.sessions, ...current.sessions].map((session) => [session.id, session]),
  );
  const sessions = [...byId.values()].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  return { version: 1, sessions };
}

export function dueIds(progress: Progress, now: Date, knownIds?: ReadonlySet<string>): string[] {
  return Object.entries(progress.records)
    .filter(([id, record]) => (!knownIds || knownIds.has(id)) && isDue(record.card, now))
    .sort(([, a], [, b]) => a.card.due.localeCompare(b.card.due))
    .map(([id]) => id);
}

export type SkillMastery = {
  slug: string;
  title: string;
  total: number;
  practised: number;
  mastered: number;
  due: number;
};

/** Per guide: how many of its interview questions were practised, and how many last went Good or Easy. */
export function masteryBySkill(
  progress: Progress,
  manifest: PracticeManifest,
  now: Date,
): SkillMastery[] {
  return manifest.guides.map((guide) => {
    const items = manifest.items.filter(
      (item) => item.source === guide.slug && item.kind === "question",
    );
    let practised = 0;
    let mastered = 0;
    let due = 0;
    for (const item of items) {
      const record = progress.records[item.id];
      if (!record) continue;
      practised += 1;
      if ((record.history.at(-1)?.grade ?? 0) >= 3) mastered += 1;
      if (isDue(record.card, now)) due += 1;
    }
    return { slug: guide.slug, title: guide.title, total: items.length, practised, mastered, due };
  });
}

/** Reviews per calendar day (UTC) for the last `days` days, oldest first. */
export function reviewsPerDay(
  progress: Progress,
  days: number,
  now: Date,
): { date: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const record of Object.values(progress.records)) {
    for (const entry of record.history)
      counts.set(entry.at.slice(0, 10), (counts.get(entry.at.slice(0, 10)) ?? 0) + 1);
  }
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) => {
    const date = new Date(today - (days - 1 - index) * 86_400_000).toISOString().slice(0, 10);
    return { date, count: counts.get(date) ?? 0 };
  });
}
