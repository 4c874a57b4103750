/**
 * `npm run bench`: what the site costs and how the build scales, measured in one run.
 *
 *   npm run bench [-- --skip-lighthouse] [--skip-large] [--runs 3] [--large-count 1000]
 *
 * 1. Snapshots the working tree into .cache/bench/site (git-ignored) and runs `npm run build` there, so the
 *    bench never fights a developer's own `out/` or `.next/`, then weighs one page of each type.
 * 2. Builds a bare Next app with the same config (lib/tooling/bench/framework-floor.ts) for the floor that
 *    every page is compared with (a page with Next's client runtime, which ours no longer load).
 * 3. Times the content pipeline over the real library and over generated guides.
 * 4. Lighthouse (mobile) on each page type, served gzipped under the shipped headers, median of runs.
 * 5. `npm run build` of the generated library: wall time and peak memory.
 *
 * Prints Markdown tables (the README quotes them) and writes bench/results/latest.json.
 * Not a test: it asserts nothing; tests/e2e/budgets.spec.ts holds the budgets.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { writeSyntheticLibrary } from "../bench/synthetic-content";
import { timeContentPipeline, type PipelineTiming } from "../bench/content-pipeline";
import {
  frameworkFloorOutDir,
  measureFrameworkFloor,
  type FrameworkFloor,
} from "../bench/framework-floor";
import {
  lighthouseRun,
  summariseRuns,
  type LighthouseResult,
  type LighthouseRun,
} from "../bench/lighthouse";
import { inventoryOut, inventoryTable, type OutInventory } from "../bench/out-inventory";
import { pageTypes, type PageType } from "../bench/page-types";
import { formatKb, measurePage, sumBytes, type Bytes, type PageWeight } from "../bench/page-weight";
import { answerFeedbackMarkers, lazyChunks } from "../bench/lazy-chunks";
import { timedRun, type TimedRun } from "../bench/timed-run";
import { filesBelow } from "../host/out-files";
import { readLibrary } from "../../content/load";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const settings = {
  lighthouse: !flag("skip-lighthouse"),
  large: !flag("skip-large"),
  runs: option("runs", 3),
  largeCount: option("large-count", 1000),
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
};

const projectRoot = process.cwd();
const benchDir = path.join(projectRoot, ".cache", "bench");
const siteDir = path.join(benchDir, "site");
const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Not copied into the snapshot: dependencies (resolved from the project by walking up), outputs, caches. */
const notSnapshotted = new Set([
  "node_modules",
  ".next",
  "out",
  ".cache",
  ".git",
  "test-results",
  "playwright-report",
  "bench",
  "tsconfig.tsbuildinfo",
  "package-lock.json",
]);

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

function snapshotProject(): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (notSnapshotted.has(entry)) continue;
    cpSync(path.join(projectRoot, entry), path.join(siteDir, entry), { recursive: true });
  }
}

/** The project's own `npm run build` (next build, the search index, CSP pinning), as a deploy runs it. */
async function buildSnapshot(env: NodeJS.ProcessEnv): Promise<TimedRun> {
  const build = await timedRun("npm", ["run", "build", "--silent"], { cwd: siteDir, env });
  if (build.exitCode !== 0)
    throw new Error(
      `npm run build failed in ${siteDir} (exit ${build.exitCode}):\n${build.outputTail}`,
    );
  return build;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no free port")),
      );
    });
  });
}

