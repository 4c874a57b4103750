import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The characters a TrueType font has glyphs for, read from its `cmap` table. next/og draws cards with
 * the Geist font it ships; for any character outside it, it downloads a font or an emoji image from
 * the web at build time. The build must never touch the network, so card text is first reduced to
 * the characters this set holds.
 */
export function readCoveredCodePoints(font: Buffer): Set<number> {
  const tableCount = font.readUInt16BE(4);
  let cmapOffset = -1;
  for (let index = 0; index < tableCount; index += 1) {
    const record = 12 + index * 16;
    if (font.toString("latin1", record, record + 4) === "cmap")
      cmapOffset = font.readUInt32BE(record + 8);
  }
  if (cmapOffset < 0) throw new Error("The font has no cmap table");
  const subtables: { format: number; offset: number }[] = [];
  const subtableCount = font.readUInt16BE(cmapOffset + 2);
  for (let index = 0; index < subtableCount; index += 1) {
    const record = cmapOffset + 4 + index * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    // Unicode subtables only: Windows BMP (3,1), Windows full (3,10), or the Unicode platform (0,*).
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      const offset = cmapOffset + font.readUInt32BE(record + 4);
      subtables.push({ format: font.readUInt16BE(offset), offset });
    }
  }
  const covered = new Set<number>();
  for (const { format, offset } of subtables) {
    if (format === 4) readFormat4(font, offset, covered);
    else if (format === 12) readFormat12(font, offset, covered);
  }
  if (covered.size === 0)
    throw new Error("The font has no Unicode cmap subtable of format 4 or 12");
  return covered;
}

function readFormat4(font: Buffer, offset: number, covered: Set<number>): void {
  const segments = font.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const end = font.readUInt16BE(ends + segment * 2);
    const start = font.readUInt16BE(starts + segment * 2);
    const delta = font.readInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      const glyph =
        rangeOffset === 0
          ? (code + delta) & 0xffff
          : font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2);
      if (glyph !== 0) covered.add(code);
    }
  }
}

function readFormat12(font: Buffer, offset: number, covered: Set<number>): void {
  const groups = font.readUInt32BE(offset + 12);
  for (let group = 0; group < groups; group += 1) {
    const record = offset + 16 + group * 12;
    const start = font.readUInt32BE(record);
    const end = font.readUInt32BE(record + 4);
    const firstGlyph = font.readUInt32BE(record + 8);
    for (let code = start; code <= end; code += 1)
      if (firstGlyph + (code - start) !== 0) covered.add(code);
  }
}

/** next/og's bundled font, found from the working directory up (the bench builds a copy elsewhere). */
export function findOgFontFile(from: string = process.cwd()): string {
  const relative = path.join(
    "node_modules",
    "next",
    "dist",
    "compiled",
    "@vercel",
    "og",
    "Geist-Regular.ttf",
  );
  for (let directory = path.resolve(from); ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, relative);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(directory) === directory)
      throw new Error(`Could not find ${relative} above ${from}; is next installed?`);
  }
}

const cacheKey = Symbol.for("leadwise.ogFontCoverage");
const cache = globalThis as typeof globalThis & { [cacheKey]?: Set<number> };

export function ogFontCoverage(): Set<number> {
  cache[cacheKey] ??= readCoveredCodePoints(readFileSync(findOgFontFile()));
  return cache[cacheKey];
}

/**
 * The text with every character the font cannot draw removed (an emoji, a CJK title), spaces folded.
 * Nothing is left for next/og to fetch; a title made only of such characters falls back to `fallback`.
 */
export function drawableText(text: string, covered: ReadonlySet<number>, fallback: string): string {
  const kept = [...text]
    .filter((character) => /\s/u.test(character) || covered.has(character.codePointAt(0) ?? -1))
    .join("");
  const folded = kept.replace(/\s+/gu, " ").trim();
  return folded === "" ? fallback : folded;
}
