import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The folder boundaries a newcomer relies on: the site (app/, components/) never pulls in build
 * tooling, nothing but tests imports from tests/, practice and stories stay independent, and no
 * component grows past a screenful or two.
 */

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(absolute);
    return /\.(ts|tsx)$/.test(entry.name) ? [absolute] : [];
  });
}

/** Every module a file imports (static, dynamic and side-effect imports), resolved to a project path. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [
    ...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g),
  ].map((match) => match[1] ?? "");
  return specifiers.map((specifier) => {
    if (specifier.startsWith("@/")) return specifier.slice(2);
    if (specifier.startsWith("."))
      return path
        .relative(process.cwd(), path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join("/");
    return specifier;
  });
}

const importing = (folders: string[], target: RegExp) =>
  folders.flatMap(sourceFiles).flatMap((file) =>
    importsOf(file)
      .filter((imported) => target.test(imported))
      .map((imported) => `${file} imports ${imported}`),
  );

describe("the code's boundaries", () => {
  it("keeps build and developer tooling out of the site", () => {
    expect(importing(["app", "components"], /^lib\/tooling\//)).toEqual([]);
  });

  it("lets nothing outside tests/ import from tests/", () => {
    expect(importing(["app", "components", "lib"], /^tests\//)).toEqual([]);
  });

  it("keeps practice and stories independent of each other", () => {
    expect(importing(["lib/practice"], /^lib\/stories\//)).toEqual([]);
    expect(importing(["lib/stories"], /^lib\/practice\//)).toEqual([]);
  });

  it("keeps every component under 200 lines", () => {
    const long = sourceFiles("components")
      .map((file) => ({ file, lines: readFileSync(file, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 200)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
