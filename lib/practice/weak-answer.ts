import type { PracticeItem, QuestionItem } from "./bank-types";
import type { Grade } from "./grading";
import { seededShuffle } from "./seeded";

/**
 * "Spot the weak answer": the learner reads a flawed answer and ticks the problems it has. The
 * choices are the question's own red flags (some committed, some not, so the learner has to tell
 * them apart) plus a couple of red flags borrowed from sibling questions, which sound plausible but
 * belong to a different story. Pure and seeded, so a shared link shows the same choices everywhere.
 */

export type WeakAnswerOption = { text: string; committed: boolean };

export type WeakAnswerScore = {
  /** Committed problems the learner ticked. */
  found: number;
  /** Committed problems the learner left unticked. */
  missed: number;
  /** Ticked options the answer does not commit. */
  wrongly: number;
  /** How many problems the answer commits, so a summary can say "2 of 3". */
  committed: number;
  /** 0..1: found minus wrongly ticked, over the committed total, never below 0. */
  score: number;
};

/** Borrowed red flags per question: enough to punish ticking by pattern, few enough to keep it quick. */
export const maxBorrowedRedFlags = 2;

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Plain code-unit order, so the result never depends on the browser's locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The red flags of the other interview questions in the same bank (guide or role), for distractors. */
export function redFlagsOfSiblings(
  item: Pick<QuestionItem, "id" | "source">,
  bankItems: readonly PracticeItem[],
): string[] {
  return bankItems.flatMap((other) =>
    other.kind === "question" && other.id !== item.id && other.source === item.source
      ? other.redFlags
      : [],
  );
}

/**
 * The options to tick from, in a seeded order. Empty when the question has no weak answer. Borrowed
 * flags that repeat one of the question's own (after trimming and case) are dropped, as are
 * duplicates, and the candidates are sorted before the seeded pick, so the caller's order of
 * `otherRedFlags` cannot change the result.
 */
export function weakAnswerOptions(
  question: Pick<QuestionItem, "id" | "redFlags" | "weakAnswer">,
  otherRedFlags: readonly string[],
  seed: string,
): WeakAnswerOption[] {
  const weakAnswer = question.weakAnswer;
  if (!weakAnswer) return [];
  const committed = new Set(weakAnswer.flaws);
  const own: WeakAnswerOption[] = question.redFlags.map((text, index) => ({
    text,
    committed: committed.has(index),
  }));
  const seen = new Set(question.redFlags.map(normalise));
  const candidates: string[] = [];
  for (const text of [...otherRedFlags].sort(byCodeUnit)) {
    const key = normalise(text);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    candidates.push(text.trim());
  }
  const borrowed = seededShuffle(candidates, `${seed}:${question.id}:borrowed`)
    .slice(0, maxBorrowedRedFlags)
    .map((text): WeakAnswerOption => ({ text, committed: false }));
  return seededShuffle([...own, ...borrowed], `${seed}:${question.id}:order`);
}

/** Ticks are option indices; repeats and indices outside the list are ignored. */
export function scoreWeakAnswer(
  options: readonly WeakAnswerOption[],
  ticked: readonly number[],
): WeakAnswerScore {
  const tickedSet = new Set(
    ticked.filter((index) => Number.isInteger(index) && index >= 0 && index < options.length),
  );
  let found = 0;
  let wrongly = 0;
  for (const index of tickedSet) {
    if (options[index]?.committed) found += 1;
    else wrongly += 1;
  }
  const committed = options.filter((option) => option.committed).length;
  const score = committed === 0 ? 0 : Math.max(0, found - wrongly) / committed;
  return { found, missed: committed - found, wrongly, committed, score };
}

/**
 * Every problem and nothing extra is Easy; most of it is Good; half is Hard; less is Again. With
 * two committed flags that reads: both found cleanly is Easy, one found (or both with one wrong
 * tick) is Hard, none is Again.
 */
export function gradeForWeakAnswer(score: number): Grade {
  const value = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  if (value >= 1) return 4;
  if (value >= 2 / 3) return 3;
  if (value >= 1 / 3) return 2;
  return 1;
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

/** One sentence for the runner's live region and the result line, e.g. "You found 1 of 2 problems; ...". */
export function resultSummary(result: WeakAnswerScore): string {
  if (result.committed === 0) return "This answer has no problems listed to find.";
  const found =
    result.found === result.committed
      ? `You found ${result.committed === 1 ? "the problem" : result.committed === 2 ? "both problems" : `all ${result.committed} problems`}`
      : `You found ${result.found} of ${count(result.committed, "problem", "problems")}`;
  const missed = result.missed > 0 ? `, missed ${result.missed}` : "";
  const wrongly =
    result.wrongly > 0
      ? ` and ticked ${count(result.wrongly, "option", "options")} this answer does not have`
      : result.found === 0
        ? ""
        : " and ticked nothing extra";
  return `${found}${missed}${wrongly}. Score ${Math.round(result.score * 100)}%.`;
}
