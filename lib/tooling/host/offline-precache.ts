import { statSync } from "node:fs";
import path from "node:path";
import type { OfflineLibrary } from "../../offline/offline-messages";
import { filesBelow, htmlUrlPath } from "./out-files";

/**
 * What the service worker precaches from out/, and what it leaves for the learner to open (or to
 * save all at once). The precache is everything a visit needs to practise, plan and keep progress
 * offline: every script and style of this deploy, the pages that read browser storage, the practice
 * banks, the offline page and the install icons. Guides, roles and question pages are cached when
 * opened, because the whole library is tens of megabytes.
 */
export const precachedPages = [
  "index",
  "practice",
  "progress",
  "stories",
  "plan",
  "offline",
  "404",
];

export const precachePatterns = [
  "_next/static/**/*.{js,css,woff2,svg}",
  `{${precachedPages.join(",")}}.html`,
  "api/practice/*.json",
  "manifest.webmanifest",
  "offline-library.json",
  "icon.svg",
  "icons/*.png",
];

/** Pages not precached: their clean URLs (as the site links them) and their total size in bytes. */
export function offlineLibrary(outDir: string): OfflineLibrary {
  const skipped = new Set(["_not-found.html", ...precachedPages.map((page) => `${page}.html`)]);
  const pages: string[] = [];
  let bytes = 0;
  for (const file of filesBelow(outDir, ["_next", "pagefind"]).sort()) {
    const relative = path.relative(outDir, file).split(path.sep).join("/");
    if (!relative.endsWith(".html") || skipped.has(relative)) continue;
    pages.push(htmlUrlPath(outDir, file));
    bytes += statSync(file).size;
  }
  return { pages, bytes };
}
