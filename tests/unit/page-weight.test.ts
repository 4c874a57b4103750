import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { htmlFileFor, measurePage, referencedAssets } from "@/lib/tooling/bench/page-weight";

const html = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<link rel="preload" as="style" href="/_next/static/chunks/later.css"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<link rel="modulepreload" href="/_next/static/leadwise/island-X.js"/>',
  "</head><body><h1>x</h1>",
  '<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/island.js\\"\\n3:I[1,[\\"$2\\"],\\"\\"]"])</script>',
  '<script>self.__next_f.push([1,"4:\\"/_next/static/chunks/main.js\\""])</script>',
  "</body></html>",
].join("");

const created: string[] = [];
afterEach(() => {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe("what a built page loads", () => {
  it("counts stylesheets, script tags, preloaded modules and the chunks its RSC payload names, once each, but not noModule polyfills or other preloads", () => {
    expect(referencedAssets(html)).toEqual({
      stylesheets: ["/_next/static/chunks/site.css"],
      scripts: [
        "/_next/static/chunks/main.js",
        "/_next/static/leadwise/island-X.js",
        "/_next/static/chunks/island.js",
      ],
    });
  });

  it("maps clean URLs to the export's files", () => {
    expect(htmlFileFor("out", "/")).toBe(path.join("out", "index.html"));
    expect(htmlFileFor("out", "/guides/x")).toBe(path.join("out", "guides", "x.html"));
  });

  it("weighs a page and its assets raw and gzipped, and says null for a page that is not built", () => {
    const out = mkdtempSync(path.join(tmpdir(), "leadwise-weight-"));
    created.push(out);
    mkdirSync(path.join(out, "_next", "static", "chunks"), { recursive: true });
    const files: Record<string, string> = {
      "site.css": "body{color:red}".repeat(50),
      "main.js": "console.log(1);".repeat(100),
      "island.js": "let a=1;",
    };
    for (const [name, text] of Object.entries(files))
      writeFileSync(path.join(out, "_next", "static", "chunks", name), text);
    const preloaded = "export const x=1;".repeat(20);
    mkdirSync(path.join(out, "_next", "static", "leadwise"), { recursive: true });
    writeFileSync(path.join(out, "_next", "static", "leadwise", "island-X.js"), preloaded);
    writeFileSync(path.join(out, "index.html"), html);
    const weight = measurePage(out, "/");
    const gzip = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;
    expect(weight?.css).toEqual({ raw: files["site.css"]!.length, gzip: gzip(files["site.css"]!) });
    expect(weight?.js).toEqual({
      raw: files["main.js"]!.length + preloaded.length + files["island.js"]!.length,
      gzip: gzip(files["main.js"]!) + gzip(preloaded) + gzip(files["island.js"]!),
    });
    expect(weight?.html.raw).toBe(Buffer.byteLength(html));
    expect(measurePage(out, "/practice")).toBeNull();
  });

  it("fails loudly when a page references an asset the export lacks", () => {
    const out = mkdtempSync(path.join(tmpdir(), "leadwise-weight-"));
    created.push(out);
    writeFileSync(path.join(out, "index.html"), html);
    expect(() => measurePage(out, "/")).toThrow(/site\.css is referenced by a page but missing/);
  });
});
