import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readLibrary } from "../../lib/content/load";
import { pageTypes, type PageType } from "../../lib/tooling/bench/page-types";
import { htmlFileFor } from "../../lib/tooling/bench/page-weight";

export const outDir = "out";

export type BuiltPage = { urlPath: string; file: string; html: string };

/** Every HTML page of the export (the 404 pages included), as the URL path a visitor would use. */
export function builtHtmlPages(root: string = outDir): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "_next" && entry.name !== "pagefind") walk(absolute);
      } else if (entry.name.endsWith(".html")) {
        const relative = path
          .relative(root, absolute)
          .split(path.sep)
          .join("/")
          .replace(/\.html$/, "");
        pages.push({
          urlPath: relative === "index" ? "/" : `/${relative}`,
          file: absolute,
          html: readFileSync(absolute, "utf8"),
        });
      }
    }
  };
  walk(root);
  return pages;
}

/** One page of each type, split into those the export has and those not built yet. */
export function samplePages(): { built: (PageType & { file: string })[]; notBuilt: PageType[] } {
  const types = pageTypes(readLibrary().library);
  const built = types.flatMap((type) => {
    const file = htmlFileFor(outDir, type.urlPath);
    return existsSync(file) ? [{ ...type, file }] : [];
  });
  return { built, notBuilt: types.filter((type) => !built.some((page) => page.id === type.id)) };
}
