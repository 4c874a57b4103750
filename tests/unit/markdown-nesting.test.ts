import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import { findNestingProblems, markdownNesting, maxMarkdownNesting } from "@/lib/content/nesting";

const nestedList = (levels: number, indent = "  ", marker = "-") =>
  Array.from(
    { length: levels },
    (_, level) => `${indent.repeat(level)}${marker} item ${level}`,
  ).join("\n");

describe("reading Markdown nesting depth without parsing", () => {
  it("counts nested bullet lists, numbered lists and block quotes", () => {
    expect(markdownNesting("Plain paragraph.\n\nAnother.")).toEqual({ depth: 0, line: 0 });
    expect(markdownNesting(nestedList(3))).toEqual({ depth: 3, line: 3 });
    expect(markdownNesting(nestedList(4, "   ", "1.")).depth).toBeGreaterThanOrEqual(4);
    expect(markdownNesting("> one\n>> two\n> > > three")).toEqual({ depth: 3, line: 3 });
    expect(markdownNesting("- > - > deep on one line")).toEqual({ depth: 4, line: 1 });
  });

  it("ignores fenced code, thematic breaks, numbers in prose and indented text that is not a list item", () => {
    const fenced = ["```yaml", nestedList(40), "```", "- top"].join("\n");
    expect(markdownNesting(fenced)).toEqual({ depth: 1, line: 43 });
    expect(markdownNesting("- - - - - - - - - - - - - - - - - - - - -")).toEqual({
      depth: 0,
      line: 0,
    });
    expect(markdownNesting("3.14 is close to pi; 2) is not a list")).toEqual({ depth: 0, line: 0 });
    expect(markdownNesting(`${" ".repeat(60)}deeply indented continuation text`)).toEqual({
      depth: 0,
      line: 0,
    });
  });

  it("reads a tab as indentation to the next multiple of four columns", () => {
    expect(markdownNesting("- a\n\t- b\n\t\t- c").depth).toBe(5);
  });

  // No timing assertion (speed is the bench's job): a backtracking regex here would hang past the test timeout.
  it("measures a megabyte line of markers", () => {
    expect(markdownNesting(">".repeat(1_000_000)).depth).toBe(1_000_000);
  });
});

describe("nesting problems", () => {
  it("allows the limit and reports one level past it, in the body and in frontmatter text", () => {
    expect(
      findNestingProblems(
        "g.md",
        { faq: [{ answer: nestedList(maxMarkdownNesting) }] },
        nestedList(maxMarkdownNesting),
        10,
      ),
    ).toEqual([]);
    expect(
      findNestingProblems(
        "g.md",
        { faq: [{ answer: nestedList(maxMarkdownNesting + 1) }] },
        `intro\n${nestedList(maxMarkdownNesting + 1)}`,
        10,
      ),
    ).toEqual([
      {
        file: "g.md",
        path: `faq[0].answer (line ${maxMarkdownNesting + 1} of the text)`,
        message: expect.stringMatching(
          new RegExp(
            `^nests lists or block quotes ${maxMarkdownNesting + 1} levels deep; at most ${maxMarkdownNesting}`,
          ),
        ),
      },
      {
        file: "g.md",
        path: `body (line ${10 + maxMarkdownNesting + 1})`,
        message: expect.stringMatching(/levels deep/),
      },
    ]);
  });

  it("visits a value shared by YAML aliases once", () => {
    const shared = { answer: nestedList(maxMarkdownNesting + 1) };
    expect(findNestingProblems("g.md", { faq: [shared, shared, shared] }, "", 1)).toHaveLength(1);
  });

  it("finds nothing in the real library", () => {
    expect(
      readLibrary().problems.filter((problem) => problem.message.includes("levels deep")),
    ).toEqual([]);
  });
});
