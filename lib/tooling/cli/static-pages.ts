/**
 * Runs in `npm run build` straight after `next build` (before the inline scripts are pinned, the
 * service worker's precache list is taken and the .gz copies are written): bundles the page module
 * (components/islands/page-entry.ts: the page behaviours, the island mounter, the search dialog and
 * each island as chunks of their own) into out/_next/static/leadwise/, then gives every page that
 * module in place of Next's runtime and payload, with the chunks of the islands it holds preloaded
 * (lib/tooling/host/static-page-html.ts). A page holding a client component that is not an island
 * fails the build, naming both.
 *
 *   tsx lib/tooling/cli/static-pages.ts [--dir out]
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { filesBelow } from "../host/out-files";
import { hasFrameworkPayload, pageIslands, toStaticPage } from "../host/static-page-html";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const root = path.resolve(dirIndex >= 0 ? (args[dirIndex + 1] ?? "out") : "out");
const bundleDir = path.join(root, "_next/static/leadwise");

type Bundle = { entry: string; outputs: Metafile["outputs"] };

async function bundlePageModule(): Promise<Bundle> {
  rmSync(bundleDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [path.resolve("components/islands/page-entry.ts")],
    outdir: bundleDir,
    entryNames: "page-[hash]",
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2022",
    jsx: "automatic",
    legalComments: "none",
    // As in Next's client bundles: only NODE_ENV is known in the browser, other variables are unset.
    define: { "process.env.NODE_ENV": '"production"', "process.env": "{}" },
    metafile: true,
    logLevel: "warning",
  });
  const entry = Object.entries(result.metafile.outputs).find(
    ([, output]) => output.entryPoint === "components/islands/page-entry.ts",
  );
  if (!entry) throw new Error("esbuild wrote no output for components/islands/page-entry.ts");
  return { entry: entry[0], outputs: result.metafile.outputs };
}

const urlOf = (file: string) =>
  `/${path.relative(root, path.resolve(file)).split(path.sep).join("/")}`;

/** `file` and every chunk it imports statically, transitively, in load order. */
function withStaticImports(bundle: Bundle, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const imports = bundle.outputs[file]?.imports ?? [];
  return [
    file,
    ...imports
      .filter((imported) => imported.kind === "import-statement")
      .flatMap((imported) => withStaticImports(bundle, imported.path, seen)),
  ];
}

/** The chunk that exports each island component (its dynamic import in components/islands/mount.tsx). */
function islandChunks(bundle: Bundle): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const [file, output] of Object.entries(bundle.outputs))
    if (output.entryPoint?.startsWith("components/") && file !== bundle.entry)
      for (const name of output.exports) chunks.set(name, file);
  return chunks;
}

/** The chunk of components/islands/mount.tsx, which a page with islands imports first. */
function mounterChunk(bundle: Bundle): string {
  const found = Object.entries(bundle.outputs).find(
    ([, output]) => output.entryPoint === "components/islands/mount.tsx",
  );
  if (!found) throw new Error("esbuild wrote no chunk for components/islands/mount.tsx");
  return found[0];
}

function report(bundle: Bundle): void {
  const gzip = (file: string) => gzipSync(readFileSync(file)).length;
  const kb = (files: string[]) =>
    `${(files.reduce((sum, file) => sum + gzip(file), 0) / 1024).toFixed(1)} KB gzip`;
  console.log(`Page module: ${kb(withStaticImports(bundle, bundle.entry))} on every page.`);
}

async function main(): Promise<void> {
  const bundle = await bundlePageModule();
  report(bundle);
  const chunks = islandChunks(bundle);
  const mounter = mounterChunk(bundle);
  const shared = withStaticImports(bundle, bundle.entry);
  const problems: string[] = [];
  let pages = 0;
  let withIslands = 0;
  for (const file of filesBelow(root, ["_next", "pagefind"])) {
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(file, "utf8");
    if (!hasFrameworkPayload(html)) continue;
    const { islands, unboxed } = pageIslands(html);
    const unknown = [...unboxed, ...islands.filter((name) => !chunks.has(name))];
    if (unknown.length > 0) {
      problems.push(
        `${path.relative(root, file)} renders ${unknown.join(", ")} outside an island: render client components through <Island> (components/islands/island.tsx, and its loader in mount.tsx)`,
      );
      continue;
    }
    const seen = new Set(shared);
    const islandFiles =
      islands.length === 0
        ? []
        : [mounter, ...islands.map((name) => chunks.get(name) ?? "")].flatMap((file) =>
            withStaticImports(bundle, file, seen),
          );
    const preloads = [...shared.slice(1), ...islandFiles].map(urlOf);
    writeFileSync(file, toStaticPage(html, { src: urlOf(bundle.entry), preloads }));
    pages += 1;
    if (islands.length > 0) withIslands += 1;
  }
  if (problems.length > 0)
    throw new Error(`Pages with unknown islands:\n  ${problems.join("\n  ")}`);
  console.log(
    `Static pages: ${pages} served without Next's runtime, ${withIslands} of them with islands.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
