import { describe, expect, it } from "vitest";
import {
  directiveSources,
  inlineScripts,
  pagePolicy,
  pinInlineScripts,
  pinnedPolicy,
  scriptHashSource,
} from "@/lib/tooling/host/inline-script-csp";

const headerPolicy =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; object-src 'none'";
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  "<script>alert(1)</script>",
  "</head><body><h1>Hi</h1>",
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '<script>self.__next_f.push([1,"x"])</script>',
  "<script>alert(1)</script>",
  "</body></html>",
].join("");

describe("pinning a page's inline scripts", () => {
  it("hashes script text the way browsers do (CSP3 vector, CRLF read as LF)", () => {
    expect(scriptHashSource("alert(1)")).toBe(
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
    );
    expect(scriptHashSource("a();\r\nb();")).toBe(scriptHashSource("a();\nb();"));
  });

  it("finds executable inline scripts only: not external ones, not JSON-LD data blocks", () => {
    expect(inlineScripts(page)).toEqual(["alert(1)", 'self.__next_f.push([1,"x"])', "alert(1)"]);
  });

  it("keeps the header's script sources except 'unsafe-inline', and adds each hash once", () => {
    expect(pagePolicy(headerPolicy, page)).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${scriptHashSource("alert(1)")} ${scriptHashSource('self.__next_f.push([1,"x"])')}`,
    );
  });

  it("falls back to default-src when the header sets no script-src", () => {
    expect(pagePolicy("default-src 'self' 'unsafe-inline'", "<script>x()</script>")).toBe(
      `script-src 'self' ${scriptHashSource("x()")}`,
    );
    expect(() => pagePolicy("img-src 'self'", page)).toThrow(/neither script-src nor default-src/);
  });

  it("puts the policy right after the charset, before the first script, and is idempotent", () => {
    const pinned = pinInlineScripts(page, headerPolicy);
    expect(pinned.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(
      pinned.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length,
    );
    expect(pinned.indexOf("Content-Security-Policy")).toBeLessThan(pinned.indexOf("<script"));
    expect(pinInlineScripts(pinned, headerPolicy)).toBe(pinned);
    expect(pinnedPolicy(pinned)).toBe(pagePolicy(headerPolicy, page));
    expect(pinnedPolicy(page)).toBeNull();
  });

  it("re-pins with fresh hashes when a page changes", () => {
    const pinned = pinInlineScripts(page, headerPolicy);
    const changed = pinInlineScripts(pinned.replace("alert(1)", "alert(2)"), headerPolicy);
    expect(pinnedPolicy(changed)).toContain(scriptHashSource("alert(2)"));
    expect(changed.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it("refuses a page without a <head>", () => {
    expect(() => pinInlineScripts("<p>fragment</p>", headerPolicy)).toThrow(/no <head>/);
  });

  it("reads the sources of one directive", () => {
    expect(directiveSources(headerPolicy, "object-src")).toEqual(["'none'"]);
    expect(directiveSources(headerPolicy, "style-src")).toBeNull();
  });
});
