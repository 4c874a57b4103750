import { collectLibraryQuestions } from "../questions/collect";
import type { Library } from "./library";
import type { Guide, Role } from "./parse";
import { splitSentences } from "./editorial";
import type { ContentProblem } from "./problems";

/**
 * Library-wide editorial figures: what a reader notices only across many pages. A template shows
 * through when paragraphs open the same way in guide after guide; a knowledge check is gameable when
 * the right option is the longest or sits in the same place; a role filter is useless when every
 * question carries every role. Each figure is reported and held to a limit.
 */

export const libraryLimits = {
  /** A paragraph opener (its first four words) may be shared by at most this many pages. */
  pagesPerOpener: 2,
  openerWords: 4,
  /** A sentence frame (its first five words, in sentences of eight or more) likewise. */
  frameWords: 5,
  /** Share of knowledge checks whose correct option is strictly the longest. */
  longestCorrectShare: 1 / 3,
  /** Share of knowledge checks whose correct option is authored in any one position. */
  correctPositionShare: 0.35,
  /** Share of the question bank any one role's filter may match, and the least it must match. */
  roleShare: 0.6,
  roleMinimumQuestions: 40,
  /** Share of behavioral strong answers told in any one shape, or closing on the same label. */
  answerShapeShare: 0.6,
  closingLabelShare: 1 / 3,
  /** Share of behavioral strong answers whose story ends mixed or failed: real stories are not all wins. */
  notWinShareMinimum: 0.25,
} as const;

export type LibraryFigures = {
  mostSharedOpener: { opener: string; pages: string[] } | null;
  mostSharedFrame: { frame: string; pages: string[] } | null;
  knowledgeChecks: number;
  longestCorrect: number;
  correctByPosition: number[];
  questions: number;
  questionsWithLevels: number;
  roleCounts: { role: string; questions: number }[];
  behavioral: number;
  answerShapes: Record<string, number>;
  mostCommonClosing: { label: string; answers: number } | null;
  outcomes: Record<string, number>;
};

