import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LinkChecker, LinkState } from "linkinator";
import { expect, test } from "./fixtures";

/** Every HTML page of the export, as the URL path a visitor would use. */
function builtPages(): { urlPath: string; html: string }[] {
  const root = "out";
  const pages: { urlPath: string; html: string }[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "_next") walk(absolute);
      } else if (
        entry.name.endsWith(".html") &&
        // The offline page, like the 404 page, is shown in place of another page and not indexed.
        !["404.html", "_not-found.html", "offline.html"].includes(entry.name)
      ) {
        const relative = path
          .relative(root, absolute)
          .replace(/\\/g, "/")
          .replace(/\.html$/, "");
        pages.push({
          urlPath: relative === "index" ? "/" : `/${relative}`,
          html: readFileSync(absolute, "utf8"),
        });
      }
    }
  };
  walk(root);
  return pages;
}

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;

test("a crawl of the built site finds no broken internal link, asset or anchor", async ({
  baseURL,
}) => {
  test.setTimeout(400_000);
  const origin = baseURL ?? "";
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${origin}/`,
    recurse: true,
    checkFragments: true,
    // Other specs share this server and both cores: a dropped connection (status 0) is retried, a
    // real 404 or missing anchor is not.
    concurrency: 4,
    timeout: 30_000,
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 500,
    linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
  });
  const broken = result.links
    // The layout's "Skip to Start" link targets the practice launcher's Start button, which the
    // practice island renders after hydration; CSS shows the link only on a page that has that target
    // (body:has(#practice-start)) and tests/e2e/keyboard.spec.ts uses it. Static HTML never holds
    // the anchor, so only that anchor on an existing page is excused; its page must still load.
    .filter((link) => link.state === LinkState.BROKEN)
    .filter((link) => !(link.status === 200 && new URL(link.url).hash === "#practice-start"))
    .map((link) => `${link.status ?? "?"} ${link.url} (on ${link.parent ?? "?"})`);
  expect(broken).toEqual([]);
  const checkedPages = new Set(
    result.links
      .filter((link) => link.state === LinkState.OK)
      .map((link) => new URL(link.url).pathname),
  );
  for (const page of builtPages())
    expect(checkedPages, `crawl reached ${page.urlPath}`).toContain(page.urlPath);
});

test("every related skill and role link on every page points at a page that exists", () => {
  const pages = builtPages();
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

test("every page has its own title, description and canonical URL, and is in the sitemap", () => {
  const pages = builtPages();
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
