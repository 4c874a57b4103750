import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lazyChunks } from "@/lib/tooling/bench/lazy-chunks";

describe("weighing code fetched on demand", () => {
  it("finds each copy holding every marker, none the page already loads, and weighs the largest", () => {
    const out = mkdtempSync(path.join(tmpdir(), "lazy-chunks-"));
    const chunks = path.join(out, "_next", "static", "chunks");
    mkdirSync(chunks, { recursive: true });
    writeFileSync(path.join(chunks, "feedback.js"), 'x("Interviewers hire you","PairMark")');
    writeFileSync(path.join(chunks, "copy.js"), 'y("Interviewers hire you","PairMark",1)');
    writeFileSync(path.join(chunks, "splitter.js"), 'y("PairMark")');
    writeFileSync(path.join(chunks, "page.js"), 'z("Interviewers hire you","PairMark")');
    writeFileSync(path.join(chunks, "other.js"), "w()");
    const { scripts, largest } = lazyChunks(
      out,
      ["Interviewers hire you", "PairMark"],
      ["/_next/static/chunks/page.js"],
    );
    expect(scripts.map((script) => script.file).sort()).toEqual([
      "/_next/static/chunks/copy.js",
      "/_next/static/chunks/feedback.js",
    ]);
    expect(largest.raw).toBe(Math.max(...scripts.map((script) => script.raw)));
  });
});
