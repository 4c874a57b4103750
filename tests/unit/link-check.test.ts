import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLinks, readPageReferences, type BuiltPage } from "../../lib/tooling/host/link-check";
import { openStaticSite } from "../../lib/tooling/host/static-server";

const origin = "https://leadwise.example";

/** A throwaway export: each page is written as the HTML file the server maps its path to. */
function exportOf(pages: BuiltPage[], assets: string[] = []) {
  const root = mkdtempSync(path.join(tmpdir(), "leadwise-links-"));
  const write = (relative: string, body: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), body);
  };
  for (const page of pages)
    write(page.urlPath === "/" ? "index.html" : `${page.urlPath.slice(1)}.html`, page.html);
  for (const asset of assets) write(asset, "x");
  return openStaticSite(root);
}

describe("readPageReferences", () => {
  it("reads ids, named anchors, URL attributes, srcset candidates and Open Graph URLs", () => {
    const references = readPageReferences(
      `<h2 id="why">Why</h2><a name="old"></a><a href="/a?x=1&amp;y=2#why">a</a>
       <img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><script src="/s.js"></script>
       <meta property="og:image" content="${origin}/og.png"><meta name="description" content="/not-a-url">`,
    );
    expect([...references.targets]).toEqual(["why", "old"]);
    expect(references.urls).toEqual([
      { value: "/a?x=1&y=2#why", navigates: true },
      { value: "/i.png", navigates: false },
      { value: "/i-1.png", navigates: false },
      { value: "/i-2.png", navigates: false },
      { value: "/s.js", navigates: false },
      { value: `${origin}/og.png`, navigates: false },
    ]);
  });
});

describe("checkLinks", () => {
  const home: BuiltPage = {
    urlPath: "/",
    html: `<a href="/guides/a#intro">A</a><a href="https://elsewhere.example/x">out</a>
           <a href="mailto:x@y.z">mail</a><link rel="stylesheet" href="/s.css">
           <link rel="canonical" href="${origin}/">`,
  };
  const guide: BuiltPage = {
    urlPath: "/guides/a",
    html: `<h2 id="intro">Intro</h2><a href="b">sibling</a><a href="#intro">here</a>`,
  };
  const sibling: BuiltPage = { urlPath: "/guides/b", html: `<a href="/">home</a>` };

  it("passes a site whose references all resolve, and reaches every linked page", () => {
    const pages = [home, guide, sibling];
    const report = checkLinks(exportOf(pages, ["s.css"]), pages, origin);
    expect(report.broken).toEqual([]);
    expect([...report.reached].sort()).toEqual(["/", "/guides/a", "/guides/b"]);
    // Other origins and mailto: are not the export's; the canonical address is.
    expect(report.checked).toBe(6);
  });

  it("names each missing file, missing anchor and redirect, and leaves an unlinked page unreached", () => {
    const broken: BuiltPage = {
      urlPath: "/guides/c",
      html: `<a href="/guides/gone">x</a><a href="/guides/a#outro">y</a><img src="/missing.png"><a href="http://[oops">z</a>
             <a href="/guides/a/">slash</a><meta property="og:image" content="${origin}/og/c.png">`,
    };
    const pages = [home, guide, sibling, broken];
    const report = checkLinks(exportOf(pages, ["s.css"]), pages, origin);
    expect(report.broken).toEqual([
      "404: /guides/gone (on /guides/c)",
      "no element #outro: /guides/a#outro (on /guides/c)",
      "404: /missing.png (on /guides/c)",
      "not a URL: http://[oops (on /guides/c)",
      "308: /guides/a/ (on /guides/c)",
      `404: ${origin}/og/c.png (on /guides/c)`,
    ]);
    expect(report.reached.has("/guides/c")).toBe(false);
  });

  it("excuses only the fragment it is told a script renders", () => {
    const pages = [{ urlPath: "/", html: `<a href="#start">s</a><a href="#other">o</a>` }];
    const report = checkLinks(exportOf(pages), pages, origin, (fragment) => fragment === "start");
    expect(report.broken).toEqual(["no element #other: #other (on /)"]);
  });
});
