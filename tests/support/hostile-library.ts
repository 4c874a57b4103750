import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { syntheticGuide, toMarkdownFile } from "../../lib/tooling/bench/synthetic-content";
import { writeLibrary, writeRawGuide } from "./temp-library";

/**
 * Hostile guides for tests: an overlay from tests/fixtures/hostile/ applied to a valid generated
 * guide (see the README there), written next to a small valid library in a temp folder.
 */

export const hostileFixtureDir = path.join("tests", "fixtures", "hostile");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Patch over base: objects field by field, arrays entry by entry (extra patch entries appended). */
function overlay(base: unknown, patch: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(patch)) {
    return [
      ...(base as unknown[]).map((item, index) =>
        index < patch.length ? overlay(item, patch[index] as unknown) : item,
      ),
      ...(patch as unknown[]).slice(base.length),
    ];
  }
  if (isRecord(base) && isRecord(patch)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) merged[key] = overlay(base[key], value);
    return merged;
  }
  return patch === undefined ? base : patch;
}

/** `## Heading` -> section text, in order. */
function sectionsOf(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | null = null;
  for (const line of body.split("\n")) {
    const heading = /^##\s+(.+?)\s*$/.exec(line)?.[1];
    if (heading) {
      current = heading;
      sections.set(current, "");
    } else if (current !== null) sections.set(current, `${sections.get(current) ?? ""}${line}\n`);
  }
  return sections;
}

/** A complete guide file: the generated guide `slug` with the overlay's fields and sections in place. */
export function guideWithOverlay(slug: string, overlaySource: string): string {
  const base = syntheticGuide(slug, { relatedSkills: ["alpha-skill"], relatedRoles: ["role-a"] });
  const patch = matter(overlaySource, {});
  const frontmatter = overlay(base.frontmatter, patch.data);
  if (!isRecord(frontmatter)) throw new Error("overlay frontmatter must be a mapping");
  frontmatter.slug = slug;
  const sections = sectionsOf(base.body);
  for (const [heading, text] of sectionsOf(patch.content)) sections.set(heading, text);
  const body = [...sections]
    .map(([heading, text]) => `## ${heading}\n\n${text.trim()}`)
    .join("\n\n");
  return toMarkdownFile({ frontmatter, body });
}

export function readHostileFixture(name: string): string {
  return readFileSync(path.join(hostileFixtureDir, `${name}.md`), "utf8");
}

/** A valid three-guide library plus the given guide files (text or raw bytes), by slug. */
export function writeLibraryWith(guides: Record<string, string | Buffer>): string {
  const root = writeLibrary();
  for (const [slug, source] of Object.entries(guides)) writeRawGuide(root, slug, source);
  return root;
}
