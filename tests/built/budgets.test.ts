import { beforeAll, expect, it } from "vitest";
import {
  budgets,
  cssVerdict,
  ownJsVerdict,
  readingJsVerdict,
  scriptsOnEveryPage,
  totalVerdict,
} from "../../lib/tooling/bench/budgets";
import {
  measureFrameworkFloor,
  type FrameworkFloor,
} from "../../lib/tooling/bench/framework-floor";
import { measurePage, type PageWeight } from "../../lib/tooling/bench/page-weight";
import { outDir, samplePages } from "../support/built-site";

/**
 * Performance budgets on deterministic figures: bytes of the built export, gzipped. The framework
 * floor is measured by building a bare Next app with this project's config; the measurement is
 * recorded in lib/tooling/bench/framework-floor.json against the Next and React versions and the
 * config, so only a change to those pays for the build (~30 s).
 */

let floor: FrameworkFloor;
const pages = samplePages();

/** The weight of one sample page; a page type missing from out/ fails here, by name. */
function weightOf(id: string): PageWeight {
  const page = pages.built.find((candidate) => candidate.id === id);
  const weight = page ? measurePage(outDir, page.urlPath) : null;
  if (!weight) throw new Error(`the ${id} page is not in ${outDir}/: run \`npm run build\``);
  return weight;
}

beforeAll(async () => {
  floor = await measureFrameworkFloor(process.cwd());
}, 300_000);

it("has one page of every type to measure", () => {
  expect(pages.notBuilt.map((page) => `${page.label} ${page.urlPath}`)).toEqual([]);
});

it("holds the guide page to 150 KB gzip in all, with no script but the page behaviours", () => {
  const guide = weightOf("guide");
  const total = totalVerdict("Guide page", guide, budgets.guideTotalGzip);
  expect(total.withinBudget, total.message).toBe(true);
  const scripts = readingJsVerdict("Guide page", guide, budgets.readingPageJsGzip);
  expect(scripts.withinBudget, scripts.message).toBe(true);
});

it("holds the practice page to 40 KB gzip of its own JS beyond the framework floor", () => {
  const sharedByEveryIslandPage = scriptsOnEveryPage(
    ["practice", "progress", "home"].map((id) => weightOf(id)),
  );
  const verdict = ownJsVerdict(
    "Practice page",
    weightOf("practice"),
    floor,
    budgets.practiceOwnJsGzip,
    sharedByEveryIslandPage,
  );
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
