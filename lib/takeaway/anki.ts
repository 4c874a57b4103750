/**
 * Anki's plain-text import: one note per line, fields separated by tabs, with the header lines Anki
 * 2.1.55+ reads (older versions skip lines starting with `#`). Fields are HTML (`#html:true`), so a
 * tab or line break inside a field travels as a character reference (`&#9;`, `&#10;`): the line stays
 * one note and the text Anki shows is unchanged. The question id is the note's GUID, so importing a
 * newer file updates the cards a learner already has instead of duplicating them.
 */

export type AnkiCard = {
  /** The question's stable id. */
  id: string;
  /** Plain text: the question. */
  front: string;
  /** Sanitised HTML: the answer side. */
  backHtml: string;
  /** Slugs (no spaces: Anki separates tags with spaces). */
  tags: readonly string[];
};

export const ankiColumns = ["GUID", "Front", "Back", "Tags"] as const;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** HTML into one TSV field: no raw tab or line break, and no leading quote (Anki would read a quoted field). */
export function encodeHtmlField(html: string): string {
  return html
    .replace(/\t/g, "&#9;")
    .replace(/\r\n|\r|\n/g, "&#10;")
    .replace(/^"/, "&quot;");
}

/** Plain text into one TSV field: escaped as HTML, line breaks shown as line breaks. */
export function encodePlainTextField(text: string): string {
  return encodeHtmlField(escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>"));
}

export function buildAnkiTsv(cards: readonly AnkiCard[], deck: string): string {
  const header = [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    `#deck:${deck.replace(/[\r\n\t]+/g, " ")}`,
    "#guid column:1",
    "#tags column:4",
    `#columns:${ankiColumns.join("\t")}`,
  ];
  const rows = cards.map((card) =>
    [
      encodePlainTextField(card.id),
      encodePlainTextField(card.front),
      encodeHtmlField(card.backHtml),
      card.tags.map((tag) => tag.replace(/\s+/g, "-")).join(" "),
    ].join("\t"),
  );
  return `${[...header, ...rows].join("\n")}\n`;
}

export type ParsedAnkiRow = { id: string; frontHtml: string; backHtml: string; tags: string[] };

/** Reads a file written by buildAnkiTsv back into rows (HTML fields with the transport escapes undone). */
export function parseAnkiTsv(tsv: string): { headers: Map<string, string>; rows: ParsedAnkiRow[] } {
  const headers = new Map<string, string>();
  const rows: ParsedAnkiRow[] = [];
  for (const line of tsv.split("\n")) {
    if (line === "") continue;
    if (line.startsWith("#")) {
      const separator = line.indexOf(":");
      headers.set(line.slice(1, separator), line.slice(separator + 1));
      continue;
    }
    const fields = line.split("\t");
    if (fields.length !== ankiColumns.length)
      throw new Error(
        `expected ${ankiColumns.length} fields, found ${fields.length}: ${line.slice(0, 80)}`,
      );
    const [id = "", front = "", back = "", tags = ""] = fields.map(decodeTransportEscapes);
    rows.push({ id, frontHtml: front, backHtml: back, tags: tags.split(" ").filter(Boolean) });
  }
  return { headers, rows };
}

function decodeTransportEscapes(field: string): string {
  return field.replace(/&#9;/g, "\t").replace(/&#10;/g, "\n");
}

/** The plain text an HTML field shows (for checks): tags dropped, `<br>` as a line break, entities decoded. */
export function ankiFieldText(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#9;/g, "\t")
    .replace(/&#10;/g, "\n")
    .replace(/&amp;/g, "&");
}
