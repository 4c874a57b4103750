import { describe, expect, it } from "vitest";
import { getLibrary } from "@/lib/content/load";
import { markdownToPlainText } from "@/lib/content/markdown";
import { ankiFieldText, buildAnkiTsv, encodeHtmlField, parseAnkiTsv } from "@/lib/takeaway/anki";
import { guideAnkiFile, libraryAnkiFile } from "@/lib/takeaway/library-files";

const library = getLibrary();
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

describe("a guide's Anki file", () => {
  const guide =
    library.guides.find((candidate) => candidate.slug === "architecture-decisions") ??
    library.guides[0];
  if (!guide) throw new Error("the library has no guides");
  const tsv = guideAnkiFile(library, guide.slug) ?? "";
  const { headers, rows } = parseAnkiTsv(tsv);

  it("tells Anki how to read it: tab-separated HTML, the id as GUID, tags in column 4", () => {
    expect(headers.get("separator")).toBe("tab");
    expect(headers.get("html")).toBe("true");
    expect(headers.get("guid column")).toBe("1");
    expect(headers.get("tags column")).toBe("4");
    expect(headers.get("deck")).toBe(`Leadwise::${guide.title}`);
  });

  it("has one line per question, each with exactly four fields", () => {
    const lines = tsv.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
    expect(lines).toHaveLength(guide.questions.length);
    for (const line of lines) expect(line.split("\t")).toHaveLength(4);
    expect(rows.map((row) => row.id)).toEqual(guide.questions.map((question) => question.id));
  });

  it("carries each question, its strong answer and its tags", () => {
    guide.questions.forEach((question, index) => {
      const row = rows[index];
      expect(ankiFieldText(row?.frontHtml ?? "")).toBe(question.question);
      const back = normalise(ankiFieldText(row?.backHtml ?? ""));
      expect(back).toContain(normalise(markdownToPlainText(question.strongAnswer)).slice(0, 200));
      for (const signal of question.signals) expect(back).toContain(normalise(signal));
      expect(row?.tags).toEqual(expect.arrayContaining(["leadwise", guide.slug, ...question.tags]));
    });
  });
});

describe("the whole library's Anki file", () => {
  it("has every question of every guide and role, once", () => {
    const { rows } = parseAnkiTsv(libraryAnkiFile(library));
    const expected = [...library.guides, ...library.roles].flatMap((page) =>
      page.questions.map((question) => question.id),
    );
    expect(rows.map((row) => row.id).sort()).toEqual([...expected].sort());
  });
});

describe("TSV escaping", () => {
  const awkward = {
    id: "awkward",
    front: '"Quoted" question with a\ttab,\na newline & <angle> brackets',
    backHtml:
      '<p>Line one\nline two\twith a tab</p>\n<pre><code>a\n\tb</code></pre><a href="https://example.com">link</a>',
    tags: ["one", "two"],
  };
  const tsv = buildAnkiTsv([awkward], "Test");

  it("keeps every note on one line, whatever its text holds", () => {
    const lines = tsv.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.split("\t")).toHaveLength(4);
    // Anki reads a field that starts with a double quote as a quoted CSV field.
    for (const field of lines[0]?.split("\t") ?? []) expect(field.startsWith('"')).toBe(false);
  });

  it("parses back to the same text and HTML", () => {
    const [row] = parseAnkiTsv(tsv).rows;
    expect(ankiFieldText(row?.frontHtml ?? "")).toBe(awkward.front);
    expect(row?.backHtml).toBe(awkward.backHtml);
    expect(row?.tags).toEqual(["one", "two"]);
  });

  it("escapes HTML fields only where TSV needs it", () => {
    expect(encodeHtmlField('"a"\tb\r\nc')).toBe('&quot;a"&#9;b&#10;c');
  });
});
