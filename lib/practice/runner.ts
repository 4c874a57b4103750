import { listOf, text, wholeNumber, z, type Infer } from "../storage/stored-schema";
import type { PracticeItem } from "./bank-types";
import { defaultConfig, practiceQueryString, type PracticeConfig } from "./config";
import { gradeForChoice, isMissed, type Grade } from "./grading";
import { gradeSchema, modeSchema, type SessionSummary } from "./progress";

/**
 * A practice session as plain data plus a reducer: every action a learner takes (reveal, tick a
 * signal, grade, choose an option, move, skip, finish) is a pure transition, so it is tested in node
 * and the session can be saved after each step and resumed after a reload.
 */

export const entrySchema = z.strictObject({
  draft: text(20_000),
  revealed: z.boolean(),
  ticked: listOf(wholeNumber(0, 50), 50),
  grade: z.nullable(gradeSchema),
  choice: z.nullable(wholeNumber(0, 10)),
  followUpsShown: wholeNumber(0, 50),
  skipped: z.boolean(),
  /** The grade has been written to the schedule; it no longer changes. */
  recorded: z.boolean(),
  seconds: wholeNumber(0, 86_400),
});
export type Entry = Infer<typeof entrySchema>;

export const sessionStateSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(40)),
    mode: modeSchema,
    query: text(4000),
    itemIds: listOf(text(120), 60, 1),
    index: wholeNumber(),
    entries: z.record(text(120), entrySchema),
    startedAt: z.iso.datetime(),
    finishedAt: z.nullable(z.iso.datetime()),
    secondsPerQuestion: wholeNumber(0, 3600),
  })
  .check(z.refine((state) => state.index < state.itemIds.length, "index within the session"));
export type SessionState = Infer<typeof sessionStateSchema>;

export const activeSessionSchema = z.strictObject({
  version: z.literal(1),
  session: sessionStateSchema,
});

export const emptyEntry = (): Entry => ({
  draft: "",
  revealed: false,
  ticked: [],
  grade: null,
  choice: null,
  followUpsShown: 0,
  skipped: false,
  recorded: false,
  seconds: 0,
});

export function startSession(
  id: string,
  config: PracticeConfig,
  query: string,
  itemIds: string[],
  now: Date,
): SessionState {
  return {
    id,
    mode: config.mode,
    query,
    itemIds,
    index: 0,
    entries: Object.fromEntries(itemIds.map((itemId) => [itemId, emptyEntry()])),
    startedAt: now.toISOString(),
    finishedAt: null,
    secondsPerQuestion: config.mode === "mock" ? config.seconds : defaultConfig.seconds,
  };
}

export type SessionAction =
  | { type: "draft"; text: string }
  | { type: "reveal" }
  | { type: "toggle-signal"; signal: number }
  | { type: "grade"; grade: Grade }
  | { type: "choose"; option: number; correct: boolean }
  | { type: "show-follow-up"; total: number }
  | { type: "tick-seconds"; seconds: number }
  | { type: "next" }
  | { type: "previous" }
  | { type: "go-to"; index: number }
  | { type: "skip" }
  | { type: "recorded"; id: string }
  | { type: "finish"; now: Date };

export function currentItemId(state: SessionState): string {
  return state.itemIds[state.index] ?? state.itemIds[0] ?? "";
}

export function currentEntry(state: SessionState): Entry {
  return state.entries[currentItemId(state)] ?? emptyEntry();
}

