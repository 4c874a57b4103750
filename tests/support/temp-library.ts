import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import {
  syntheticGuide,
  syntheticRole,
  toMarkdownFile,
} from "../../lib/tooling/bench/synthetic-content";

const created: string[] = [];
afterEach(() => {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
});

type Frontmatter = Record<string, unknown>;

/**
 * A small valid library on disk (three guides, one role) that a test then breaks on purpose.
 * `edit` receives each guide's frontmatter and body by slug and may change them.
 */
export function writeLibrary(
  edit: (slug: string, file: { frontmatter: Frontmatter; body: string }) => void = () => {},
): string {
  const root = mkdtempSync(path.join(tmpdir(), "leadwise-content-"));
  created.push(root);
  const slugs = ["alpha-skill", "beta-skill", "gamma-skill"];
  const files = slugs.map((slug) => {
    const file = syntheticGuide(slug, {
      relatedSkills: slugs.filter((other) => other !== slug),
      relatedRoles: ["role-a"],
    });
    edit(slug, file);
    return [slug, file] as const;
  });
  mkdirSync(path.join(root, "guides"));
  mkdirSync(path.join(root, "roles"));
  for (const [slug, file] of files)
    writeFileSync(path.join(root, "guides", `${slug}.md`), toMarkdownFile(file));
  writeFileSync(
    path.join(root, "roles", "role-a.md"),
    toMarkdownFile(syntheticRole("role-a", slugs)),
  );
  return root;
}

export function writeRawGuide(root: string, slug: string, source: string | Buffer): void {
  writeFileSync(path.join(root, "guides", `${slug}.md`), source);
}
