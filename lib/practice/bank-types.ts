import type { Difficulty, Level, QuestionType } from "../content/vocabulary";

/**
 * What the practice runner loads in the browser. The manifest is small (every item's id and the
 * fields filters need); the full items of a guide or role come in one file per source, fetched only
 * for the sources a session uses.
 */

export type ItemKind = "question" | "check";

export type ManifestItem = {
  id: string;
  kind: ItemKind;
  /** The guide or role the item belongs to. */
  source: string;
  sourceKind: "guide" | "role";
  /** Null for knowledge checks, which have no interview type or difficulty. */
  type: QuestionType | null;
  difficulty: Difficulty | null;
  tags: string[];
  /** Roles whose loops test it: the role's own questions, and guides linked to the role either way. */
  roles: string[];
  /** Whether the question carries a flawed answer, so a "spot the weak answer" session can pick only those. */
  hasWeakAnswer: boolean;
};

export type PracticeManifest = {
  guides: { slug: string; title: string; questionCount: number }[];
  roles: { slug: string; title: string }[];
  tags: string[];
  items: ManifestItem[];
};

type ItemBase = {
  id: string;
  source: string;
  sourceKind: "guide" | "role";
  sourceTitle: string;
  question: string;
};

export type QuestionItem = ItemBase & {
  kind: "question";
  type: QuestionType;
  difficulty: Difficulty;
  whyAskedHtml: string;
  strongAnswerHtml: string;
  signals: string[];
  followUps: string[];
  redFlags: string[];
  levelsHtml: Partial<Record<Level, string>>;
  /** A flawed answer for the "spot the weak answer" drill; `flaws` index into `redFlags`. */
  weakAnswer: { answerHtml: string; flaws: number[]; explanationHtml: string } | null;
};

export type CheckItem = ItemBase & {
  kind: "check";
  options: { text: string; correct: boolean; why: string }[];
  explanationHtml: string;
};

export type PracticeItem = QuestionItem | CheckItem;

export type SourceBank = { source: string; items: PracticeItem[] };

export function sourceBankPath(source: string): string {
  return `/api/practice/${source}.json`;
}

export const manifestPath = "/api/practice/manifest.json";
