import { describe, expect, it } from "vitest";
import { budgets, cssVerdict, jsVerdict, totalVerdict } from "@/lib/tooling/bench/budgets";
import type { PageWeight } from "@/lib/tooling/bench/page-weight";

function page(jsGzip: number, cssGzip: number, htmlGzip = 1): PageWeight {
  return {
    urlPath: "/guides/sample",
    htmlFile: "out/guides/sample.html",
    html: { raw: htmlGzip * 5, gzip: htmlGzip },
    css: { raw: cssGzip * 5, gzip: cssGzip },
    js: { raw: jsGzip * 3, gzip: jsGzip },
    stylesheets: [{ file: "/_next/static/chunks/site.css", raw: cssGzip * 5, gzip: cssGzip }],
    scripts: [
      { file: "/_next/static/leadwise/page-A.js", raw: 1, gzip: jsGzip - 2048 },
      { file: "/_next/static/leadwise/chunk-B.js", raw: 1, gzip: 2048 },
    ],
  };
}

describe("budget verdicts", () => {
  it("passes a page whose scripts are exactly the budget and fails it one byte over", () => {
    expect(jsVerdict("Practice", page(budgets.practiceJsGzip, 0), budgets.practiceJsGzip)).toEqual(
      expect.objectContaining({ withinBudget: true, figure: 110 * 1024 }),
    );
    const over = jsVerdict("Practice", page(budgets.practiceJsGzip + 1, 0), budgets.practiceJsGzip);
    expect(over.withinBudget).toBe(false);
    expect(over.message).toBe(
      "Practice /guides/sample loads 110.0 KB gzip of JS, OVER its budget of 110.0 KB (largest: page-A.js 108.0 KB, chunk-B.js 2.0 KB).",
    );
  });

  it("fails any page that loads Next's runtime, whatever its size", () => {
    const hydrated: PageWeight = {
      ...page(3000, 0),
      scripts: [{ file: "/_next/static/chunks/framework.js", raw: 1, gzip: 3000 }],
    };
    const verdict = jsVerdict("Guide", hydrated, budgets.guideJsGzip);
    expect(verdict.withinBudget).toBe(false);
    expect(verdict.message).toMatch(/and 1 of Next's runtime scripts, which no page may load\.$/);
  });

  it("holds a page to its total weight", () => {
    const guide = page(3000, 9000, budgets.guideTotalGzip - 12_000);
    expect(totalVerdict("Guide", guide, budgets.guideTotalGzip).withinBudget).toBe(true);
    const heavier = page(3000, 9001, budgets.guideTotalGzip - 12_000);
    expect(totalVerdict("Guide", heavier, budgets.guideTotalGzip).message).toBe(
      "Guide /guides/sample weighs 150.0 KB gzip in all, OVER its budget of 150.0 KB (HTML 138.3 KB, CSS 8.8 KB, JS 2.9 KB).",
    );
  });

  it("checks CSS against its own budget", () => {
    expect(cssVerdict("Guide", page(4000, budgets.cssGzip), budgets.cssGzip).withinBudget).toBe(
      true,
    );
    const over = cssVerdict("Guide", page(4000, 20 * 1024), budgets.cssGzip);
    expect(over.withinBudget).toBe(false);
    expect(over.message).toBe(
      "Guide /guides/sample loads 20.0 KB gzip of CSS, OVER its budget of 15.0 KB (site.css).",
    );
  });
});
