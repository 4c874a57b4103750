import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { timedRun } from "./timed-run";

/**
 * Lighthouse with its defaults (mobile form factor, simulated slow 4G and 4x CPU slowdown), run
 * several times per page because single runs vary by a few points; the median of each figure is kept.
 * A run that fails (Debian's Chromium now and then ends one in NO_NAVSTART) is retried; one that still
 * fails is recorded with its reason, so one bad run costs a figure, never the whole bench.
 */

const reportSchema = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() })),
  runWarnings: z.array(z.string()).default([]),
  runtimeError: z.object({ code: z.string() }).optional(),
});

/** The error code Lighthouse printed (NO_NAVSTART, PROTOCOL_TIMEOUT, ...), else the output's last line. */
function failureReason(outputTail: string): string {
  const code = /\b([A-Z][A-Z_]{4,})\b/.exec(outputTail)?.[1];
  const lastLine = outputTail.trim().split("\n").at(-1) ?? "no output";
  return code ?? lastLine.slice(0, 200);
}

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

/** One run's figures, or why it failed after its retries; with the 1-minute load average it ran under. */
export type LighthouseRun =
  | { ok: true; figures: LighthouseFigures; warnings: string[]; load: number; attempts: number }
  | { ok: false; error: string; load: number; attempts: number };

export type LighthouseResult = {
  /** Null when no run of the page succeeded. */
  median: LighthouseFigures | null;
  runs: LighthouseRun[];
  warnings: string[];
};

/** How many times one run is tried before it is recorded as failed. */
export const lighthouseAttempts = 3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function runOnce(
  projectRoot: string,
  url: string,
  chromePath: string,
): Promise<{ figures: LighthouseFigures; warnings: string[] }> {
  const scratch = mkdtempSync(path.join(tmpdir(), "leadwise-lighthouse-"));
  try {
    const reportFile = path.join(scratch, "report.json");
    // --headless=new: the old headless mode occasionally ends a run in NO_NAVSTART under Debian's Chromium.
    const chromeFlags = [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      `--user-data-dir=${path.join(scratch, "profile")}`,
    ].join(" ");
    const run = await timedRun(
      process.execPath,
      [
        path.join(projectRoot, "node_modules", "lighthouse", "cli", "index.js"),
        url,
        "--quiet",
        "--output=json",
        `--output-path=${reportFile}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=${chromeFlags}`,
      ],
      { cwd: projectRoot, env: { ...process.env, CHROME_PATH: chromePath } },
    );
    if (run.exitCode !== 0)
      throw new Error(`exit ${run.exitCode}: ${failureReason(run.outputTail)}`);
    const report = reportSchema.parse(JSON.parse(readFileSync(reportFile, "utf8")));
    // Lighthouse can exit 0 with a runtime error in the report (NO_NAVSTART, NO_FCP): no figures then.
    if (report.runtimeError) throw new Error(report.runtimeError.code);
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      figures: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        fcpMs: Math.round(audit("first-contentful-paint")),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        tbtMs: Math.round(audit("total-blocking-time")),
        cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
      },
      warnings: report.runWarnings,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** One run of a page, retried on failure; never throws. */
export async function lighthouseRun(
  projectRoot: string,
  url: string,
  chromePath: string,
): Promise<LighthouseRun> {
  let error = "not run";
  for (let attempt = 1; attempt <= lighthouseAttempts; attempt += 1) {
    const load = os.loadavg()[0] ?? 0;
    try {
      const { figures, warnings } = await runOnce(projectRoot, url, chromePath);
      return { ok: true, figures, warnings, load, attempts: attempt };
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
  }
  return { ok: false, error, load: os.loadavg()[0] ?? 0, attempts: lighthouseAttempts };
}

/** The median of each figure over the runs that succeeded; failed runs are kept with their reason. */
export function summariseRuns(runs: readonly LighthouseRun[]): LighthouseResult {
  const figures = runs.flatMap((run) => (run.ok ? [run.figures] : []));
  const warnings = new Set(runs.flatMap((run) => (run.ok ? run.warnings : [])));
  const pick = (key: keyof LighthouseFigures) => median(figures.map((run) => run[key]));
  return {
    median:
      figures.length === 0
        ? null
        : {
            performance: pick("performance"),
            accessibility: pick("accessibility"),
            bestPractices: pick("bestPractices"),
            seo: pick("seo"),
            fcpMs: pick("fcpMs"),
            lcpMs: pick("lcpMs"),
            tbtMs: pick("tbtMs"),
            cls: pick("cls"),
          },
    runs: [...runs],
    warnings: [...warnings],
  };
}
