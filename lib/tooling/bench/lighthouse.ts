import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { timedRun } from "./timed-run";

/**
 * Lighthouse with its defaults (mobile form factor, simulated slow 4G and 4x CPU slowdown), run
 * several times per page because single runs vary by a few points; the median of each figure is kept.
 */

const reportSchema = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional() })),
  runWarnings: z.array(z.string()).default([]),
});

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

export type LighthouseResult = {
  median: LighthouseFigures;
  runs: LighthouseFigures[];
  warnings: string[];
};

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
    const chromeFlags = [
      "--headless",
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
      throw new Error(`lighthouse failed on ${url} (exit ${run.exitCode}):\n${run.outputTail}`);
    const report = reportSchema.parse(JSON.parse(readFileSync(reportFile, "utf8")));
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

export async function lighthouseMedian(
  projectRoot: string,
  url: string,
  options: { runs: number; chromePath: string },
): Promise<LighthouseResult> {
  const runs: LighthouseFigures[] = [];
  const warnings = new Set<string>();
  for (let index = 0; index < options.runs; index += 1) {
    const result = await runOnce(projectRoot, url, options.chromePath);
    runs.push(result.figures);
    for (const warning of result.warnings) warnings.add(warning);
  }
  const pick = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
  return {
    median: {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      fcpMs: pick("fcpMs"),
      lcpMs: pick("lcpMs"),
      tbtMs: pick("tbtMs"),
      cls: pick("cls"),
    },
    runs,
    warnings: [...warnings],
  };
}
