import type { Library } from "./library";
import { countWords, markdownToPlainText } from "./markdown";
import type { Guide, Role } from "./parse";
import type { ContentProblem } from "./problems";

/**
 * The editorial floor from EDITORIAL.md, as checks: a guide long and varied enough to be worth a
 * visit, no placeholder left in, and no sentence reused across pages (templated filler reads the
 * same in every guide once the skill's name is blanked out, so names are masked before comparing).
 */

export const editorialMinimums = {
  guideProseWords: 1500,
  roleProseWords: 700,
  questionDifficulties: 3,
  questionTypes: 3,
  behavioralQuestions: 3,
  duplicateSentenceLength: 60,
  behavioralAnswerWords: 120,
} as const;

const placeholderPatterns: { pattern: RegExp; label: string }[] = [
  { pattern: /\blorem\b/i, label: "lorem" },
  { pattern: /\bTODO\b/, label: "TODO" },
  { pattern: /\bTBD\b/, label: "TBD" },
  { pattern: /\[insert/i, label: "[insert" },
  { pattern: /\bcoming soon\b/i, label: "coming soon" },
];

export function findEditorialProblems(library: Library): ContentProblem[] {
  const pages: (Guide | Role)[] = [...library.guides, ...library.roles];
  return [
    ...pages.flatMap(findPlaceholders),
    ...library.guides.flatMap(findGuideShortfalls),
    ...library.roles.flatMap(findRoleShortfalls),
    ...pages.flatMap((page) => page.questions.flatMap((question, index) => findThinStory(page.sourceFile, question, index))),
    ...findRepeatedSentences(pages),
    ...pages.flatMap((page) =>
      page.questions.flatMap((question, index) => findPronounMismatch(page.sourceFile, question, index)),
    ),
  ];
}

function findPlaceholders(page: Guide | Role): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [fieldPath, value] of walkStrings(page)) {
    for (const { pattern, label } of placeholderPatterns) {
      if (pattern.test(value)) problems.push({ file: page.sourceFile, path: fieldPath, message: `placeholder text "${label}"; write the real content or remove it` });
    }
  }
  return problems;
}

function findGuideShortfalls(guide: Guide): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = guide.sourceFile;
  // Counted on the rendered text, exactly: the loader only estimates words, for reading times.
  const proseWords = countWords(guide.sections.map((section) => markdownToPlainText(section.markdown)).join(" "));
  if (proseWords < editorialMinimums.guideProseWords) {
    problems.push({ file, path: "body", message: `${proseWords} words of prose; a guide needs at least ${editorialMinimums.guideProseWords}` });
  }
  const difficulties = new Set(guide.questions.map((question) => question.difficulty));
  if (difficulties.size < editorialMinimums.questionDifficulties) {
    problems.push({ file, path: "questions", message: `difficulties ${[...difficulties].join(", ")}; expected easy, medium and hard all present` });
  }
  const types = new Set(guide.questions.map((question) => question.type));
  if (types.size < editorialMinimums.questionTypes) {
    problems.push({ file, path: "questions", message: `only ${[...types].join(", ")} questions; expected at least ${editorialMinimums.questionTypes} of behavioral, situational, technical, system-design` });
  }
  const behavioral = guide.questions.filter((question) => question.type === "behavioral").length;
  if (behavioral < editorialMinimums.behavioralQuestions) {
    problems.push({ file, path: "questions", message: `${behavioral} behavioral questions; expected at least ${editorialMinimums.behavioralQuestions}` });
  }
  return problems;
}

function findRoleShortfalls(role: Role): ContentProblem[] {
  const words = role.sections.map((section) => markdownToPlainText(section.markdown)).join(" ").split(/\s+/).length;
  return words < editorialMinimums.roleProseWords
    ? [{ file: role.sourceFile, path: "body", message: `${words} words of prose; a role page needs at least ${editorialMinimums.roleProseWords}` }]
    : [];
}

/**
 * A behavioral strong answer is a worked example of some length that says how the story ended. Its
 * telling is the writer's choice (STAR, CARL, a decision narrative, a short answer then detail); the
 * library-wide figures keep any one telling from dominating.
 */
