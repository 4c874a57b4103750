import { describe, expect, it } from "vitest";
import {
  budgets,
  cssVerdict,
  ownJsVerdict,
  readingJsVerdict,
  scriptsOnEveryPage,
  totalVerdict,
} from "@/lib/tooling/bench/budgets";
import type { FrameworkFloor } from "@/lib/tooling/bench/framework-floor";
import type { PageWeight } from "@/lib/tooling/bench/page-weight";

const floor: FrameworkFloor = {
  key: "test",
  next: "16.4.6",
  react: "19.3.1",
  measuredAt: "2026-11-22T00:00:00.000Z",
  buildSeconds: 9,
  html: { raw: 4000, gzip: 1600 },
  css: { raw: 0, gzip: 0 },
  js: { raw: 450_000, gzip: 135_000 },
  scripts: [],
};

function page(jsGzip: number, cssGzip: number): PageWeight {
  return {
    urlPath: "/guides/sample",
    htmlFile: "out/guides/sample.html",
    html: { raw: 1, gzip: 1 },
    css: { raw: cssGzip * 5, gzip: cssGzip },
    js: { raw: jsGzip * 3, gzip: jsGzip },
    stylesheets: [{ file: "/_next/static/chunks/site.css", raw: cssGzip * 5, gzip: cssGzip }],
    scripts: [
      { file: "/_next/static/chunks/framework.js", raw: 1, gzip: jsGzip - 2048 },
      { file: "/_next/static/chunks/island.js", raw: 1, gzip: 2048 },
    ],
  };
}

describe("budget verdicts", () => {
  it("passes a page whose own JS is exactly the budget", () => {
    const verdict = ownJsVerdict(
      "Practice",
      page(135_000 + budgets.practiceOwnJsGzip, 7000),
      floor,
      budgets.practiceOwnJsGzip,
    );
    expect(verdict.withinBudget).toBe(true);
    expect(verdict.figure).toBe(40 * 1024);
  });

  it("fails one byte over, naming the figure, the budget, the floor and the largest scripts", () => {
    const verdict = ownJsVerdict(
      "Practice",
      page(135_000 + budgets.practiceOwnJsGzip + 1, 7000),
      floor,
      budgets.practiceOwnJsGzip,
    );
    expect(verdict.withinBudget).toBe(false);
    expect(verdict.message).toBe(
      "Practice /guides/sample loads 40.0 KB gzip of its own JS, OVER its budget of 40.0 KB (all its JS 171.8 KB minus the framework floor 131.8 KB, Next 16.4.6). Largest scripts: framework.js 169.8 KB, island.js 2.0 KB.",
    );
  });

  it("points at the scripts the page adds when it knows which ones every page shares", () => {
    const verdict = ownJsVerdict(
      "Practice",
      page(135_000 + 50 * 1024, 7000),
      floor,
      budgets.practiceOwnJsGzip,
      new Set(["/_next/static/chunks/framework.js"]),
    );
    expect(verdict.message).toMatch(
      /\. Largest scripts not shared by every page: island\.js 2\.0 KB\.$/,
    );
  });

  it("finds the scripts every page loads", () => {
    const a = page(140_000, 0);
    const b = {
      ...page(140_000, 0),
      scripts: [a.scripts[0]!, { file: "/_next/static/chunks/other.js", raw: 1, gzip: 1 }],
    };
    expect(scriptsOnEveryPage([a, b])).toEqual(new Set(["/_next/static/chunks/framework.js"]));
    expect(scriptsOnEveryPage([])).toEqual(new Set());
  });

  it("never reports negative own JS for a page lighter than the floor", () => {
    expect(ownJsVerdict("Home", page(100_000, 0), floor, budgets.practiceOwnJsGzip).figure).toBe(0);
  });

  it("checks CSS against its own budget", () => {
    expect(cssVerdict("Guide", page(140_000, budgets.cssGzip), budgets.cssGzip).withinBudget).toBe(
      true,
    );
    const over = cssVerdict("Guide", page(140_000, 20 * 1024), budgets.cssGzip);
    expect(over.withinBudget).toBe(false);
    expect(over.message).toBe(
      "Guide /guides/sample loads 20.0 KB gzip of CSS, OVER its budget of 15.0 KB (site.css).",
    );
  });

  it("holds a reading page to its total weight and to scripts that are not the framework's", () => {
    const reading: PageWeight = {
      ...page(3000, 9000),
      html: { raw: 200_000, gzip: budgets.guideTotalGzip - 12_000 },
      scripts: [{ file: "/_next/static/leadwise/reading-page-X.js", raw: 8000, gzip: 3000 }],
    };
    expect(totalVerdict("Guide", reading, budgets.guideTotalGzip).withinBudget).toBe(true);
    const heavier = { ...reading, css: { raw: 1, gzip: 9001 } };
    expect(totalVerdict("Guide", heavier, budgets.guideTotalGzip).message).toBe(
      "Guide /guides/sample weighs 150.0 KB gzip in all, OVER its budget of 150.0 KB (HTML 138.3 KB, CSS 8.8 KB, JS 2.9 KB).",
    );
    expect(readingJsVerdict("Guide", reading, budgets.readingPageJsGzip).withinBudget).toBe(true);
    const hydrated = readingJsVerdict("Guide", page(3000, 0), budgets.readingPageJsGzip);
    expect(hydrated.withinBudget).toBe(false);
    expect(hydrated.message).toMatch(
      /and 2 of the framework's scripts, which a reading page must not load\.$/,
    );
  });
});
