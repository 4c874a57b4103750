import { statSync } from "node:fs";
import path from "node:path";
import { filesBelow } from "../host/out-files";

/**
 * What a deploy of `out/` uploads, by kind: static hosts cap a deploy's file count and size (Cloudflare
 * Pages: 20,000 files; Netlify and others by size), so the bench counts every file, the build's own
 * `.gz` copies included, rather than only the HTML pages.
 */

export type FileTally = { files: number; bytes: number };

export const outKinds = [
  "HTML pages",
  "RSC payloads (.txt)",
  "Open Graph images",
  "scripts and styles (_next/)",
  "search index (pagefind/)",
  "gzip copies (.gz)",
  "other",
] as const;

export type OutKind = (typeof outKinds)[number];

export type OutInventory = {
  total: FileTally;
  gzipCopies: FileTally;
  byKind: (FileTally & { kind: OutKind })[];
};

/** The kind of one file, by its path relative to `out/` (with `/` separators). */
export function outKind(relative: string): OutKind {
  if (relative.endsWith(".gz")) return "gzip copies (.gz)";
  if (relative.startsWith("_next/")) return "scripts and styles (_next/)";
  if (relative.startsWith("pagefind/")) return "search index (pagefind/)";
  if (/(^|\/)opengraph-image[^/]*$/.test(relative) || relative.startsWith("og/"))
    return "Open Graph images";
  if (relative.endsWith(".html")) return "HTML pages";
  if (relative.endsWith(".txt") && relative !== "robots.txt") return "RSC payloads (.txt)";
  return "other";
}

export function inventoryOut(outDir: string): OutInventory {
  const byKind = outKinds.map((kind) => ({ kind, files: 0, bytes: 0 }));
  const total: FileTally = { files: 0, bytes: 0 };
  for (const file of filesBelow(outDir)) {
    const bytes = statSync(file).size;
    const kind = outKind(path.relative(outDir, file).split(path.sep).join("/"));
    for (const tally of [byKind[outKinds.indexOf(kind)], total]) {
      if (!tally) continue;
      tally.files += 1;
      tally.bytes += bytes;
    }
  }
  const gzip = byKind.find((tally) => tally.kind === "gzip copies (.gz)");
  return { total, gzipCopies: { files: gzip?.files ?? 0, bytes: gzip?.bytes ?? 0 }, byKind };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function inventoryTable(inventory: OutInventory): string {
  return [
    "| files in out/ | count | size |",
    "| --- | --- | --- |",
    ...inventory.byKind.map(
      ({ kind, files, bytes }) => `| ${kind} | ${files} | ${megabytes(bytes)} |`,
    ),
    `| **all** | **${inventory.total.files}** | **${megabytes(inventory.total.bytes)}** |`,
  ].join("\n");
}