function findThinStory(file: string, question: Guide["questions"][number], index: number): ContentProblem[] {
  if (question.type !== "behavioral") return [];
  const problems: ContentProblem[] = [];
  const words = countWords(markdownToPlainText(question.strongAnswer));
  if (words < editorialMinimums.behavioralAnswerWords) {
    problems.push({ file, path: `questions[${index}].strongAnswer`, message: `${words} words; a behavioral strong answer is a worked example of at least ${editorialMinimums.behavioralAnswerWords} words: the stakes, what you did, the result, what you learned` });
  }
  if (!question.outcome) {
    problems.push({ file, path: `questions[${index}].outcome`, message: "a behavioral question says how its strong answer's story ends: win, mixed or failed" });
  }
  return problems;
}

const pronounSets = {
  she: /\b(she|her|hers|herself)\b/i,
  he: /\b(he|him|his|himself)\b/i,
} as const;

/**
 * A weak answer's red flags are quoted beside it in the drill. When the answer is about one person
 * ("Sara ... her changes") and a red flag it commits speaks of them with the other pronoun ("he got
 * more confident"), the drill reads as if about someone else.
 */
function findPronounMismatch(file: string, question: Guide["questions"][number], index: number): ContentProblem[] {
  const weak = question.weakAnswer;
  if (!weak) return [];
  const answerUses = (set: RegExp) => set.test(weak.answer);
  const only = answerUses(pronounSets.she) && !answerUses(pronounSets.he) ? "she" : answerUses(pronounSets.he) && !answerUses(pronounSets.she) ? "he" : null;
  if (!only) return [];
  const other = only === "she" ? pronounSets.he : pronounSets.she;
  return weak.flaws
    .filter((flaw) => other.test(question.redFlags[flaw] ?? ""))
    .map((flaw) => ({
      file,
      path: `questions[${index}].redFlags[${flaw}]`,
      message: `the weak answer speaks of "${only}", but this red flag it commits uses the other pronoun: make them agree`,
    }));
}

/** Each sentence of 60+ characters, normalised and with the page's own name masked, may live on one page only. */
function findRepeatedSentences(pages: readonly (Guide | Role)[]): ContentProblem[] {
  const firstSeen = new Map<string, { file: string; path: string }>();
  const problems: ContentProblem[] = [];
  for (const page of pages) {
    const seenOnThisPage = new Set<string>();
    for (const [fieldPath, value] of walkStrings(page)) {
      for (const sentence of splitSentences(stripInlineMarkdown(value))) {
        if (sentence.length < editorialMinimums.duplicateSentenceLength) continue;
        const key = normaliseSentence(sentence, page);
        if (seenOnThisPage.has(key)) continue;
        seenOnThisPage.add(key);
        const first = firstSeen.get(key);
        if (first && first.file !== page.sourceFile) {
          problems.push({ file: page.sourceFile, path: fieldPath, message: `sentence also in ${first.file} (${first.path}): "${truncate(sentence)}"; write it for this page` });
        } else if (!first) firstSeen.set(key, { file: page.sourceFile, path: fieldPath });
      }
    }
  }
  return problems;
}

/**
 * Good enough to compare sentences and much cheaper than a full parse, which matters with
 * thousands of strings: links keep their text, emphasis and code marks and list/heading markers go.
 */
function stripInlineMarkdown(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/^\s*(?:#{1,6}|>|[-+]|\d+\.)\s+/gm, "")
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, "");
}

export function splitSentences(plainText: string): string[] {
  return plainText
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function normaliseSentence(sentence: string, page: Guide | Role): string {
  const names = [page.title, page.slug.replace(/-/g, " ")].map((name) => name.toLowerCase());
  let normalised = sentence.toLowerCase();
  for (const name of names) normalised = normalised.split(name).join("§");
  return normalised.replace(/[^\p{L}\p{N}§]+/gu, " ").trim();
}

function truncate(sentence: string): string {
  return sentence.length > 90 ? `${sentence.slice(0, 87)}...` : sentence;
}

/** Every authored string of a page with its field path; ids, slugs and file names are not prose. */
function* walkStrings(value: unknown, fieldPath = ""): Generator<[string, string]> {
  const skipped = new Set(["id", "slug", "sourceFile", "kind", "updated", "url", "tags", "relatedSkills", "relatedRoles", "category", "type", "difficulty", "level"]);
  if (typeof value === "string") {
    yield [fieldPath || "(value)", value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walkStrings(item, `${fieldPath}[${index}]`);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (skipped.has(key)) continue;
      yield* walkStrings(item, fieldPath ? `${fieldPath}.${key}` : key);
    }
  }
}
