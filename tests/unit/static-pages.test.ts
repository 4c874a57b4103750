import { describe, expect, it } from "vitest";
import {
  clientComponentNames,
  islandsOf,
  pageIslands,
  toStaticPage,
} from "@/lib/tooling/host/static-page-html";
import { readLatestAttempt } from "@/lib/page-behaviours/saved-answers";

// The shapes of a page exported by Next 16 with Turbopack (taken from out/guides/*.html).
const push = (rows: string) => `<script>self.__next_f.push(${JSON.stringify([1, rows])})</script>`;
const page = (rows: string) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm.js"/>',
    '<script src="/_next/static/chunks/0vm8z.js" async=""></script>',
    '<script src="/_next/static/chunks/turbopack-077h.js" async=""></script>',
    '<script>(function(){document.documentElement.dataset.js=""})();</script>',
    '<script src="/_next/static/chunks/0cz1d.js" noModule=""></script>',
    "</head><body><main><h1>Mentoring</h1></main>",
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
    '<script src="/_next/static/chunks/310vm.js" async=""></script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    push(`2:"/_next/static/chunks/2081.js"\n4:I[22016,["$2"],""]\n8:"ProgressDashboard"\n`),
    push(
      `9:I[68791,["$2"],"$8"]\nb:I[39756,["$2"],"default"]\n1f:I[97367,["$2"],"OutletBoundary"]\n${rows}`,
    ),
    "</body></html>",
  ].join("");

describe("pages without Next's runtime", () => {
  it("reads the client components a page's payload imports, names written once included", () => {
    const html = page('c:I[1,["$2"],"DueReviews"]\n');
    expect(clientComponentNames(html)).toEqual([
      "",
      "DueReviews",
      "OutletBoundary",
      "ProgressDashboard",
      "default",
    ]);
    expect(islandsOf(html)).toEqual(["DueReviews", "ProgressDashboard"]);
  });

  it("finds a client component rendered outside an <Island> box", () => {
    const html = page('c:I[1,["$2"],"DueReviews"]\n').replace(
      "<main>",
      '<main><div data-island="ProgressDashboard" data-props="{}" class="contents"></div>',
    );
    expect(pageIslands(html)).toEqual({ islands: ["ProgressDashboard"], unboxed: ["DueReviews"] });
  });

  it("drops the framework's scripts, preloads and payload and loads the behaviours module instead", () => {
    const converted = toStaticPage(page(""), {
      src: "/_next/static/leadwise/page-X.js",
      preloads: ["/_next/static/leadwise/chunk-Y.js"],
    });
    expect(converted).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/);
    expect(converted).not.toContain("__next_f");
    expect(converted).not.toContain("TURBOPACK");
    // What the page itself says stays: its markup, styles, theme boot script and structured data.
    expect(converted).toContain("<h1>Mentoring</h1>");
    expect(converted).toContain('href="/_next/static/chunks/site.css"');
    expect(converted).toContain("dataset.js");
    expect(converted).toContain('<script type="application/ld+json">');
    expect(converted).toContain(
      '<link rel="modulepreload" fetchpriority="low" href="/_next/static/leadwise/chunk-Y.js"/><script type="module" src="/_next/static/leadwise/page-X.js"></script></head>',
    );
  });

  it("fails rather than leave a framework script it does not recognise", () => {
    const odd = page("").replace(
      "</body>",
      '<script nonce="n" src="/_next/static/chunks/x.js"></script></body>',
    );
    expect(() => toStaticPage(odd, { src: "/b.js", preloads: [] })).toThrow(
      /framework script or payload is left/,
    );
  });
});

describe("the saved answer shown under a question", () => {
  const notebook = (attempts: unknown) =>
    JSON.stringify({ version: 1, entries: { "men-grow": { attempts } } });

  it("is the latest attempt, with an unknown grade shown as not graded", () => {
    const stored = notebook([
      { text: "first", updatedAt: "2026-11-01T10:00:00.000Z", grade: 2 },
      { text: "second", updatedAt: "2026-11-02T10:00:00.000Z", grade: 9 },
    ]);
    expect(readLatestAttempt(stored, "men-grow")).toMatchObject({ text: "second", grade: null });
  });

  it("is nothing for another question, a damaged record or unreadable storage", () => {
    const stored = notebook([{ text: "x", updatedAt: "2026-11-02T10:00:00.000Z", grade: 3 }]);
    expect(readLatestAttempt(stored, "other")).toBeNull();
    expect(readLatestAttempt(notebook([{ text: 4, updatedAt: "x" }]), "men-grow")).toBeNull();
    expect(
      readLatestAttempt(notebook([{ text: "x", updatedAt: "yesterday" }]), "men-grow"),
    ).toBeNull();
    expect(readLatestAttempt("{not json", "men-grow")).toBeNull();
    expect(readLatestAttempt(null, "men-grow")).toBeNull();
  });
});
