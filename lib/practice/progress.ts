import { z } from "zod";
import "./zod-jitless";
import type { PracticeManifest } from "./bank-types";
import { practiceModes, type PracticeMode } from "./config";
import { grades, type Grade } from "./grading";
import { isDue, review, storedCardSchema } from "./scheduler";
import { storyBankSchema, type StoryBank } from "../stories/story";


/**
 * Learner progress, kept in the browser only. Each part (question records, session history, the
 * session in progress) is stored under its own key and validated on its own, so damage to one part
 * resets that part alone. Formats are versioned; older versions are migrated.
 */

export const gradeSchema = z.literal(grades);
export const modeSchema = z.enum(practiceModes);

export const reviewEntrySchema = z.object({ at: z.iso.datetime(), grade: gradeSchema, mode: modeSchema }).strict();
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

const maxHistoryPerQuestion = 50;

export const questionRecordSchema = z
  .object({ card: storedCardSchema, history: z.array(reviewEntrySchema).min(1).max(maxHistoryPerQuestion) })
  .strict();
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

export const progressSchema = z.object({ version: z.literal(2), records: z.record(z.string().max(120), questionRecordSchema) }).strict();
export type Progress = z.infer<typeof progressSchema>;

/** Version 1 kept only the last grade of each question; it predates scheduling. */
export const progressV1Schema = z
  .object({ version: z.literal(1), answered: z.record(z.string(), z.object({ grade: gradeSchema, at: z.iso.datetime() })) })
  .strict();

export const sessionSummarySchema = z
  .object({
    id: z.string().max(40),
    mode: modeSchema,
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime(),
    total: z.number().int().min(0),
    answered: z.number().int().min(0),
    grades: z.object({ 1: z.number().int().min(0), 2: z.number().int().min(0), 3: z.number().int().min(0), 4: z.number().int().min(0) }).strict(),
    correct: z.number().int().min(0).nullable(),
    sources: z.array(z.string().max(80)).max(40),
  })
  .strict();
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const sessionHistorySchema = z.object({ version: z.literal(1), sessions: z.array(sessionSummarySchema).max(100) }).strict();
export type SessionHistory = z.infer<typeof sessionHistorySchema>;

export const emptyProgress = (): Progress => ({ version: 2, records: {} });
export const emptySessionHistory = (): SessionHistory => ({ version: 1, sessions: [] });

export type Loaded<T> = { value: T; notice: string | null };

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function versionOf(data: unknown): unknown {
  return data && typeof data === "object" && "version" in data ? (data as { version: unknown }).version : undefined;
}

/** Reads stored progress: migrates version 1, keeps every valid record of version 2, resets the rest. */
export function loadProgress(raw: string | null): Loaded<Progress> {
  if (raw === null) return { value: emptyProgress(), notice: null };
  const data = parseJson(raw);
  const version = versionOf(data);
  if (version === 1) {
    const legacy = progressV1Schema.safeParse(data);
    if (legacy.success) {
      return { value: migrateProgressV1(legacy.data), notice: "Your progress from an earlier version of Leadwise was upgraded; review dates were rebuilt from your last grades." };
    }
  }
  if (version === 2 && data && typeof data === "object" && "records" in data) {
    const records = (data as { records: unknown }).records;
    if (records && typeof records === "object" && !Array.isArray(records)) {
      const kept: Progress["records"] = {};
      let dropped = 0;
      for (const [id, record] of Object.entries(records)) {
        const parsed = questionRecordSchema.safeParse(record);
        if (parsed.success && id.length <= 120) kept[id] = parsed.data;
        else dropped += 1;
      }
      return {
        value: { version: 2, records: kept },
        notice: dropped > 0 ? `${dropped} saved question record${dropped === 1 ? " was" : "s were"} damaged and reset; the rest of your progress is intact.` : null,
      };
    }
  }
  return { value: emptyProgress(), notice: "Your saved progress could not be read, so it was reset. Your session history was not affected." };
}

