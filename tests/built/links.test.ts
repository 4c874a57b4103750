import { expect, it } from "vitest";
import { site } from "../../lib/site";
import { checkLinks } from "../../lib/tooling/host/link-check";
import { openStaticSite } from "../../lib/tooling/host/static-server";
import { builtHtmlPages, linkedHtmlPages, outDir } from "../support/built-site";

it("every link, asset and anchor on every built page is answered by the server, and every page is reached from home", () => {
  const pages = builtHtmlPages();
  const report = checkLinks(
    openStaticSite(outDir),
    pages,
    new URL(site.url).origin,
    // The layout's "Skip to Start" link targets the practice launcher's Start button, which the
    // practice island renders once mounted; CSS shows the link only on a page that has that target
    // (body:has(#practice-start)), and tests/e2e/keyboard.spec.ts follows it in the browser.
    (fragment) => fragment === "practice-start",
  );
  expect(report.broken).toEqual([]);
  // Every page links its stylesheet, its page module and the header's destinations at least.
  expect(report.checked).toBeGreaterThan(pages.length * 10);
  for (const page of linkedHtmlPages())
    expect(report.reached, `a link from home reaches ${page.urlPath}`).toContain(page.urlPath);
});
