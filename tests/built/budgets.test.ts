import { expect, it } from "vitest";
import { budgets, cssVerdict, jsVerdict, totalVerdict } from "../../lib/tooling/bench/budgets";
import { measurePage, type PageWeight } from "../../lib/tooling/bench/page-weight";
import { outDir, samplePages } from "../support/built-site";

/** Performance budgets on deterministic figures: bytes of the built export, gzipped. */

const pages = samplePages();

/** The weight of one sample page; a page type missing from out/ fails here, by name. */
function weightOf(id: string): PageWeight {
  const page = pages.built.find((candidate) => candidate.id === id);
  const weight = page ? measurePage(outDir, page.urlPath) : null;
  if (!weight) throw new Error(`the ${id} page is not in ${outDir}/: run \`npm run build\``);
  return weight;
}

it("has one page of every type to measure", () => {
  expect(pages.notBuilt.map((page) => `${page.label} ${page.urlPath}`)).toEqual([]);
});

it("holds the guide page to 150 KB gzip in all and 10 KB of script", () => {
  const guide = weightOf("guide");
  const total = totalVerdict("Guide page", guide, budgets.guideTotalGzip);
  expect(total.withinBudget, total.message).toBe(true);
  const scripts = jsVerdict("Guide page", guide, budgets.guideJsGzip);
  expect(scripts.withinBudget, scripts.message).toBe(true);
});

it("holds the practice page to 110 KB gzip of script at load", () => {
  const verdict = jsVerdict("Practice page", weightOf("practice"), budgets.practiceJsGzip);
  expect(verdict.withinBudget, verdict.message).toBe(true);
});

it("holds every page type to 15 KB gzip of CSS", () => {
  expect(pages.built.length).toBeGreaterThanOrEqual(4);
  const verdicts = pages.built.map((page) =>
    cssVerdict(page.label, weightOf(page.id), budgets.cssGzip),
  );
  expect(
    verdicts.filter((verdict) => !verdict.withinBudget).map((verdict) => verdict.message),
  ).toEqual([]);
});
