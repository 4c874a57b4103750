/**
 * Runs in `npm run build` straight after `next build` (before the inline scripts are pinned, the
 * service worker's precache list is taken and the .gz copies are written): bundles the page module
 * (components/islands/page-entry.ts: the page behaviours, in one file) and what it loads on demand
 * (the island mounter, each island and the search dialog, as chunks) into
 * out/_next/static/leadwise/, then gives every page that module in place of Next's runtime and
 * payload, with the chunks of the islands it holds preloaded (lib/tooling/host/static-page-html.ts).
 * A page holding a client component that is not an island fails the build, naming both.
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

const pageEntry = "components/islands/page-entry.ts";
/** What the page module imports on demand, each by the specifier page-entry.ts writes. */
const lazyEntries = {
  "./mount": "components/islands/mount.tsx",
  "../search/standalone-search": "components/search/standalone-search.tsx",
} as const;

/**
 * Modules both builds hold, a copy in each: safe only while they keep no module state (a store, a
 * listener list, a cache), which two copies would split in two. A module not listed here that ends
 * up in both fails the build: check it, then list it, or import it from one side only.
 */
const statelessInBoth = new Set([
  "components/button-styles.ts",
  "components/islands/early-input.ts",
  "lib/level-lens.ts",
  "lib/notebook/listing.ts",
  "lib/notebook/words.ts",
  "lib/offline/offline-messages.ts",
  "lib/practice/grading.ts",
  "lib/questions/paths.ts",
  "lib/storage/keys.ts",
]);

const esbuildOptions = {
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  jsx: "automatic",
  legalComments: "none",
  // As in Next's client bundles: only NODE_ENV is known in the browser, other variables are unset.
  define: { "process.env.NODE_ENV": '"production"', "process.env": "{}" },
  metafile: true,
  logLevel: "warning",
} as const;

const entryOutput = (outputs: Metafile["outputs"], entryPoint: string): string => {
  const found = Object.entries(outputs).find(([, output]) => output.entryPoint === entryPoint);
  if (!found) throw new Error(`esbuild wrote no output for ${entryPoint}`);
  return found[0];
};

/**
 * Two builds. The islands' mounter, each island and the search dialog are split into chunks (they
 * share React and more). The page module is one file with everything it needs at load: split with
 * them, it came as ten small chunks that the page had to fetch before running it, and Lighthouse's
 * simulated largest paint on a guide waited 1.42-1.47 s for them against 1.20-1.21 s for one file
 * (role page 1.27-1.29 -> 1.05-1.15 s, measured on a copy of out/). Modules both builds use are
 * copied into each, which statelessInBoth keeps safe.
 */
async function bundlePageModule(): Promise<Bundle> {
  rmSync(bundleDir, { recursive: true, force: true });
  const lazy = await build({
    ...esbuildOptions,
    entryPoints: Object.values(lazyEntries).map((entry) => path.resolve(entry)),
    outdir: bundleDir,
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    splitting: true,
    // V8's explicit compile hint (Chrome 136+): compile every function of the file as it streams
    // in, on a background thread, instead of on the main thread when first called. These files are
    // fetched because they are about to run (an island renders at load; search opens on demand).
    // Profiled on /practice at 4x CPU slowdown, three runs each: React's main-thread time 199-261
    // -> 115-167 ms and the CommonJS wrappers' (its lazy compile) 52-81 -> 12-19 ms. The page
    // module stays lazy: most of it is handlers for later taps.
    banner: { js: "//# allFunctionsCalledOnLoad" },
  });
  const lazyFiles = Object.fromEntries(
    Object.entries(lazyEntries).map(([specifier, entry]) => [
      specifier,
      `./${path.basename(entryOutput(lazy.metafile.outputs, entry))}`,
    ]),
  );
  const page = await build({
    ...esbuildOptions,
    entryPoints: [path.resolve(pageEntry)],
    outdir: bundleDir,
    entryNames: "page-[hash]",
    splitting: false,
    plugins: [
      {
        name: "lazy-modules",
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^\.\.?\// }, (resolve) => {
            const file = lazyFiles[resolve.path];
            return file && resolve.kind === "dynamic-import"
              ? { path: file, external: true }
              : null;
          });
        },
      },
    ],
  });
  const entry = entryOutput(page.metafile.outputs, pageEntry);
  const lazyInputs = new Set(
    Object.values(lazy.metafile.outputs).flatMap((output) => Object.keys(output.inputs)),
  );
  // esbuild's own inputs ("<define:process.env>", "<runtime>") are not modules of ours.
  const unchecked = Object.keys(page.metafile.outputs[entry]?.inputs ?? {}).filter(
    (input) => lazyInputs.has(input) && !input.startsWith("<") && !statelessInBoth.has(input),
  );
  if (unchecked.length > 0)
    throw new Error(
      `In both the page module and the on-demand chunks, so copied into each: ${unchecked.join(", ")}. If it keeps no module state, add it to statelessInBoth in lib/tooling/cli/static-pages.ts; otherwise import it from one side only.`,
    );
  return { entry, outputs: { ...lazy.metafile.outputs, ...page.metafile.outputs } };
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
const mounterChunk = (bundle: Bundle): string =>
  entryOutput(bundle.outputs, lazyEntries["./mount"]);

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
    const seen = new Set<string>();
    const islandFiles =
      islands.length === 0
        ? []
        : [mounter, ...islands.map((name) => chunks.get(name) ?? "")].flatMap((file) =>
            withStaticImports(bundle, file, seen),
          );
    const preloads = islandFiles.map(urlOf);
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