function updateEntry(state: SessionState, change: (entry: Entry) => Entry): SessionState {
  const id = currentItemId(state);
  return {
    ...state,
    entries: { ...state.entries, [id]: change(state.entries[id] ?? emptyEntry()) },
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  // A finished session still takes grades: the mock-interview review happens after the round ends.
  if (
    state.finishedAt &&
    !["go-to", "grade", "toggle-signal", "recorded", "reveal"].includes(action.type)
  )
    return state;
  switch (action.type) {
    case "draft":
      return updateEntry(state, (entry) => ({ ...entry, draft: action.text.slice(0, 20_000) }));
    case "reveal":
      return updateEntry(state, (entry) => ({ ...entry, revealed: true, skipped: false }));
    case "toggle-signal":
      return updateEntry(state, (entry) => ({
        ...entry,
        ticked: entry.ticked.includes(action.signal)
          ? entry.ticked.filter((signal) => signal !== action.signal)
          : [...entry.ticked, action.signal].sort((a, b) => a - b),
      }));
    case "grade":
      return updateEntry(state, (entry) =>
        entry.revealed && !entry.recorded
          ? { ...entry, grade: action.grade, skipped: false }
          : entry,
      );
    case "recorded": {
      const entry = state.entries[action.id];
      return entry
        ? { ...state, entries: { ...state.entries, [action.id]: { ...entry, recorded: true } } }
        : state;
    }
    case "choose":
      return updateEntry(state, (entry) =>
        entry.choice !== null
          ? entry
          : {
              ...entry,
              choice: action.option,
              revealed: true,
              grade: gradeForChoice(action.correct),
              skipped: false,
            },
      );
    case "show-follow-up":
      return updateEntry(state, (entry) => ({
        ...entry,
        followUpsShown: Math.min(action.total, entry.followUpsShown + 1),
      }));
    case "tick-seconds":
      return updateEntry(state, (entry) => ({
        ...entry,
        seconds: Math.min(86_400, entry.seconds + action.seconds),
      }));
    case "next":
      return { ...state, index: Math.min(state.itemIds.length - 1, state.index + 1) };
    case "previous":
      return { ...state, index: Math.max(0, state.index - 1) };
    case "go-to":
      return { ...state, index: Math.min(state.itemIds.length - 1, Math.max(0, action.index)) };
    case "skip": {
      const skipped = updateEntry(state, (entry) =>
        entry.grade === null ? { ...entry, skipped: true } : entry,
      );
      return { ...skipped, index: Math.min(state.itemIds.length - 1, state.index + 1) };
    }
    case "finish":
      return { ...state, finishedAt: action.now.toISOString() };
  }
}

export function isLastItem(state: SessionState): boolean {
  return state.index === state.itemIds.length - 1;
}

/** The ids to practise again: graded Again or Hard, a wrong choice, or skipped. */
export function missedItemIds(state: SessionState): string[] {
  return state.itemIds.filter((id) => {
    const entry = state.entries[id];
    return entry ? entry.skipped || isMissed(entry.grade) : false;
  });
}

/** A link to practise the missed questions again as a new set, or null when nothing was missed. */
export function missedSetHref(state: SessionState, seed: string): string | null {
  const missed = missedItemIds(state);
  if (missed.length === 0) return null;
  return `/practice?${practiceQueryString({ ...defaultConfig, mode: state.mode, ids: missed, seed })}`;
}

export function summarizeSession(
  state: SessionState,
  items: ReadonlyMap<string, PracticeItem>,
  now: Date,
): SessionSummary {
  const counts: SessionSummary["grades"] = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let answered = 0;
  let correct = 0;
  let checks = 0;
  for (const id of state.itemIds) {
    const entry = state.entries[id];
    const item = items.get(id);
    if (!entry || entry.grade === null) continue;
    answered += 1;
    counts[entry.grade] += 1;
    if (item?.kind === "check") {
      checks += 1;
      if (entry.choice !== null && item.options[entry.choice]?.correct) correct += 1;
    }
  }
  const sources = [
    ...new Set(
      state.itemIds.flatMap((id) => {
        const source = items.get(id)?.source;
        return source ? [source] : [];
      }),
    ),
  ];
  return {
    id: state.id,
    mode: state.mode,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt ?? now.toISOString(),
    total: state.itemIds.length,
    answered,
    grades: counts,
    correct: checks > 0 ? correct : null,
    sources: sources.slice(0, 40),
  };
}

/** Knowledge-check score: right answers out of questions answered, and out of the set. */
export function quizScore(
  state: SessionState,
  items: ReadonlyMap<string, PracticeItem>,
): { correct: number; answered: number; total: number } {
  let correct = 0;
  let answered = 0;
  let total = 0;
  for (const id of state.itemIds) {
    const item = items.get(id);
    if (item?.kind !== "check") continue;
    total += 1;
    const choice = state.entries[id]?.choice ?? null;
    if (choice === null) continue;
    answered += 1;
    if (item.options[choice]?.correct) correct += 1;
  }
  return { correct, answered, total };
}
