import type { PracticeManifest } from "../practice/bank-types";
import { gradeLabels } from "../practice/grading";
import type { Attempt, Notebook } from "./notebook";
import { wordsOf } from "./words";

/**
 * The notebook as a list: one row per drafted question, filterable by skill and role the way the
 * questions hub is, and written out as Markdown for the candidate to keep.
 */

export type NotebookRow = {
  id: string;
  /** The guide or role the question belongs to; null when the library no longer has the question. */
  source: string | null;
  roles: string[];
  latest: Attempt;
  attempts: Attempt[];
};

export type NotebookFilter = { skill: string | null; role: string | null };

/** Every drafted question, the most recently edited first. */
export function notebookRows(notebook: Notebook, manifest: PracticeManifest): NotebookRow[] {
  const items = new Map(manifest.items.map((item) => [item.id, item]));
  return Object.entries(notebook.entries)
    .flatMap(([id, entry]) => {
      const latest = entry.attempts.at(-1);
      if (!latest) return [];
      const item = items.get(id);
      return [
        {
          id,
          source: item?.source ?? null,
          roles: item?.roles ?? [],
          latest,
          attempts: entry.attempts,
        },
      ];
    })
    .sort(
      (a, b) =>
        Date.parse(b.latest.updatedAt) - Date.parse(a.latest.updatedAt) || a.id.localeCompare(b.id),
    );
}

export function filterRows(rows: readonly NotebookRow[], filter: NotebookFilter): NotebookRow[] {
  return rows.filter(
    (row) =>
      (!filter.skill || row.source === filter.skill) &&
      (!filter.role || row.roles.includes(filter.role)),
  );
}

/** "12 Nov 2026, 9:05, Good, 184 words": what the history shows of an attempt. */
export function describeAttempt(attempt: Attempt): string {
  const date = new Date(attempt.updatedAt);
  const when = `${date.getUTCDate()} ${date.toLocaleString("en-GB", { month: "short", timeZone: "UTC" })} ${date.getUTCFullYear()}`;
  const grade = attempt.grade === null ? "not graded" : `graded ${gradeLabels[attempt.grade]}`;
  const words = wordsOf(attempt.text).length;
  return `${when}, ${grade}, ${words} word${words === 1 ? "" : "s"}`;
}

export type QuestionText = { question: string; sourceTitle: string };

/** The notebook as one Markdown file: each question, its latest answer, then its earlier attempts. */
export function notebookMarkdown(
  rows: readonly NotebookRow[],
  questions: ReadonlyMap<string, QuestionText>,
  now: Date,
): string {
  const blocks = rows.map((row) => {
    const known = questions.get(row.id);
    const heading = known
      ? `## ${oneLine(known.question)}\n\n_${known.sourceTitle}_`
      : `## ${row.id}`;
    const earlier = row.attempts.slice(0, -1).reverse();
    const history =
      earlier.length === 0
        ? ""
        : `\n\n### Earlier attempts\n\n${earlier
            .map((attempt) => `- ${describeAttempt(attempt)}\n\n${indent(attempt.text)}`)
            .join("\n\n")}`;
    return `${heading}\n\nLatest (${describeAttempt(row.latest)}):\n\n${row.latest.text.trim()}${history}`;
  });
  return `# Answer notebook\n\nExported from Leadwise on ${now.toISOString().slice(0, 10)}.\n\n${blocks.join("\n\n")}\n`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const indent = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => `  > ${line}`)
    .join("\n");
