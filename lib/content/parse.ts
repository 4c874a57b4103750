import matter from "gray-matter";
import type { z } from "zod";
import { countWords, estimateMarkdownWords } from "./markdown";
import { findNestingProblems } from "./nesting";
import { problemsFromZod, type ContentProblem } from "./problems";
import {
  guideFrontmatterSchema,
  guideSections,
  roleFrontmatterSchema,
  roleSections,
  type GuideFrontmatter,
  type GuideSectionId,
  type RoleFrontmatter,
  type RoleSectionId,
} from "./schema";

/** A narrative section from a Markdown body, still Markdown: pages render it, the API exports it. */
export type Section<Id extends string> = { id: Id; heading: string; markdown: string };

export type Guide = GuideFrontmatter & {
  kind: "guide";
  sourceFile: string;
  sections: Section<GuideSectionId>[];
  readingMinutes: number;
};

export type Role = RoleFrontmatter & {
  kind: "role";
  sourceFile: string;
  sections: Section<RoleSectionId>[];
  readingMinutes: number;
};

/**
 * A failed parse still hands back the raw front matter it could read, so the library-wide checks
 * (cross-links, unique ids) report their problems in the same run instead of after the first fix.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[]; raw?: Record<string, unknown> };

type SectionDefinition<Id extends string> = { id: Id; heading: string; required: boolean };

const WORDS_READ_PER_MINUTE = 230;

export function parseGuideSource(sourceFile: string, source: string): ParseResult<Guide> {
  const parsed = parseDocument(sourceFile, source, guideFrontmatterSchema, guideSections);
  if (!parsed.ok) return parsed;
  const { frontmatter, sections } = parsed.value;
  const proseWords = estimateMarkdownWords(sections.map((section) => section.markdown).join("\n\n"));
  const structuredWords = countWords(
    [
      ...frontmatter.concepts.map((concept) => concept.explanation),
      ...frontmatter.questions.flatMap((question) => [question.question, question.whyAsked, question.strongAnswer]),
      ...frontmatter.faq.flatMap((entry) => [entry.question, entry.answer]),
    ].join(" "),
  );
  const guide: Guide = {
    ...frontmatter,
    kind: "guide",
    sourceFile,
    sections,
    readingMinutes: Math.max(1, Math.round((proseWords + structuredWords) / WORDS_READ_PER_MINUTE)),
  };
  return { ok: true, value: guide };
}

export function parseRoleSource(sourceFile: string, source: string): ParseResult<Role> {
  const parsed = parseDocument(sourceFile, source, roleFrontmatterSchema, roleSections);
  if (!parsed.ok) return parsed;
  const { frontmatter, sections } = parsed.value;
  const words = estimateMarkdownWords(sections.map((section) => section.markdown).join("\n\n"));
  return {
    ok: true,
    value: {
      ...frontmatter,
      kind: "role",
      sourceFile,
      sections,
      readingMinutes: Math.max(1, Math.round(words / WORDS_READ_PER_MINUTE)),
    },
  };
}

function parseDocument<Schema extends z.ZodType, Id extends string>(
  sourceFile: string,
  source: string,
  schema: Schema,
  definitions: readonly SectionDefinition<Id>[],
): ParseResult<{ frontmatter: z.infer<Schema>; sections: Section<Id>[] }> {
  const problems: ContentProblem[] = [];

  const fenceProblem = findFrontmatterFenceProblem(sourceFile, source);
  if (fenceProblem) return { ok: false, problems: [fenceProblem] };

  let document: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by source text; a fresh options object keeps edits in watch mode honest.
    document = matter(source, { language: "yaml", engines: frontmatterEngines });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, problems: [...problems, { file: sourceFile, path: "(frontmatter)", message: `YAML could not be read: ${reason}` }] };
  }

  const expansion = measureExpansion(document.data);
  if (expansion.exceeded) {
    return { ok: false, problems: [{ file: sourceFile, path: "(frontmatter)", message: `expands to more than ${maxFrontmatterNodes.toLocaleString("en")} values or ${(maxFrontmatterChars / 1_000_000).toFixed(0)} million characters once YAML anchors and aliases (&name, *name) are unfolded; write the text out instead of repeating it through aliases` }] };
  }
  const data = normaliseYamlDates(document.data);
  const expectedSlug = sourceFile.replace(/^.*\//, "").replace(/\.md$/, "");
  const result = schema.safeParse(data);
  if (!result.success) problems.push(...problemsFromZod(sourceFile, result.error));
  const slug: unknown = data.slug;
  if (typeof slug === "string" && slug !== expectedSlug) {
    problems.push({ file: sourceFile, path: "slug", message: `expected "${expectedSlug}" to match the file name, found "${slug}"` });
  }

  const bodyStartLine = source.slice(0, source.length - document.content.length).split("\n").length;
  problems.push(...findBrokenHyphenation(sourceFile, source, bodyStartLine));
  const split = splitSections(sourceFile, document.content, bodyStartLine, definitions);
  problems.push(...split.problems);
  // Checked before any Markdown is parsed: a deeply nested text would stall the build, not fail it.
  problems.push(...findNestingProblems(sourceFile, data, document.content, bodyStartLine));

  if (problems.length > 0 || !result.success) return { ok: false, problems, raw: data };
  return { ok: true, value: { frontmatter: result.data, sections: split.sections } };
}

/**
 * Front matter is data, never code. gray-matter picks a parser from the word after the opening
 * fence, and its built-in `javascript` parser evaluates the block, so `---js` would run code on every
 * machine that builds the site. The engines below replace every other parser gray-matter ships with
 * one that refuses, leaving only its YAML parser (js-yaml's safeLoad), so no code path evaluates text.
 * The fence is checked first, to name the problem in an author's words.
 */
