import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import {
  countWords,
  createMarkdownRenderer,
  estimateMarkdownWords,
  markdownToPlainText,
  mayUseGfm,
} from "@/lib/content/markdown";

/** Every string in the real library: Markdown fields and plain ones (ids, tags, titles) alike. */
function libraryStrings(): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  const { library } = readLibrary();
  walk(library.guides);
  walk(library.roles);
  return strings;
}

describe("rendering Markdown without GFM where GFM cannot apply", () => {
  it("sends text with a table, strikethrough, footnote, task box or autolink to the GFM parser", () => {
    for (const source of [
      "| a | b |\n| - | - |\n| 1 | 2 |",
      "~~gone~~",
      "a note[^1]\n\n[^1]: the note",
      "- [ ] to do\n- [x] done",
      "see www.example.com",
      "see https://example.com",
      "write to someone@example.com",
      "mailto:someone",
    ])
      expect(mayUseGfm(source), source).toBe(true);
  });

  it("renders every passage of the real library that skips GFM exactly as the GFM parser does", () => {
    const fast = createMarkdownRenderer();
    const reference = createMarkdownRenderer([], { gfm: "always" });
    // The others go through the GFM parser anyway.
    const skipping = [...new Set(libraryStrings())].filter(
      (source) => source.length > 80 && !mayUseGfm(source),
    );
    expect(skipping.length).toBeGreaterThan(1000);
    const differing = skipping.filter((source) => fast(source) !== reference(source));
    expect(differing).toEqual([]);
  });

  it("renders CommonMark's own constructs the same either way", () => {
    const fast = createMarkdownRenderer();
    const reference = createMarkdownRenderer([], { gfm: "always" });
    for (const source of [
      "# Heading\n\nText with **bold**, _em_, `code` and a [link](/guides/x).",
      "1. one\n2. two\n\n> quoted\n\n    indented code",
      "```ts\nconst x = 1;\n```",
      '<div onclick="x()">raw</div> <script>alert(1)</script>',
      "[ref]\n\n[ref]: /somewhere",
    ])
      expect(fast(source), source).toBe(reference(source));
  });
});

describe("estimating words from Markdown source", () => {
  it("is within 1% of counting the rendered text, for every guide and role body", () => {
    const { library } = readLibrary();
    for (const page of [...library.guides, ...library.roles]) {
      const markdown = page.sections.map((section) => section.markdown);
      const exact = countWords(markdown.map(markdownToPlainText).join(" "));
      const estimate = estimateMarkdownWords(markdown.join("\n\n"));
      expect(Math.abs(estimate - exact) / exact, page.slug).toBeLessThanOrEqual(0.01);
    }
  });

  it("does not count link destinations, list markers or HTML tags as words", () => {
    expect(estimateMarkdownWords("1. See [the guide](https://example.com/a/b) <br> now")).toBe(4);
  });
});
