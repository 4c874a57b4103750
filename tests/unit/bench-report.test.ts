import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { summariseRuns, type LighthouseFigures } from "../../lib/tooling/bench/lighthouse";
import { inventoryOut, outKind } from "../../lib/tooling/bench/out-inventory";
import { isUnusedExportFile } from "../../lib/tooling/host/unused-export-files";

const figures = (performance: number, lcpMs: number): LighthouseFigures => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcpMs: 800,
  lcpMs,
  tbtMs: 50,
  cls: 0,
});

describe("Lighthouse runs in the bench", () => {
  it("takes the median over the runs that succeeded and keeps each failure with its reason", () => {
    const result = summariseRuns([
      { ok: true, figures: figures(97, 1200), warnings: [], load: 1.5, attempts: 1 },
      { ok: false, error: "NO_NAVSTART", load: 3.2, attempts: 3 },
      { ok: true, figures: figures(99, 1000), warnings: ["slow"], load: 1.1, attempts: 2 },
      { ok: true, figures: figures(100, 900), warnings: [], load: 0.9, attempts: 1 },
    ]);
    expect(result.median?.performance).toBe(99);
    expect(result.median?.lcpMs).toBe(1000);
    expect(result.runs.filter((run) => !run.ok)).toEqual([
      { ok: false, error: "NO_NAVSTART", load: 3.2, attempts: 3 },
    ]);
    expect(result.warnings).toEqual(["slow"]);
  });

  it("has no median when every run failed, instead of inventing one", () => {
    const result = summariseRuns([{ ok: false, error: "NO_FCP", load: 2, attempts: 3 }]);
    expect(result.median).toBeNull();
  });
});

describe("the inventory of out/", () => {
  let directory = "";
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("sorts files by what a host does with them, the .gz copies counted on their own", () => {
    expect(outKind("guides/mentoring.html")).toBe("HTML pages");
    expect(outKind("guides/mentoring.txt")).toBe("RSC payloads (.txt)");
    expect(outKind("guides/mentoring.html.gz")).toBe("gzip copies (.gz)");
    expect(outKind("guides/mentoring/opengraph-image")).toBe("Open Graph images");
    expect(outKind("_next/static/chunks/a.js")).toBe("scripts and styles (_next/)");
    expect(outKind("pagefind/pagefind.js")).toBe("search index (pagefind/)");
    expect(outKind("robots.txt")).toBe("other");
  });

  it("counts every file and byte below out/", () => {
    directory = mkdtempSync(path.join(tmpdir(), "leadwise-inventory-"));
    mkdirSync(path.join(directory, "guides"));
    writeFileSync(path.join(directory, "index.html"), "x".repeat(100));
    writeFileSync(path.join(directory, "index.html.gz"), "x".repeat(10));
    writeFileSync(path.join(directory, "guides", "a.txt"), "x".repeat(40));
    const inventory = inventoryOut(directory);
    expect(inventory.total).toEqual({ files: 3, bytes: 150 });
    expect(inventory.gzipCopies).toEqual({ files: 1, bytes: 10 });
    expect(inventory.byKind.find((tally) => tally.kind === "HTML pages")).toMatchObject({
      files: 1,
      bytes: 100,
    });
  });
});

describe("files of the export no browser requests", () => {
  const pages = new Set(["guides/mentoring.html", "index.html"]);
  const isPage = (htmlPath: string) => pages.has(htmlPath);

  it("are every RSC payload, with its gzip copy", () => {
    expect(isUnusedExportFile("guides/mentoring/__next._full.txt", isPage)).toBe(true);
    expect(isUnusedExportFile("__next._full.txt.gz", isPage)).toBe(true);
    expect(isUnusedExportFile("guides/mentoring/__next._tree.txt", isPage)).toBe(true);
    expect(isUnusedExportFile("guides/mentoring/__next.guides.$d$slug.__PAGE__.txt", isPage)).toBe(
      true,
    );
    expect(isUnusedExportFile("guides/mentoring.txt", isPage)).toBe(true);
    expect(isUnusedExportFile("index.txt.gz", isPage)).toBe(true);
  });

  it("are never a text file the site serves on purpose", () => {
    expect(isUnusedExportFile("robots.txt", isPage)).toBe(false);
    expect(isUnusedExportFile("api/anki/mentoring.txt", isPage)).toBe(false);
    expect(isUnusedExportFile("guides/mentoring.html", isPage)).toBe(false);
  });
});