export function migrateProgressV1(legacy: z.infer<typeof progressV1Schema>): Progress {
  const records: Progress["records"] = {};
  for (const [id, answer] of Object.entries(legacy.answered)) {
    const at = new Date(answer.at);
    records[id] = { card: review(null, answer.grade, at), history: [{ at: answer.at, grade: answer.grade, mode: "flashcards" }] };
  }
  return { version: 2, records };
}

export function loadSessionHistory(raw: string | null): Loaded<SessionHistory> {
  if (raw === null) return { value: emptySessionHistory(), notice: null };
  const parsed = sessionHistorySchema.safeParse(parseJson(raw));
  if (parsed.success) return { value: parsed.data, notice: null };
  return { value: emptySessionHistory(), notice: "Your list of recent sessions could not be read, so it was cleared. Your question progress was not affected." };
}

export function recordReview(progress: Progress, id: string, grade: Grade, mode: PracticeMode, now: Date): Progress {
  const previous = progress.records[id];
  const entry: ReviewEntry = { at: now.toISOString(), grade, mode };
  const record: QuestionRecord = {
    card: review(previous?.card ?? null, grade, now),
    history: [...(previous?.history ?? []), entry].slice(-maxHistoryPerQuestion),
  };
  return { version: 2, records: { ...progress.records, [id]: record } };
}

export function recordSession(history: SessionHistory, summary: SessionSummary): SessionHistory {
  return { version: 1, sessions: [summary, ...history.sessions.filter((session) => session.id !== summary.id)].slice(0, 100) };
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

export function mergeSessionHistory(current: SessionHistory, incoming: SessionHistory): SessionHistory {
  const byId = new Map([...incoming.sessions, ...current.sessions].map((session) => [session.id, session]));
  const sessions = [...byId.values()].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt)).slice(0, 100);
  return { version: 1, sessions };
}

export function dueIds(progress: Progress, now: Date, knownIds?: ReadonlySet<string>): string[] {
  return Object.entries(progress.records)
    .filter(([id, record]) => (!knownIds || knownIds.has(id)) && isDue(record.card, now))
    .sort(([, a], [, b]) => a.card.due.localeCompare(b.card.due))
    .map(([id]) => id);
}

export type SkillMastery = { slug: string; title: string; total: number; practised: number; mastered: number; due: number };

/** Per guide: how many of its interview questions were practised, and how many last went Good or Easy. */
export function masteryBySkill(progress: Progress, manifest: PracticeManifest, now: Date): SkillMastery[] {
  return manifest.guides.map((guide) => {
    const items = manifest.items.filter((item) => item.source === guide.slug && item.kind === "question");
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
export function reviewsPerDay(progress: Progress, days: number, now: Date): { date: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const record of Object.values(progress.records)) {
    for (const entry of record.history) counts.set(entry.at.slice(0, 10), (counts.get(entry.at.slice(0, 10)) ?? 0) + 1);
  }
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) => {
    const date = new Date(today - (days - 1 - index) * 86_400_000).toISOString().slice(0, 10);
    return { date, count: counts.get(date) ?? 0 };
  });
}

export const exportSchema = z
  .object({
    app: z.literal("leadwise"),
    exportedAt: z.iso.datetime(),
    progress: progressSchema,
    sessions: sessionHistorySchema,
    // Added with the story bank: optional, so exports made before it still import.
    stories: storyBankSchema.optional(),
  })
  .strict();
export type ProgressExport = z.infer<typeof exportSchema>;

export function buildExport(progress: Progress, sessions: SessionHistory, now: Date, stories?: StoryBank): ProgressExport {
  return { app: "leadwise", exportedAt: now.toISOString(), progress, sessions, ...(stories ? { stories } : {}) };
}

export type ImportResult = { ok: true; value: ProgressExport } | { ok: false; error: string };

export function parseImport(text: string): ImportResult {
  const data = parseJson(text);
  if (data === undefined) return { ok: false, error: "That file is not JSON. Choose a file exported from Leadwise's progress page." };
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join(".") || "the file" : "the file";
    return { ok: false, error: `That file is not a Leadwise progress export (problem at ${where}: ${first?.message ?? "unknown"}). Nothing was changed.` };
  }
  return { ok: true, value: parsed.data };
}
