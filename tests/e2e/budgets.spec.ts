import { expect, test } from "@playwright/test";
import {
  budgets,
  cssVerdict,
  ownJsVerdict,
  scriptsOnEveryPage,
} from "../../lib/tooling/bench/budgets";
import {
  measureFrameworkFloor,
  type FrameworkFloor,
} from "../../lib/tooling/bench/framework-floor";
import { measurePage, type PageWeight } from "../../lib/tooling/bench/page-weight";
import { outDir, samplePages } from "../support/built-site";

/**
 * Performance budgets on deterministic figures: bytes of the built export, gzipped. No browser.
 * The framework floor is measured by building a bare Next app with this project's config (cached
 * in .cache/ against the Next and React versions and the config, so only the first run pays ~15 s).
 */

// In order, in one worker (not spread by fullyParallel), so the floor is built once; unlike
// "serial", a failing budget does not skip the others.
test.describe.configure({ mode: "default" });

let floor: FrameworkFloor;
const pages = samplePages();
const sample = (id: string) => pages.built.find((page) => page.id === id);
const sharedByEveryPage = scriptsOnEveryPage(
  pages.built
    .map((page) => measurePage(outDir, page.urlPath))
    .filter((weight): weight is PageWeight => weight !== null),
);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  floor = await measureFrameworkFloor(process.cwd());
});

test("the guide page loads at most 10 KB gzip of its own JS beyond the framework floor", () => {
  const guide = sample("guide");
  expect(guide, "the sample guide page is in out/ (run `npm run build`)").toBeDefined();
  const weight = measurePage(outDir, guide?.urlPath ?? "");
  if (!weight) throw new Error("guide page missing from out/");
  const verdict = ownJsVerdict(
    "Guide page",
    weight,
    floor,
    budgets.guideOwnJsGzip,
    sharedByEveryPage,
  );
  expect(verdict.withinBudget, verdict.message).toBe(true);
});

test("the practice page loads at most 40 KB gzip of its own JS beyond the framework floor", () => {
  const practice = sample("practice");
  test.skip(!practice, "/practice is not built yet");
  const weight = measurePage(outDir, practice?.urlPath ?? "");
  if (!weight) throw new Error("practice page missing from out/");
  const verdict = ownJsVerdict(
    "Practice page",
    weight,
    floor,
    budgets.practiceOwnJsGzip,
    sharedByEveryPage,
  );
  expect(verdict.withinBudget, verdict.message).toBe(true);
});

test("every page type loads at most 15 KB gzip of CSS", () => {
  expect(pages.built.length).toBeGreaterThanOrEqual(4);
  const verdicts = pages.built.flatMap((page) => {
    const weight = measurePage(outDir, page.urlPath);
    return weight ? [cssVerdict(page.label, weight, budgets.cssGzip)] : [];
  });
  expect(
    verdicts.filter((verdict) => !verdict.withinBudget).map((verdict) => verdict.message),
  ).toEqual([]);
  expect(verdicts).toHaveLength(pages.built.length);
});
