import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "../../lib/tooling/host/headers-file";
import {
  directiveSources,
  inlineScripts,
  pinnedPolicy,
  scriptHashSource,
} from "../../lib/tooling/host/inline-script-csp";
import { hasFrameworkPayload } from "../../lib/tooling/host/static-page-html";
import { builtHtmlPages, linkedHtmlPages, outDir, samplePages } from "../support/built-site";

/** What every page of the export says in its file: links, metadata, pinned scripts, what it loads. */

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;

const headerScriptSources =
  directiveSources(
    headersForPath(parseHeadersFile(readFileSync(`${outDir}/_headers`, "utf8")), "/")[
      "Content-Security-Policy"
    ] ?? "",
    "script-src",
  ) ?? [];

describe("every built page", () => {
  it("pins each of its inline scripts, and nothing else, in a meta policy", () => {
    const pages = builtHtmlPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const policy = pinnedPolicy(page.html);
      expect(
        policy,
        `${page.urlPath} has no pinned policy: build with \`npm run build\` (its postbuild step pins inline scripts)`,
      ).not.toBeNull();
      const hashes = (policy ?? "").split(/\s+/).filter((source) => source.startsWith("'sha256-"));
      expect(new Set(hashes), page.urlPath).toEqual(
        new Set(inlineScripts(page.html).map(scriptHashSource)),
      );
      expect(policy, page.urlPath).not.toContain("'unsafe-inline'");
      // The header policy applies too: it must allow each of the page's inline scripts.
      for (const hash of hashes)
        expect(headerScriptSources, `${page.urlPath}: ${hash} is not in _headers`).toContain(hash);
      expect(
        page.html.indexOf("Content-Security-Policy"),
        `${page.urlPath}: the policy precedes every script`,
      ).toBeLessThan(page.html.indexOf("<script"));
    }
  });

  it("links every related skill and role to a page that exists", () => {
    const pages = linkedHtmlPages();
    const existing = new Set(pages.map((page) => page.urlPath));
    let checked = 0;
    for (const page of pages) {
      for (const list of page.html.matchAll(
        /<ul aria-label="Related (?:skills|roles)"[^>]*>([\s\S]*?)<\/ul>/g,
      )) {
        for (const href of (list[1] ?? "").matchAll(/href="([^"]+)"/g)) {
          expect(existing, `${href[1]} linked from ${page.urlPath}`).toContain(href[1]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(
      pages.filter((page) => page.urlPath.startsWith("/guides/")).length * 2,
    );
  });

  it("has its own title, description and canonical URL, and is in the sitemap", () => {
    const pages = linkedHtmlPages();
    const sitemap = readFileSync("out/sitemap.xml", "utf8");
    const seen = {
      title: new Map<string, string>(),
      description: new Map<string, string>(),
      canonical: new Map<string, string>(),
    };
    for (const page of pages) {
      const values = {
        title: attribute(page.html, /<title>([^<]+)<\/title>/),
        description: attribute(page.html, /<meta name="description" content="([^"]+)"/),
        canonical: attribute(page.html, /<link rel="canonical" href="([^"]+)"/),
      };
      for (const [kind, value] of Object.entries(values) as [keyof typeof seen, string | null][]) {
        expect(value, `${kind} of ${page.urlPath}`).toBeTruthy();
        const other = seen[kind].get(value ?? "");
        expect(other, `${page.urlPath} shares its ${kind} with ${other}`).toBeUndefined();
        seen[kind].set(value ?? "", page.urlPath);
      }
      expect(new URL(values.canonical ?? "").pathname).toBe(page.urlPath);
      expect(sitemap, `${page.urlPath} in sitemap.xml`).toContain(`<loc>${values.canonical}</loc>`);
    }
  });

  it("gives a question page the social card of the guide or role it is written on", () => {
    const questions = builtHtmlPages().filter((page) => page.urlPath.startsWith("/questions/"));
    expect(questions.length).toBeGreaterThan(100);
    const owners = new Set<string>();
    for (const page of questions) {
      // The breadcrumb's middle link is the page the question is written on.
      const owner = attribute(
        page.html,
        /aria-label="Breadcrumb"[\s\S]*?<li>[\s\S]*?<\/li>\s*<li><a href="([^"]+)"/,
      );
      expect(owner, `${page.urlPath} names its guide or role`).toMatch(/^\/(guides|roles)\/[^/]+$/);
      owners.add(owner ?? "");
      for (const meta of [
        /<meta property="og:image" content="([^"]+)"/,
        /<meta name="twitter:image" content="([^"]+)"/,
      ]) {
        const image = new URL(attribute(page.html, meta) ?? "", "https://x");
        expect(image.pathname, `${page.urlPath}: ${meta.source}`).toBe(`${owner}/opengraph-image`);
      }
      expect(page.html, page.urlPath).toContain('<meta property="og:image:width" content="1200"/>');
      expect(readFileSync(`${outDir}${owner}/opengraph-image`).subarray(1, 4).toString()).toBe(
        "PNG",
      );
    }
    // Both kinds of owner are covered: questions written on guides and on role pages.
    expect([...owners].some((owner) => owner.startsWith("/roles/"))).toBe(true);
    expect([...owners].some((owner) => owner.startsWith("/guides/"))).toBe(true);
  });

  it("loads no framework script or payload, only the page module and its islands' chunks", () => {
    const pages = builtHtmlPages();
    for (const page of pages) {
      expect(hasFrameworkPayload(page.html), `${page.urlPath} carries an RSC payload`).toBe(false);
      expect(page.html, `${page.urlPath} loads a framework chunk`).not.toMatch(
        /<script[^>]*_next\/static\/chunks\/[^"]+\.js/,
      );
      expect(page.html, `${page.urlPath} loads the page module`).toMatch(
        /<script type="module" src="\/_next\/static\/leadwise\/page-[^"]+\.js">/,
      );
    }
    // Each island is on the page that renders it, with props its module can read.
    const { built } = samplePages();
    const islandsOn = (id: string) => {
      const sample = built.find((page) => page.id === id);
      expect(sample, `a ${id} page in ${outDir}/`).toBeDefined();
      const html = readFileSync(sample?.file ?? "", "utf8");
      return [...html.matchAll(/data-island="([^"]+)" data-props="([^"]*)"/g)].map(
        (match) => match[1],
      );
    };
    expect(islandsOn("guide")).toEqual([]);
    expect(islandsOn("practice")).toEqual(["PracticeApp"]);
    expect(islandsOn("progress")).toEqual(["ProgressDashboard"]);
    expect(islandsOn("home")).toEqual(["TodayStep", "DueReviews"]);
  });
});
