import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lazyChunks } from "@/lib/tooling/bench/lazy-chunks";

describe("weighing code fetched on demand", () => {
  it("counts each chunk holding a marker once, and none the page already loads", () => {
    const out = mkdtempSync(path.join(tmpdir(), "lazy-chunks-"));
    const chunks = path.join(out, "_next", "static", "chunks");
    mkdirSync(chunks, { recursive: true });
    writeFileSync(path.join(chunks, "feedback.js"), 'x("Interviewers hire you","PairMark")');
    writeFileSync(path.join(chunks, "splitter.js"), 'y("PairMark")');
    writeFileSync(path.join(chunks, "page.js"), 'z("PairMark")');
    writeFileSync(path.join(chunks, "other.js"), "w()");
    const { scripts, total } = lazyChunks(
      out,
      ["Interviewers hire you", "PairMark"],
      ["/_next/static/chunks/page.js"],
    );
    expect(scripts.map((script) => script.file).sort()).toEqual([
      "/_next/static/chunks/feedback.js",
      "/_next/static/chunks/splitter.js",
    ]);
    expect(total.raw).toBe(scripts.reduce((sum, script) => sum + script.raw, 0));
  });
});
