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
export function createMarkdownRenderer(reservedIds: readonly string[] = []) {
  const slugger = new GithubSlugger();
  for (const id of [...layoutIds, ...reservedIds]) slugger.slug(id);
  const processor = remark()
    .use(remarkGfm)
    .use(remarkHeadingIds(slugger))
    .use(remarkTableScroll)
    .use(remarkHtml, { sanitize: sanitizeSchema });
  return (source: string): string => String(processor.processSync(source));
}

/** Plain text of a Markdown string: for meta descriptions, JSON-LD and word counts. */
const plainTextParser = remark().use(remarkGfm).freeze();

export function markdownToPlainText(source: string): string {
  const tree = plainTextParser.parse(source);
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

export function countWords(plainText: string): number {
  return plainText.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
