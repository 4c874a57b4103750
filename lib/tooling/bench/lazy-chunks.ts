import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bytesOf, sumBytes, type AssetWeight, type Bytes } from "./page-weight";

/**
 * Code a page fetches later, on demand (a dynamic import), is in no page's HTML, so the page weight
 * does not see it. It is found by what it contains: each chunk in the export that holds every
 * marker string is one copy of that code (the bundler gives each page that imports it its own), less
 * any chunk the page already loads. `largest` is what one page fetches.
 */
export function lazyChunks(
  outDir: string,
  markers: readonly string[],
  loadedWithPage: readonly string[] = [],
): { scripts: AssetWeight[]; largest: Bytes } {
  const directory = path.join(outDir, "_next", "static", "chunks");
  const loaded = new Set(loadedWithPage);
  const scripts = readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".js"))
    .map((name) => `/_next/static/chunks/${name.split(path.sep).join("/")}`)
    .filter((file) => !loaded.has(file))
    .flatMap((file) => {
      const content = readFileSync(path.join(outDir, file));
      const text = content.toString("utf8");
      return markers.every((marker) => text.includes(marker))
        ? [{ file, ...bytesOf(content) }]
        : [];
    });
  const largest = scripts.reduce<Bytes>(
    (top, script) => (script.gzip > top.gzip ? { raw: script.raw, gzip: script.gzip } : top),
    sumBytes([]),
  );
  return { scripts, largest };
}

/**
 * Strings that only the answer feedback's code contains: the analysis itself, the sentence
 * splitter and the stemmer it brings. Together they are what a candidate's browser fetches on the
 * first keystroke in an answer box.
 */
export const answerFeedbackMarkers = [
  "Interviewers hire you, not your team",
  "PairMark",
  "biliti",
] as const;
