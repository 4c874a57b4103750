/**
 * Runs in `npm run build` straight after `next build` (before the inline scripts are pinned, the
 * service worker's precache list is taken and the .gz copies are written): bundles the reading-page
 * behaviours (lib/page-behaviours/reading-page.ts, the search dialog as a chunk of its own) into
 * out/_next/static/leadwise/ and turns every page with no island of its own into a reading page
 * (lib/tooling/host/reading-page-html.ts).
 *
 *   tsx lib/tooling/cli/reading-pages.ts [--dir out]
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { filesBelow } from "../host/out-files";
import {
  hasFrameworkPayload,
  islandsOf,
  toReadingPage,
  type BehavioursModule,
} from "../host/reading-page-html";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const root = path.resolve(dirIndex >= 0 ? (args[dirIndex + 1] ?? "out") : "out");
const bundleDir = path.join(root, "_next/static/leadwise");

async function bundleBehaviours(): Promise<BehavioursModule> {
  rmSync(bundleDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [path.resolve("lib/page-behaviours/reading-page.ts")],
    outdir: bundleDir,
    entryNames: "reading-page-[hash]",
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2022",
    jsx: "automatic",
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    metafile: true,
    logLevel: "warning",
  });
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint);
  if (!entry) throw new Error("esbuild wrote no entry for the reading-page behaviours");
  const [entryFile, entryOutput] = entry;
  const urlOf = (file: string) =>
    `/${path.relative(root, path.resolve(file)).split(path.sep).join("/")}`;
  const gzip = (file: string) => gzipSync(readFileSync(file)).length;
  const chunks = Object.keys(result.metafile.outputs).filter((file) => file !== entryFile);
  console.log(
    `Reading-page behaviours: ${(gzip(entryFile) / 1024).toFixed(1)} KB gzip; search on first use: ${(chunks.reduce((sum, file) => sum + gzip(file), 0) / 1024).toFixed(1)} KB gzip.`,
  );
  return {
    src: urlOf(entryFile),
    imports: entryOutput.imports
      .filter((imported) => imported.kind === "import-statement")
      .map((imported) => urlOf(imported.path)),
  };
}

async function main(): Promise<void> {
  const behaviours = await bundleBehaviours();
  let reading = 0;
  let withIslands = 0;
  for (const file of filesBelow(root, ["_next", "pagefind"])) {
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(file, "utf8");
    if (!hasFrameworkPayload(html)) continue;
    if (islandsOf(html).length > 0) {
      withIslands += 1;
      continue;
    }
    writeFileSync(file, toReadingPage(html, behaviours));
    reading += 1;
  }
  console.log(
    `Reading pages: ${reading} ship no framework; ${withIslands} pages with islands hydrate with React.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
