import type { ContentProblem } from "./problems";
import { controlCharacter } from "./schema";

/**
 * Markdown's parser slows down steeply with nesting: a list nested 500 levels deep (a 250 KB file)
 * takes it 17 s, 1,000 levels 100 s, and the build parses each text more than once. No guide needs
 * more than a few levels, so deep nesting is reported as a content problem before anything parses it.
 *
 * The depth is read from the raw text, without parsing: each line's container markers (`>` and list
 * bullets or numbers, several may share a line) plus the indentation of a list item, at two columns
 * per level. It can overestimate a deep ordered list, never underestimate a nest that is slow to parse.
 */
export const maxMarkdownNesting = 16;

const fence = /^[ \t]*(`{3,}|~{3,})/;
const thematicBreak = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// The run of container markers a line starts with; nothing follows the `*`, so it never backtracks.
const containerPrefix = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?)*/;

function indentWidth(line: string): number {
  let width = 0;
  for (const character of line) {
    if (character === " ") width += 1;
    else if (character === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** The deepest nesting of lists and block quotes in a Markdown text, and the (1-based) line it is on. */
export function markdownNesting(markdown: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  let openFence: string | null = null;
  const lines = markdown.split("\n");
  for (const [index, line] of lines.entries()) {
    const fenceMarker = fence.exec(line)?.[1];
    if (fenceMarker && (openFence === null || fenceMarker.startsWith(openFence))) {
      openFence = openFence === null ? fenceMarker : null;
      continue;
    }
    if (openFence !== null || thematicBreak.test(line)) continue;
    const prefix = containerPrefix.exec(line)?.[0] ?? "";
    const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? [];
    const isListItem = markers.some((marker) => marker !== ">");
    const depth = markers.length + (isListItem ? Math.floor(indentWidth(line) / 2) : 0);
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  }
  return deepest;
}

/** Every string in parsed frontmatter with its field path. YAML aliases can share one node many times: each is visited once. */
function* stringsIn(value: unknown, path: string, seen: Set<object>): Generator<{ path: string; text: string }> {
  if (typeof value === "string") {
    yield { path, text: value };
    return;
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsIn(item, `${path}[${index}]`, seen);
    return;
  }
  for (const [key, item] of Object.entries(value)) yield* stringsIn(item, path ? `${path}.${key}` : key, seen);
}

const tooDeep = (depth: number) =>
  `nests lists or block quotes ${depth} levels deep; at most ${maxMarkdownNesting} are allowed (deeper nesting makes the Markdown parser take minutes)`;

/** Problems for the body and any frontmatter text nested deeper than the parser can handle quickly. */
export function findNestingProblems(file: string, frontmatter: Record<string, unknown>, body: string, bodyStartLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of stringsIn(frontmatter, "", new Set())) {
    const { depth, line } = markdownNesting(field.text);
    if (depth > maxMarkdownNesting) problems.push({ file, path: `${field.path} (line ${line} of the text)`, message: tooDeep(depth) });
    const shape = pathologicalShape(field.text);
    if (shape) problems.push({ file, path: field.path, message: shape });
  }
  const { depth, line } = markdownNesting(body);
  if (depth > maxMarkdownNesting) problems.push({ file, path: `body (line ${bodyStartLine + line - 1})`, message: tooDeep(depth) });
  const shape = pathologicalShape(body);
  if (shape) problems.push({ file, path: "body", message: shape });
  const control = controlCharacter.exec(body);
  if (control) {
    const bodyLine = body.slice(0, control.index).split("\n").length;
    const code = `U+${control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    problems.push({ file, path: `body (line ${bodyStartLine + bodyLine - 1})`, message: `has the control character ${code} (invisible in most editors); delete it` });
  }
  return problems;
}

/**
 * Two more shapes the Markdown parser handles in quadratic time, found by timing it on generated
 * input: setext headings (a line of `=` or `-` under text: 10,000 of them take 20 s) and runs of `~`
 * (GFM strikethrough delimiters: 20,000 take 4 s). Guides use neither at any volume.
 */
export const markdownShapeLimits = { setextUnderlines: 100, tildes: 400 } as const;

const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;

export function pathologicalShape(markdown: string): string | null {
  const lines = markdown.split("\n");
  let underlines = 0;
  for (let index = 1; index < lines.length; index += 1) {
    if (setextUnderline.test(lines[index] ?? "") && (lines[index - 1] ?? "").trim() !== "") underlines += 1;
  }
  if (underlines > markdownShapeLimits.setextUnderlines) {
    return `has ${underlines} setext heading underlines (a line of = or - under text); at most ${markdownShapeLimits.setextUnderlines} are allowed because the Markdown parser slows quadratically on them: use "## " headings`;
  }
  let tildes = 0;
  for (const character of markdown) if (character === "~") tildes += 1;
  if (tildes > markdownShapeLimits.tildes) {
    return `has ${tildes} "~" characters; at most ${markdownShapeLimits.tildes} are allowed because the Markdown parser slows quadratically on runs of strikethrough markers`;
  }
  return null;
}