/** lib/tooling/cli/serve.ts over a static export: gzip and the shipped headers, as a CDN would send them. */
async function serveExport(exportDir: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs"),
      path.join(projectRoot, "lib", "tooling", "cli", "serve.ts"),
      "--port",
      String(port),
      "--dir",
      exportDir,
    ],
    {
      cwd: projectRoot,
      stdio: "ignore",
      detached: true,
    },
  );
  const origin = `http://localhost:${port}`;
  const stop = () => {
    try {
      if (server.pid !== undefined && server.exitCode === null)
        process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (server.exitCode !== null)
      throw new Error(`the static server for ${exportDir} exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`the static server did not start on ${origin}`);
}

type PageRow = {
  type: PageType;
  weight: PageWeight | null;
  total: Bytes | null;
  lighthouse: LighthouseResult | null;
};

const cell = (bytes: number | undefined) => (bytes === undefined ? "–" : formatKb(bytes));
const seconds = (value: number) => `${value.toFixed(1)} s`;
const gigabytes = (megabytes: number | null) =>
  megabytes === null ? "n/a (no /proc)" : `${(megabytes / 1024).toFixed(2)} GB`;
const memory = (run: TimedRun) =>
  `${gigabytes(run.peakTreeRssMb)} all processes (largest one ${gigabytes(run.peakProcessRssMb)})`;

/** Code fetched after load, on demand; no page's HTML names it, so it has its own line. */
type LazyRow = { label: string; js: Bytes };

function weightTable(
  rows: readonly PageRow[],
  floor: FrameworkFloor,
  lazy: readonly LazyRow[],
): string {
  const lines = [
    "| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | in all, gzip |",
    "| --- | --- | --- | --- | --- |",
    `| framework floor (bare Next page) | ${cell(floor.html.raw)} / ${cell(floor.html.gzip)} | ${cell(floor.css.raw)} / ${cell(floor.css.gzip)} | ${cell(floor.js.raw)} / ${cell(floor.js.gzip)} | ${cell(floor.html.gzip + floor.css.gzip + floor.js.gzip)} |`,
  ];
  for (const row of rows) {
    const label = `${row.type.label} \`${row.type.urlPath}\``;
    if (!row.weight) {
      lines.push(`| ${label} | not built | | | |`);
      continue;
    }
    const { html, css, js } = row.weight;
    lines.push(
      `| ${label} | ${cell(html.raw)} / ${cell(html.gzip)} | ${cell(css.raw)} / ${cell(css.gzip)} | ${cell(js.raw)} / ${cell(js.gzip)} | ${cell(row.total?.gzip)} |`,
    );
  }
  for (const row of lazy)
    lines.push(
      `| ${row.label} | – | – | ${cell(row.js.raw)} / ${cell(row.js.gzip)} | not at load |`,
    );
  return lines.join("\n");
}

/** A page's Lighthouse row: medians of the runs that succeeded, the failures named, the load they ran under. */
function lighthouseRow(label: string, result: LighthouseResult, withCategories: boolean): string {
  const failures = result.runs.flatMap((run) => (run.ok ? [] : [run.error]));
  const loads = result.runs.map((run) => run.load.toFixed(1)).join(", ");
  const failed =
    failures.length > 0
      ? `${failures.length} of ${result.runs.length} failed: ${failures.join("; ")}`
      : "";
  const figures = result.median;
  if (!figures) return `| ${label} | no run succeeded | | | | | | | | ${loads} | ${failed} |`;
  const categories = withCategories
    ? `${figures.accessibility} | ${figures.bestPractices} | ${figures.seo}`
    : "n/a | n/a | n/a";
  return `| ${label} | ${figures.performance} | ${categories} | ${(figures.fcpMs / 1000).toFixed(2)} s | ${(figures.lcpMs / 1000).toFixed(2)} s | ${figures.tbtMs} ms | ${figures.cls} | ${loads} | ${failed} |`;
}

function lighthouseTable(
  rows: readonly PageRow[],
  floorLighthouse: LighthouseResult | null,
  runs: number,
): string {
  const lines = [
    `| page (median of ${runs}) | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | load average per run | failed runs |`,
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  // The bare page has no title or description, so only its performance figures mean anything.
  if (floorLighthouse)
    lines.push(lighthouseRow("framework floor (bare Next page)", floorLighthouse, false));
  for (const row of rows) {
    const label = `${row.type.label} \`${row.type.urlPath}\``;
    if (!row.lighthouse) {
      lines.push(`| ${label} | ${row.weight ? "skipped" : "not built"} | | | | | | | | | |`);
      continue;
    }
    lines.push(lighthouseRow(label, row.lighthouse, true));
  }
  return lines.join("\n");
}

async function main() {
  const startedAt = new Date();
  // Other work on the machine skews every timing (Lighthouse's TBT most); the report states it.
  const loadAtStart = os.loadavg()[0] ?? 0;
  log(`snapshot of ${projectRoot} -> ${path.relative(projectRoot, siteDir)}`);
  snapshotProject();

  log("building the site (npm run build)");
  const siteBuild = await buildSnapshot(buildEnv);
  const outDir = path.join(siteDir, "out");

  log("building the framework floor (bare Next app, same config)");
  const floor = await measureFrameworkFloor(projectRoot, { fresh: true });

  const library = readLibrary(path.join(siteDir, "content")).library;
  const rows: PageRow[] = pageTypes(library).map((type) => {
    const weight = measurePage(outDir, type.urlPath);
    const total = weight ? sumBytes([weight.html, weight.css, weight.js]) : null;
    return { type, weight, total, lighthouse: null };
  });
  const practiceScripts =
    rows.find((row) => row.type.urlPath === "/practice")?.weight?.scripts.map((s) => s.file) ?? [];
  const feedback = lazyChunks(outDir, answerFeedbackMarkers, practiceScripts);
  const lazyRows: LazyRow[] = [
    {
      label: `Answer feedback, fetched on the first keystroke (one copy of ${feedback.scripts.length}, one per page that loads it)`,
      js: feedback.largest,
    },
  ];

  log("timing the content pipeline over the real library (median of 3)");
  const realTimings = [0, 1, 2]
    .map(() => timeContentPipeline(path.join(siteDir, "content")))
    .sort((a, b) => a.perGuideMs - b.perGuideMs);
  const realPipeline = realTimings[1] ?? realTimings[0];
  const largeContent = path.join(benchDir, `content-${settings.largeCount}`);
  log(`generating ${settings.largeCount} guides and timing the pipeline over them`);
  rmSync(largeContent, { recursive: true, force: true });
  writeSyntheticLibrary(largeContent, settings.largeCount);
  const largePipeline: PipelineTiming = timeContentPipeline(largeContent);

  let lighthouseNote = "skipped (--skip-lighthouse)";
  let floorLighthouse: LighthouseResult | null = null;
  if (settings.lighthouse && !existsSync(settings.chromePath))
    lighthouseNote = `skipped: no Chromium at ${settings.chromePath} (set CHROME_PATH)`;
  else if (settings.lighthouse) {
    // Round-robin: run 1 of every page (the floor included), then run 2, ... so a burst of load on the
    // shared machine lands on one run of each page rather than on all runs of one page.
    const floorServer = await serveExport(frameworkFloorOutDir(projectRoot));
    const server = await serveExport(outDir);
    try {
      const targets = [
        { key: "floor", url: `${floorServer.origin}/` },
        ...rows.flatMap((row) =>
          row.weight ? [{ key: row.type.urlPath, url: `${server.origin}${row.type.urlPath}` }] : [],
        ),
      ];
      const runsByPage = new Map<string, LighthouseRun[]>(targets.map(({ key }) => [key, []]));
      for (let round = 1; round <= settings.runs; round += 1) {
        for (const { key, url } of targets) {
          log(`lighthouse ${key} run ${round} of ${settings.runs}`);
          const run = await lighthouseRun(projectRoot, url, settings.chromePath);
          if (!run.ok) log(`  failed after ${run.attempts} attempts: ${run.error}`);
          runsByPage.get(key)?.push(run);
        }
      }
      floorLighthouse = summariseRuns(runsByPage.get("floor") ?? []);
      for (const row of rows) {
        const runs = runsByPage.get(row.type.urlPath);
        if (runs) row.lighthouse = summariseRuns(runs);
      }
      lighthouseNote = `mobile, median of ${settings.runs}, pages round-robin`;
    } finally {
      floorServer.stop();
      server.stop();
    }
  }

  const siteOut = inventoryOut(outDir);
  let largeBuild: { guides: number; build: TimedRun; out: OutInventory; htmlPages: number } | null =
    null;
  let largeBuildError: string | null = null;
  if (settings.large) {
    log(`npm run build with ${settings.largeCount} generated guides (LEADWISE_CONTENT_DIR)`);
    try {
      const build = await buildSnapshot({ ...buildEnv, LEADWISE_CONTENT_DIR: largeContent });
      const countHtml = (directory: string): number =>
        filesBelow(directory).filter((file) => file.endsWith(".html")).length;
      largeBuild = {
        guides: settings.largeCount,
        build,
        out: inventoryOut(outDir),
        htmlPages: countHtml(outDir),
      };
    } catch (error) {
      // The other figures still stand; say what went wrong instead of losing the whole run.
      largeBuildError =
        error instanceof Error ? (error.message.split("\n")[0] ?? "failed") : String(error);
      log(`the large build failed: ${largeBuildError}`);
    }
  }
  rmSync(largeContent, { recursive: true, force: true });
  // A 1,000-guide build leaves gigabytes in the snapshot's .next/ and out/; every figure is taken.
  rmSync(siteDir, { recursive: true, force: true });

  const pipelineLines = [
    "| measure | figure |",
    "| --- | --- |",
    `| content pipeline, real library (${realPipeline?.guides ?? 0} guides, median of 3) | ${realPipeline?.perGuideMs.toFixed(1)} ms per guide |`,
    `| content pipeline, ${largePipeline.guides} generated guides | ${largePipeline.perGuideMs.toFixed(1)} ms per guide (load ${(largePipeline.loadMs / 1000).toFixed(1)} s, render ${(largePipeline.renderMs / 1000).toFixed(1)} s) |`,
    `| \`npm run build\`, real library | ${seconds(siteBuild.seconds)}, peak ${memory(siteBuild)} |`,
    largeBuild
      ? `| \`npm run build\`, ${largeBuild.guides} generated guides | ${seconds(largeBuild.build.seconds)}, peak ${memory(largeBuild.build)}; ${largeBuild.htmlPages} HTML pages, out/ ${largeBuild.out.total.files} files, ${(largeBuild.out.total.bytes / 1024 / 1024).toFixed(0)} MB (of which .gz copies ${largeBuild.out.gzipCopies.files} files, ${(largeBuild.out.gzipCopies.bytes / 1024 / 1024).toFixed(0)} MB) |`
      : `| \`npm run build\`, ${settings.largeCount} generated guides | ${largeBuildError ? `failed: ${largeBuildError}` : "skipped (--skip-large)"} |`,
  ];

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version}, Next ${floor.next}, React ${floor.react}`;
  const load = `1-minute load average ${loadAtStart.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`;
  const report = [
    `Bench of ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine}; ${load}.`,
    "",
    "Page weight (KB = 1024 bytes; gzip level 6; JS excludes noModule polyfills):",
    "",
    weightTable(rows, floor, lazyRows),
    "",
    `Lighthouse (${lighthouseNote}; served gzipped under public/_headers by lib/tooling/cli/serve.ts):`,
    "",
    settings.lighthouse ? lighthouseTable(rows, floorLighthouse, settings.runs) : "skipped",
    "",
    "Content pipeline and build:",
    "",
    pipelineLines.join("\n"),
    "",
    "What `out/` holds (real library; every file a host must take, the build's .gz copies included):",
    "",
    inventoryTable(siteOut),
    ...(largeBuild
      ? [
          "",
          `What \`out/\` holds for ${largeBuild.guides} generated guides:`,
          "",
          inventoryTable(largeBuild.out),
        ]
      : []),
  ].join("\n");
  console.log(report);

  const resultsDir = path.join(projectRoot, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const results = {
    startedAt: startedAt.toISOString(),
    machine,
    load,
    settings,
    floor: { ...floor, lighthouse: floorLighthouse },
    pages: rows.map((row) => ({
      ...row.type,
      built: row.weight !== null,
      html: row.weight?.html ?? null,
      css: row.weight?.css ?? null,
      js: row.weight?.js ?? null,
      total: row.total,
      scripts: row.weight?.scripts ?? [],
      stylesheets: row.weight?.stylesheets ?? [],
      lighthouse: row.lighthouse,
    })),
    lazy: lazyRows,
    pipeline: { real: realPipeline, large: largePipeline },
    builds: { site: siteBuild, siteOut, large: largeBuild, largeError: largeBuildError },
  };
  writeFileSync(
    path.join(resultsDir, "latest.json"),
    `${JSON.stringify(results, (key, value: unknown) => (key === "outputTail" ? undefined : value), 2)}\n`,
  );
  writeFileSync(path.join(resultsDir, "latest.md"), `${report}\n`);
  log(`wrote ${path.relative(projectRoot, path.join(resultsDir, "latest.json"))} and latest.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
