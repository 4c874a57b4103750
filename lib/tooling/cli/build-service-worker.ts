/**
 * Runs in `npm run build` after the inline scripts are pinned (so each page's revision is its final
 * bytes) and before precompression: bundles the service worker (lib/offline/worker) with esbuild,
 * lets Serwist's injectManifest write out/sw.js with the precache list (URL + content revision) taken
 * from out/, and writes out/offline-library.json, the pages a learner can save all at once.
 *
 *   tsx lib/tooling/cli/build-service-worker.ts [--dir out]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";
import { megabytes, offlineLibraryPath } from "../../offline/offline-messages";
import { offlineLibrary, precachePatterns } from "../host/offline-precache";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const outDir = path.resolve(dirIndex >= 0 ? (args[dirIndex + 1] ?? "out") : "out");
const bundled = path.resolve(".cache/service-worker/sw.js");

async function main(): Promise<void> {
  mkdirSync(path.dirname(bundled), { recursive: true });
  await build({
    entryPoints: [path.resolve("lib/offline/worker/service-worker.ts")],
    outfile: bundled,
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2022",
    legalComments: "none",
    // Serwist's development logging sits behind this check; a worker has no `process`.
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });

  // Written first: the page that offers to save the library reads it offline, from the precache.
  const library = offlineLibrary(outDir);
  writeFileSync(path.join(outDir, offlineLibraryPath.slice(1)), JSON.stringify(library));

  const result = await injectManifest({
    swSrc: bundled,
    swDest: path.join(outDir, "sw.js"),
    globDirectory: outDir,
    globPatterns: precachePatterns,
    // Hashed file names already change with their content.
    dontCacheBustURLsMatching: /^_next\/static\//,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  for (const warning of result.warnings) console.warn(`service worker: ${warning}`);

  console.log(
    `Service worker: ${result.count} files precached (${megabytes(result.size)}); ${library.pages.length} more pages (${megabytes(library.bytes)}) can be saved for offline reading.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