export function measureLibrary(library: Library): { figures: LibraryFigures; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const pages: (Guide | Role)[] = [...library.guides, ...library.roles];

  const openers = collectOpeners(pages);
  let mostShared: LibraryFigures["mostSharedOpener"] = null;
  for (const [opener, uses] of openers) {
    const files = [...new Set(uses.map((use) => use.file))];
    if (!mostShared || files.length > mostShared.pages.length) mostShared = { opener, pages: files };
    if (files.length <= libraryLimits.pagesPerOpener) continue;
    for (const use of uses) {
      problems.push({ file: use.file, path: use.path, message: `paragraph opens "${opener} ..." as in ${files.length} pages (${files.map(shortName).join(", ")}); at most ${libraryLimits.pagesPerOpener} may share an opener: write this one differently` });
    }
  }

  let mostSharedFrame: LibraryFigures["mostSharedFrame"] = null;
  for (const [frame, files] of collectFrames(pages)) {
    if (!mostSharedFrame || files.size > mostSharedFrame.pages.length) mostSharedFrame = { frame, pages: [...files] };
    if (files.size <= libraryLimits.pagesPerOpener) continue;
    problems.push({ file: [...files][0] ?? "content", path: "(sentences)", message: `sentences open "${frame} ..." in ${files.size} pages (${[...files].map(shortName).join(", ")}); at most ${libraryLimits.pagesPerOpener} may share a sentence frame` });
  }

  const checks = library.guides.flatMap((guide) => guide.knowledgeChecks.map((check, index) => ({ guide, check, index })));
  const correctByPosition: number[] = [];
  let longestCorrect = 0;
  for (const { check } of checks) {
    const position = check.options.findIndex((option) => option.correct);
    correctByPosition[position] = (correctByPosition[position] ?? 0) + 1;
    const correctLength = check.options[position]?.text.length ?? 0;
    if (check.options.every((option, index) => index === position || option.text.length < correctLength)) longestCorrect += 1;
  }
  const positions = Array.from({ length: correctByPosition.length }, (_, index) => correctByPosition[index] ?? 0);
  if (checks.length > 0) {
    if (longestCorrect / checks.length > libraryLimits.longestCorrectShare) {
      problems.push({ file: "content/guides", path: "knowledgeChecks", message: `the correct option is the longest in ${longestCorrect} of ${checks.length} checks (${percent(longestCorrect / checks.length)}); at most a third may be, or length gives the answer away` });
    }
    positions.forEach((count, position) => {
      if (count / checks.length > libraryLimits.correctPositionShare) {
        problems.push({ file: "content/guides", path: "knowledgeChecks", message: `the correct option is authored in position ${position + 1} in ${count} of ${checks.length} checks (${percent(count / checks.length)}); at most ${percent(libraryLimits.correctPositionShare)} per position` });
      }
    });
  }

  let questions = 0;
  let questionsWithLevels = 0;
  for (const page of pages) {
    page.questions.forEach((question, index) => {
      questions += 1;
      if (question.levels) questionsWithLevels += 1;
      else problems.push({ file: page.sourceFile, path: `questions[${index}].levels`, message: "no level expectations; say what a senior, a staff and a manager answer each add (or the levels that apply)" });
    });
  }

  const behavioral = pages.flatMap((page) => page.questions.filter((question) => question.type === "behavioral"));
  const answerShapes: Record<string, number> = {};
  const closings: Record<string, number> = {};
  const outcomes: Record<string, number> = {};
  for (const question of behavioral) {
    const shape = answerShape(question.strongAnswer);
    answerShapes[shape] = (answerShapes[shape] ?? 0) + 1;
    const closing = closingLabel(question.strongAnswer);
    if (closing) closings[closing] = (closings[closing] ?? 0) + 1;
    const outcome = question.outcome ?? "unmarked";
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  const [closingLabelText, closingCount] = Object.entries(closings).sort((a, b) => b[1] - a[1])[0] ?? [];
  const mostCommonClosing = closingLabelText && closingCount ? { label: closingLabelText, answers: closingCount } : null;
  if (behavioral.length > 0) {
    for (const [shape, count] of Object.entries(answerShapes)) {
      if (count / behavioral.length > libraryLimits.answerShapeShare) {
        problems.push({ file: "content", path: "questions[].strongAnswer", message: `${count} of ${behavioral.length} behavioral strong answers are told as ${shape} (${percent(count / behavioral.length)}); at most ${percent(libraryLimits.answerShapeShare)}: vary the telling (STAR, CARL, a decision narrative, a short answer then detail)` });
      }
    }
    if (mostCommonClosing && mostCommonClosing.answers / behavioral.length > libraryLimits.closingLabelShare) {
      problems.push({ file: "content", path: "questions[].strongAnswer", message: `${mostCommonClosing.answers} of ${behavioral.length} behavioral strong answers close on "${mostCommonClosing.label}"; at most a third may share a closing` });
    }
    const notWins = (outcomes.mixed ?? 0) + (outcomes.failed ?? 0);
    if (notWins / behavioral.length < libraryLimits.notWinShareMinimum) {
      problems.push({ file: "content", path: "questions[].outcome", message: `${notWins} of ${behavioral.length} behavioral strong answers end mixed or failed (${percent(notWins / behavioral.length)}); at least ${percent(libraryLimits.notWinShareMinimum)} should, told honestly` });
    }
  }

  const bank = collectLibraryQuestions(library);
  const roleCounts = library.roles
    .map((role) => ({ role: role.slug, questions: bank.filter((entry) => entry.roles.includes(role.slug)).length }))
    .sort((a, b) => b.questions - a.questions);
  for (const { role, questions: count } of roleCounts) {
    if (count / bank.length > libraryLimits.roleShare) {
      problems.push({ file: `content/roles/${role}.md`, path: "(questions in the bank)", message: `the ${role} filter matches ${count} of ${bank.length} questions (${percent(count / bank.length)}); at most ${percent(libraryLimits.roleShare)}: set \`roles\` on guide questions to the loops that really ask them` });
    }
    if (count < libraryLimits.roleMinimumQuestions) {
      problems.push({ file: `content/roles/${role}.md`, path: "(questions in the bank)", message: `the ${role} filter matches ${count} questions; it needs at least ${libraryLimits.roleMinimumQuestions}` });
    }
  }

  return {
    figures: {
      mostSharedOpener: mostShared,
      mostSharedFrame,
      knowledgeChecks: checks.length,
      longestCorrect,
      correctByPosition: positions,
      questions,
      questionsWithLevels,
      roleCounts,
      behavioral: behavioral.length,
      answerShapes,
      mostCommonClosing,
      outcomes,
    },
    problems,
  };
}

export function formatFigures(figures: LibraryFigures, bankSize: number): string {
  const opener = figures.mostSharedOpener;
  const share = (count: number, of: number) => `${count} of ${of} (${percent(of === 0 ? 0 : count / of)})`;
  return [
    `Most shared paragraph opener: ${opener ? `"${opener.opener}" in ${opener.pages.length} pages` : "none"} (limit ${libraryLimits.pagesPerOpener})`,
    `Most shared sentence frame: ${figures.mostSharedFrame ? `"${figures.mostSharedFrame.frame}" in ${figures.mostSharedFrame.pages.length} pages` : "none"} (limit ${libraryLimits.pagesPerOpener})`,
    `Knowledge checks whose correct option is longest: ${share(figures.longestCorrect, figures.knowledgeChecks)} (limit a third)`,
    `Correct option by authored position: ${figures.correctByPosition.map((count, index) => `${index + 1}: ${share(count, figures.knowledgeChecks)}`).join(", ")} (limit ${percent(libraryLimits.correctPositionShare)})`,
    `Questions with level expectations: ${share(figures.questionsWithLevels, figures.questions)} (needs 100%)`,
    `Behavioral answers by telling: ${Object.entries(figures.answerShapes).map(([shape, count]) => `${shape} ${share(count, figures.behavioral)}`).join(", ")} (limit ${percent(libraryLimits.answerShapeShare)} each)`,
    `Most common closing label: ${figures.mostCommonClosing ? `"${figures.mostCommonClosing.label}" in ${share(figures.mostCommonClosing.answers, figures.behavioral)}` : "none"} (limit a third)`,
    `Behavioral stories by outcome: ${Object.entries(figures.outcomes).map(([outcome, count]) => `${outcome} ${share(count, figures.behavioral)}`).join(", ")} (mixed + failed at least ${percent(libraryLimits.notWinShareMinimum)})`,
    `Role filters: ${figures.roleCounts.map(({ role, questions }) => `${role} ${share(questions, bankSize)}`).join(", ")} (limit ${percent(libraryLimits.roleShare)}, at least ${libraryLimits.roleMinimumQuestions})`,
  ].join("\n");
}

/** The bold labels a strong answer is built from, in order ("Situation", "Task", ...). */
function boldLabels(markdown: string): string[] {
  return [...markdown.matchAll(/(?:^|\n)\s*(?:\*\*|__)([^*_\n]{1,60}?)[.:]?(?:\*\*|__)/g)].map((match) => (match[1] ?? "").trim());
}

function answerShape(markdown: string): string {
  const labels = new Set(boldLabels(markdown).map((label) => label.toLowerCase()));
  if (["situation", "task", "action", "result"].every((label) => labels.has(label))) return "STAR";
  if (["context", "action", "result", "learning"].every((label) => labels.has(label))) return "CARL";
  return labels.size > 0 ? "other labelled" : "narrative";
}

function closingLabel(markdown: string): string | null {
  return boldLabels(markdown).at(-1) ?? null;
}

/** The first words of each long sentence in the prose a reader reads in sequence, by page. */
function collectFrames(pages: readonly (Guide | Role)[]): Map<string, Set<string>> {
  const frames = new Map<string, Set<string>>();
  for (const page of pages) {
    const texts = [...page.sections.map((section) => section.markdown), ...page.questions.flatMap((question) => [question.strongAnswer, question.whyAsked])];
    for (const paragraph of texts.flatMap(paragraphsOf)) {
      for (const sentence of splitSentences(paragraph)) {
        const words = sentence.split(/\s+/);
        if (words.length < 8) continue;
        const frame = words.slice(0, libraryLimits.frameWords).join(" ");
        frames.set(frame, (frames.get(frame) ?? new Set<string>()).add(page.sourceFile));
      }
    }
  }
  return frames;
}

type OpenerUse = { file: string; path: string };

/** Paragraph openers of the prose a reader reads in sequence: body sections, answers, FAQ, concepts. */
function collectOpeners(pages: readonly (Guide | Role)[]): Map<string, OpenerUse[]> {
  const openers = new Map<string, OpenerUse[]>();
  const add = (file: string, path: string, markdown: string) => {
    for (const paragraph of paragraphsOf(markdown)) {
      const words = paragraph.split(/\s+/).filter(Boolean);
      if (words.length < libraryLimits.openerWords + 2) continue;
      const opener = words.slice(0, libraryLimits.openerWords).join(" ");
      openers.set(opener, [...(openers.get(opener) ?? []), { file, path }]);
    }
  };
  for (const page of pages) {
    for (const section of page.sections) add(page.sourceFile, `body (## ${section.heading})`, section.markdown);
    page.questions.forEach((question, index) => {
      add(page.sourceFile, `questions[${index}].strongAnswer`, question.strongAnswer);
      add(page.sourceFile, `questions[${index}].whyAsked`, question.whyAsked);
    });
    if (page.kind === "guide") {
      page.concepts.forEach((concept, index) => add(page.sourceFile, `concepts[${index}].explanation`, concept.explanation));
      page.faq.forEach((entry, index) => add(page.sourceFile, `faq[${index}].answer`, entry.answer));
    }
  }
  return openers;
}

/**
 * Blocks split on blank lines, each list item its own paragraph, headings and table rows left out,
 * a leading bold label ("**Situation.**", "**Result:**") dropped, then normalised to lowercase words.
 */
export function paragraphsOf(markdown: string): string[] {
  const blocks = markdown.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/);
  return blocks
    .map((block) => block.trim())
    .filter((block) => block !== "" && !/^(#{1,6}\s|\|)/.test(block))
    .map((block) =>
      block
        .replace(/^(?:[-*+]|\d+\.)\s+/, "")
        .replace(/^(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[.:]?\s*/, "")
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/[*_`~>]+/g, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}'’\s-]+/gu, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function shortName(file: string): string {
  return file.replace(/^.*\//, "").replace(/\.md$/, "");
}