const refuseLanguage = (language: string) => () => {
  throw new Error(`front matter in ${language} is not accepted; only YAML`);
};
const frontmatterEngines = {
  javascript: { parse: refuseLanguage("JavaScript") },
  json: { parse: refuseLanguage("JSON") },
  coffee: { parse: refuseLanguage("CoffeeScript") },
};

function findFrontmatterFenceProblem(sourceFile: string, source: string): ContentProblem | null {
  const firstLine = source.slice(0, source.indexOf("\n") >= 0 ? source.indexOf("\n") : source.length).replace(/\r$/, "");
  if (!firstLine.startsWith("---") || firstLine.trimEnd() === "---") return null;
  const language = firstLine.slice(3).trim();
  return {
    file: sourceFile,
    path: "(frontmatter)",
    message: `the opening fence says "---${language}": front matter must be YAML and open with a line of just "---" (content is data; other front-matter languages are never parsed, so no code in them runs)`,
  };
}

/** YAML aliases can make a small file unfold into millions of values; the loader stops well before. */
export const maxFrontmatterNodes = 200_000;
export const maxFrontmatterChars = 8_000_000;

function measureExpansion(data: unknown): { exceeded: boolean } {
  let nodes = 0;
  let chars = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    nodes += 1;
    if (typeof value === "string") chars += value.length;
    else if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (value && typeof value === "object") stack.push(...(Object.values(value) as unknown[]));
    if (nodes > maxFrontmatterNodes || chars > maxFrontmatterChars) return { exceeded: true };
  }
  return { exceeded: false };
}

/**
 * YAML folds a line break into a space, so "write-five-then-" at the end of a line and "synthesise"
 * on the next reach the page as "write-five-then- synthesise". Such a line is always a typo.
 */
function findBrokenHyphenation(sourceFile: string, source: string, bodyStartLine: number): ContentProblem[] {
  return source
    .split("\n")
    .slice(0, bodyStartLine - 1)
    .flatMap((line, index) =>
      /\p{L}-$/u.test(line.trimEnd())
        ? [{ file: sourceFile, path: `(frontmatter line ${index + 1})`, message: `the line ends in a hyphen ("${line.trim().split(/\s+/).at(-1) ?? ""}"), which YAML joins to the next line with a space; move the whole word onto one line` }]
        : [],
    );
}

/** YAML turns `2026-11-21` into a Date; the model keeps dates as the ISO text the author wrote. */
function normaliseYamlDates(data: Record<string, unknown>): Record<string, unknown> {
  const normalised: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    normalised[key] = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
  }
  return normalised;
}

function splitSections<Id extends string>(
  sourceFile: string,
  body: string,
  bodyStartLine: number,
  definitions: readonly SectionDefinition<Id>[],
): { sections: Section<Id>[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const found = new Map<Id, { heading: string; lines: string[] }>();
  const allowed = definitions.map((definition) => `"${definition.heading}"`).join(", ");
  let current: { heading: string; lines: string[] } | undefined;
  let insideFence = false;

  body.split("\n").forEach((line, index) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) insideFence = !insideFence;
    const heading = !insideFence ? /^##\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (!heading) {
      if (current) current.lines.push(line);
      else if (line.trim() !== "") {
        problems.push({ file: sourceFile, path: `body (line ${bodyStartLine + index})`, message: "text before the first `## ` section heading; every paragraph belongs to a section" });
      }
      return;
    }
    const headingText = heading[1] ?? "";
    const definition = definitions.find((candidate) => candidate.heading === headingText);
    if (!definition) {
      problems.push({ file: sourceFile, path: `body (line ${bodyStartLine + index})`, message: `unknown section "## ${headingText}"; expected one of ${allowed}` });
      current = { heading: headingText, lines: [] };
      return;
    }
    if (found.has(definition.id)) {
      problems.push({ file: sourceFile, path: `body (line ${bodyStartLine + index})`, message: `section "## ${headingText}" appears twice` });
    }
    current = { heading: definition.heading, lines: [] };
    found.set(definition.id, current);
  });

  const sections: Section<Id>[] = [];
  for (const definition of definitions) {
    const section = found.get(definition.id);
    const markdown = section?.lines.join("\n").trim() ?? "";
    if (!section || markdown === "") {
      if (definition.required) {
        problems.push({ file: sourceFile, path: "body", message: `missing section "## ${definition.heading}" (with content)` });
      }
      continue;
    }
    sections.push({ id: definition.id, heading: definition.heading, markdown });
  }
  return { sections, problems };
}
