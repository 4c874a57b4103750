import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findLibraryProblems, linkViewOfGuide, linkViewOfRaw, linkViewOfRole, type Library } from "./library";
import { parseGuideSource, parseRoleSource, type Guide, type ParseResult, type Role } from "./parse";
import { ContentError, type ContentProblem } from "./problems";

/**
 * The only module that reads `content/`. Pages call the data verbs below; nothing else touches fs.
 * `LEADWISE_CONTENT_DIR` points it elsewhere (the benchmark's generated library, hostile fixtures).
 */

const MAX_FILE_BYTES = 1024 * 1024;

export function contentDirectory(): string {
  return path.resolve(process.env.LEADWISE_CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

/** Reads and validates everything, returning every problem instead of stopping at the first. */
export function readLibrary(root: string = contentDirectory()): { library: Library; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const guides = readFolder(root, "guides", parseGuideSource, problems);
  const roles = readFolder(root, "roles", parseRoleSource, problems);
  const library = { guides: guides.values, roles: roles.values };
  const pages = [
    ...library.guides.map(linkViewOfGuide),
    ...library.roles.map(linkViewOfRole),
    ...guides.invalid.map(({ file, raw }) => linkViewOfRaw("guide", file, raw)),
    ...roles.invalid.map(({ file, raw }) => linkViewOfRaw("role", file, raw)),
  ];
  problems.push(...findLibraryProblems(pages, { guides: guides.slugs, roles: roles.slugs }));
  return { library, problems };
}

function readFolder<T>(
  root: string,
  folder: string,
  parse: (file: string, source: string) => ParseResult<T>,
  problems: ContentProblem[],
): { values: T[]; slugs: string[]; invalid: { file: string; raw: Record<string, unknown> }[] } {
  const directory = path.join(root, folder);
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith(".md")).sort();
  } catch {
    problems.push({ file: displayPath(directory), path: "(folder)", message: "the folder could not be read; it must exist and hold one .md file per page" });
    return { values: [], slugs: [], invalid: [] };
  }
  const values: T[] = [];
  const invalid: { file: string; raw: Record<string, unknown> }[] = [];
  for (const name of names) {
    const absolute = path.join(directory, name);
    const file = displayPath(absolute);
    const size = statSync(absolute).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({ file, path: "(file)", message: `is ${(size / 1024 / 1024).toFixed(1)} MB; a content file may be at most 1 MB (split it, or move material out)` });
      continue;
    }
    let source: string;
    try {
      source = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(absolute));
    } catch {
      problems.push({ file, path: "(file)", message: "is not valid UTF-8; save it as UTF-8" });
      continue;
    }
    const result = parse(file, source);
    if (result.ok) values.push(result.value);
    else {
      problems.push(...result.problems);
      if (result.raw) invalid.push({ file, raw: result.raw });
    }
  }
  return { values, slugs: names.map((name) => name.replace(/\.md$/, "")), invalid };
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith("..") ? absolute : relative.split(path.sep).join("/");
}

// Next loads page routes and metadata routes as separate module instances; caching on globalThis
// keeps the library parsed once per build process instead of once per instance.
const cacheKey = Symbol.for("leadwise.library");
type LibraryCache = { root: string; library: Library };
const globalCache = globalThis as typeof globalThis & { [cacheKey]?: LibraryCache };

/** The validated library. Throws a ContentError listing every problem, which fails the build. */
export function getLibrary(): Library {
  const root = contentDirectory();
  const cached = globalCache[cacheKey];
  if (cached && cached.root === root && process.env.NODE_ENV === "production") return cached.library;
  const { library, problems } = readLibrary(root);
  if (problems.length > 0) throw new ContentError(problems);
  globalCache[cacheKey] = { root, library };
  return library;
}

export function getAllGuides(): Guide[] {
  return [...getLibrary().guides].sort((a, b) => a.title.localeCompare(b.title));
}

export function getGuideSlugs(): string[] {
  return getLibrary().guides.map((guide) => guide.slug);
}

export function getGuideBySlug(slug: string): Guide | undefined {
  return getLibrary().guides.find((guide) => guide.slug === slug);
}

export function getAllRoles(): Role[] {
  return [...getLibrary().roles].sort((a, b) => a.title.localeCompare(b.title));
}

export function getRoleSlugs(): string[] {
  return getLibrary().roles.map((role) => role.slug);
}

export function getRoleBySlug(slug: string): Role | undefined {
  return getLibrary().roles.find((role) => role.slug === slug);
}
