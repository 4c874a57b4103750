import GithubSlugger from "github-slugger";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Heading, Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";

/**
 * Markdown to HTML, safe by construction: remark-html's sanitiser (GitHub's rules) drops raw HTML,
 * `javascript:`/`data:` URLs and event attributes. We widen it only to keep heading ids (unprefixed,
 * so `#anchors` match what the table of contents links to) and narrow it to drop images, which would
 * be third-party requests, and task-list checkboxes, which have no label.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "img" && tag !== "input"),
  attributes: {
    ...defaultSchema.attributes,
    // Only the wrapper remarkTableScroll makes: a fixed role and class, a label, focusable.
    div: [
      ...(defaultSchema.attributes?.div ?? []),
      ["role", "region"],
      ["className", "table-scroll"],
      "ariaLabel",
      "tabIndex",
    ],
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
  },
};

/** Gives headings GitHub-style ids, unique within one page through the shared slugger. */
function remarkHeadingIds(slugger: GithubSlugger) {
  return () => (tree: Root) => {
    visit(tree, "heading", (node: Heading) => {
      const id = slugger.slug(toString(node));
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}

/**
 * Whether GFM could change how `source` parses. GFM adds tables (`|`), strikethrough (`~`), footnotes
 * (`[^`), task-list boxes (`[ ]`, `[x]`) and autolink literals (`www.`, `http(s)://`, `mailto:`,
 * `xmpp:`, and emails, which need an `@`); text with none of those parses to the same tree under
 * CommonMark alone. Most of a guide's fields are such text, and CommonMark alone parses them several
 * times faster: micromark combines GFM's constructs on every call and tries them on every line.
 */
const gfmTrigger = /[|~@]|\[\^|\[[ xX]\]|www\.|https?:|mailto:|xmpp:/i;

export function mayUseGfm(source: string): boolean {
  return gfmTrigger.test(source);
}

/**
 * Wraps each table in a labelled region that scrolls sideways on its own and takes keyboard focus,
 * so a wide table never widens the page on a phone and can still be scrolled without a pointer.
 * The table node becomes the wrapper in place (mdast has no wrapper type; `hName` makes it a div).
 */
function remarkTableScroll() {
  return (tree: Root) => {
    visit(tree, "table", (node: Table) => {
      const headers = (node.children[0]?.children ?? []).map((cell) => toString(cell)).join(", ");
      const table: Table = { ...node };
      Object.assign(node, {
        children: [table],
        data: {
          hName: "div",
          hProperties: { role: "region", ariaLabel: `Table: ${headers}`, tabIndex: 0, className: ["table-scroll"] },
        },
      });
      return "skip";
    });
  };
}

/** Ids the site layout gives its own elements on every page (app/layout.tsx: the skip link's target). */
const layoutIds = ["main"];

/**
 * One renderer per page: headings rendered through it share a slugger, so two "Example" headings
 * on a page become `example` and `example-1`. Ids the page itself uses are reserved up front.
 */
export function createMarkdownRenderer(
  reservedIds: readonly string[] = [],
  /** "always" parses every text with GFM: the reference the fast path is tested against. */
  { gfm: whenGfm = "when-needed" }: { gfm?: "when-needed" | "always" } = {},
) {
  const slugger = new GithubSlugger();
  for (const id of [...layoutIds, ...reservedIds]) slugger.slug(id);
  const commonMark = remark()
    .use(remarkHeadingIds(slugger))
    .use(remarkHtml, { sanitize: sanitizeSchema })
    .freeze();
  const gfm = remark()
    .use(remarkGfm)
    .use(remarkHeadingIds(slugger))
    .use(remarkTableScroll)
    .use(remarkHtml, { sanitize: sanitizeSchema })
    .freeze();
  return (source: string): string =>
    String((whenGfm === "always" || mayUseGfm(source) ? gfm : commonMark).processSync(source));
}

/** Plain text of a Markdown string: for meta descriptions, JSON-LD and word counts. */
const plainTextParser = remark().use(remarkGfm).freeze();
const plainTextCommonMarkParser = remark().freeze();

export function markdownToPlainText(source: string): string {
  const tree = (mayUseGfm(source) ? plainTextParser : plainTextCommonMarkParser).parse(source);
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell" || node.type === "code") {
      blocks.push(toString(node));
      return "skip";
    }
    return undefined;
  });
  return blocks.join("\n\n").replace(/[ \t]+/g, " ").trim();
}

/**
 * The words of a Markdown text counted from its source, without parsing it: for reading times, which
 * every page of the library needs at load. Syntax that carries no words is dropped first (link
 * destinations, HTML tags, list markers, reference definitions); the rest of Markdown's punctuation
 * has no letters or digits, which countWords skips. Within 1% of counting the rendered text on this
 * library (tests/unit/content-loader.test.ts), at a fraction of a parse.
 */
export function estimateMarkdownWords(source: string): number {
  return countWords(
    source
      .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "]")
      .replace(/<[^>\n]*>/g, " ")
      .replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, " ")
      .replace(/^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$/gm, " "),
  );
}

export function countWords(plainText: string): number {
  return plainText.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
