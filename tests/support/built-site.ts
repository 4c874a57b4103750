import { existsSync, readFileSync } from "node:fs";
import { readLibrary } from "../../lib/content/load";
import { pageTypes, type PageType } from "../../lib/tooling/bench/page-types";
import { htmlFileFor } from "../../lib/tooling/bench/page-weight";
import { filesBelow, htmlUrlPath } from "../../lib/tooling/host/out-files";

export const outDir = "out";

export type BuiltPage = { urlPath: string; file: string; html: string };

/** Every HTML page of the export (the 404 pages included), as the URL path a visitor would use. */
export function builtHtmlPages(root: string = outDir): BuiltPage[] {
  return filesBelow(root, ["_next", "pagefind"])
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({ urlPath: htmlUrlPath(root, file), file, html: readFileSync(file, "utf8") }));
}

/** Pages shown in place of another (the 404 and offline pages): not linked, indexed or in the sitemap. */
const standInPages = new Set(["/404", "/_not-found", "/offline"]);

/** Every page a visitor reaches by a link: each has its own title, canonical URL and sitemap entry. */
export function linkedHtmlPages(root: string = outDir): BuiltPage[] {
  return builtHtmlPages(root).filter((page) => !standInPages.has(page.urlPath));
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
