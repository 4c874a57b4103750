import { gradeSchema } from "../practice/progress";
import type { Grade } from "../practice/grading";
import { text, z, type Infer } from "../storage/stored-schema";
import {
  isNewerVersion,
  keptRecords,
  newerVersionNotice,
  parseJson,
  plural,
} from "../storage/versioned";

/**
 * The answer notebook: the candidate's own answer to each question, kept in the browser only, with
 * every attempt. An attempt is what was written on one visit to a question: typing on a later visit
 * starts a new attempt and keeps the old one, so a rewrite never loses the draft it replaced.
 * Formats are versioned, and each attempt is validated on its own when loaded: a damaged attempt
 * costs that attempt alone.
 */

export const maxAnswerLength = 20_000;

export const attemptSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  text: text(maxAnswerLength),
  /** The grade the candidate gave themselves while this attempt was current, if any. */
  grade: z.nullable(gradeSchema),
});
export type Attempt = Infer<typeof attemptSchema>;

export const notebookEntrySchema = z.strictObject({
  attempts: z.array(attemptSchema).check(z.minLength(1)),
});
export type NotebookEntry = Infer<typeof notebookEntrySchema>;

export const notebookSchema = z.strictObject({
  version: z.literal(1),
  entries: z.record(text(120), notebookEntrySchema),
});
export type Notebook = Infer<typeof notebookSchema>;

export const emptyNotebook = (): Notebook => ({ version: 1, entries: {} });

export type LoadedNotebook = { value: Notebook; notice: string | null; newer?: true };

/** Reads the stored notebook attempt by attempt, keeping every valid one; never throws. */
export function loadNotebook(raw: string | null): LoadedNotebook {
  if (raw === null) return { value: emptyNotebook(), notice: null };
  const data = parseJson(raw);
  const newer = isNewerVersion(data, 1);
  const entries = data && typeof data === "object" && "entries" in data ? data.entries : undefined;
  const readable =
    data && typeof data === "object" && "version" in data && (data.version === 1 || newer);
  if (!readable || !entries || typeof entries !== "object" || Array.isArray(entries)) {
    if (newer)
      return { value: emptyNotebook(), notice: newerVersionNotice("answer notebook"), newer };
    return {
      value: emptyNotebook(),
      notice:
        "Your saved answers could not be read, so the answer notebook was reset. Your practice progress and stories were not affected.",
    };
  }
  const kept: Notebook["entries"] = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(entries as Record<string, unknown>)) {
    const attempts =
      entry && typeof entry === "object" && "attempts" in entry && Array.isArray(entry.attempts)
        ? (entry.attempts as unknown[])
        : [];
    const valid = attempts.flatMap((attempt) => {
      const parsed = attemptSchema.safeParse(attempt);
      return parsed.success ? [parsed.data] : [];
    });
    if (valid.length === 0 || id.length > 120) {
      // A question whose record holds nothing readable counts as one lost answer.
      dropped += Math.max(attempts.length, 1);
      continue;
    }
    dropped += attempts.length - valid.length;
    kept[id] = { attempts: byStart(uniqueById(valid)) };
  }
  return keptRecords<Notebook>(
    { version: 1, entries: kept },
    {
      newer,
      part: "answer notebook",
      dropped,
      droppedNotice: `${plural(dropped, "saved answer was", "saved answers were")} damaged and removed; your other answers are intact.`,
    },
  );
}

function uniqueById(attempts: readonly Attempt[]): Attempt[] {
  const byId = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const existing = byId.get(attempt.id);
    if (!existing || Date.parse(attempt.updatedAt) > Date.parse(existing.updatedAt))
      byId.set(attempt.id, attempt);
  }
  return [...byId.values()];
}

/** Oldest first; ties broken by id so the order is stable. */
function byStart(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort(
    (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id.localeCompare(b.id),
  );
}

/** A short id that needs no secure context: time plus randomness. */
export function newAttemptId(now: Date, random: () => number = Math.random): string {
  const entropy = Array.from({ length: 6 }, () => Math.floor(random() * 36).toString(36)).join("");
  return `a-${now.getTime().toString(36)}-${entropy}`;
}

export function currentAttempt(notebook: Notebook, questionId: string): Attempt | undefined {
  return notebook.entries[questionId]?.attempts.at(-1);
}

/**
 * Saves what the candidate has written under this visit's attempt: the attempt is updated while it
 * is the latest, and a new one is started when the text differs from the latest attempt of an
 * earlier visit. An empty box never starts an attempt.
 */
export function saveDraft(
  notebook: Notebook,
  questionId: string,
  answer: string,
  attemptId: string,
  now: Date,
): Notebook {
  const text = answer.slice(0, maxAnswerLength);
  const attempts = notebook.entries[questionId]?.attempts ?? [];
  const last = attempts.at(-1);
  const at = now.toISOString();
  if (last?.id === attemptId) {
    if (last.text === text) return notebook;
    return withAttempts(notebook, questionId, [
      ...attempts.slice(0, -1),
      { ...last, text, updatedAt: at },
    ]);
  }
  if (text.trim() === "" || last?.text === text) return notebook;
  return withAttempts(notebook, questionId, [
    ...attempts,
    { id: attemptId, startedAt: at, updatedAt: at, text, grade: null },
  ]);
}

/**
 * Records the candidate's own grade. It goes on this visit's attempt; a visit that graded the saved
 * answer without editing it grades that answer, or, when it already carries an earlier grade,
 * records a new attempt with the same text, so every rehearsal keeps its own date and grade.
 */
export function gradeAttempt(
  notebook: Notebook,
  questionId: string,
  attemptId: string,
  grade: Grade,
  now: Date,
): Notebook {
  const attempts = notebook.entries[questionId]?.attempts ?? [];
  const last = attempts.at(-1);
  if (!last) return notebook;
  if (last.id === attemptId || last.grade === null)
    return last.grade === grade
      ? notebook
      : withAttempts(notebook, questionId, [...attempts.slice(0, -1), { ...last, grade }]);
  const at = now.toISOString();
  return withAttempts(notebook, questionId, [
    ...attempts,
    { id: attemptId, startedAt: at, updatedAt: at, text: last.text, grade },
  ]);
}

/**
 * Brings an earlier attempt's text back as a new attempt (`attemptId` is a fresh one), so the
 * draft it replaces stays in the history; nothing changes when the latest already holds that text.
 */
export function restoreAttempt(
  notebook: Notebook,
  questionId: string,
  fromId: string,
  attemptId: string,
  now: Date,
): Notebook {
  const source = notebook.entries[questionId]?.attempts.find((attempt) => attempt.id === fromId);
  return source ? saveDraft(notebook, questionId, source.text, attemptId, now) : notebook;
}

export function deleteEntry(notebook: Notebook, questionId: string): Notebook {
  const entries = { ...notebook.entries };
  delete entries[questionId];
  return { version: 1, entries };
}

function withAttempts(notebook: Notebook, questionId: string, attempts: Attempt[]): Notebook {
  return { version: 1, entries: { ...notebook.entries, [questionId]: { attempts } } };
}

/** Import merge: attempts are matched by id, the copy edited most recently wins, the rest are unioned. */
export function mergeNotebooks(current: Notebook, incoming: Notebook): Notebook {
  const entries = { ...current.entries };
  for (const [id, entry] of Object.entries(incoming.entries)) {
    const mine = entries[id]?.attempts ?? [];
    entries[id] = { attempts: byStart(uniqueById([...mine, ...entry.attempts])) };
  }
  return { version: 1, entries };
}
