import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "@/lib/tooling/host/headers-file";
import { scriptHashSource } from "@/lib/tooling/host/inline-script-csp";
import { themeBootScript } from "@/lib/theme";

/**
 * The project ships two host configs: public/_headers (Netlify, Cloudflare Pages, and the local
 * server the e2e tests run under) and nginx.conf. These tests keep them saying the same thing.
 */

const headerRules = parseHeadersFile(readFileSync("public/_headers", "utf8"));
const nginx = readFileSync("nginx.conf", "utf8");

type Directive = { name: string; args: string[]; depth: number; block: string };

/** nginx's syntax, as far as this file uses it: directives, quoted arguments, nested blocks, comments. */
function parseNginx(source: string): Directive[] {
  const directives: Directive[] = [];
  const blocks: string[] = [];
  const tokens =
    source.replace(/#[^\n]*/g, "").match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[{};]|[^\s{};]+/g) ??
    [];
  let words: string[] = [];
  for (const token of tokens) {
    if (token === ";" || token === "{") {
      const [name = "", ...args] = words;
      directives.push({
        name,
        args: args.map((arg) => arg.replace(/^(["'])(.*)\1$/s, "$2")),
        depth: blocks.length,
        block: blocks.at(-1) ?? "",
      });
      if (token === "{") blocks.push([name, ...args].join(" "));
      words = [];
    } else if (token === "}") blocks.pop();
    else words.push(token);
  }
  return directives;
}

const directives = parseNginx(nginx);
const named = (name: string) => directives.filter((directive) => directive.name === name);

/** Cache-Control nginx sends for a path, by evaluating the `map $uri` block as nginx does (first regex that matches). */
function nginxCacheControl(urlPath: string): string | undefined {
  const entries = directives.filter((directive) => directive.block.startsWith("map $uri"));
  for (const entry of entries) {
    if (entry.name.startsWith("~") && new RegExp(entry.name.slice(1)).test(urlPath))
      return entry.args[0];
  }
  return entries.find((entry) => entry.name === "default")?.args[0];
}

/** The default_type of the regex location serving a path (these files have no extension for mime.types). */
function nginxLocationType(urlPath: string): string | undefined {
  for (const location of named("location").filter((directive) => directive.args[0] === "~")) {
    if (!new RegExp(location.args[1] ?? "^$").test(urlPath)) continue;
    return directives.find(
      (directive) =>
        directive.block === `location ${location.args.join(" ")}` &&
        directive.name === "default_type",
    )?.args[0];
  }
  return undefined;
}

/** One concrete path for each `_headers` pattern: `*` filled in. */
const samplePath = (pattern: string) => pattern.replace(/\*/g, "sample");

describe("nginx.conf and public/_headers", () => {
  it("send the same Content-Security-Policy and security headers on every response", () => {
    const fromHeadersFile = headersForPath(headerRules, "/guides/sample");
    delete fromHeadersFile["Cache-Control"];
    const fromNginx = Object.fromEntries(
      named("add_header")
        .filter((directive) => directive.args[0] !== "Cache-Control")
        .map((directive) => [directive.args[0], directive.args[1]]),
    );
    expect(fromNginx).toEqual(fromHeadersFile);
    expect(Object.keys(fromNginx)).toEqual(
      expect.arrayContaining([
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
      ]),
    );
  });

  it("set every header in the server block with `always`, so no location drops them and errors carry them too", () => {
    for (const header of named("add_header")) {
      expect(header.block, `add_header ${header.args[0]}`).toBe("server");
      expect(header.args.at(-1), `add_header ${header.args[0]}`).toBe("always");
    }
  });

  it("cache each path the same way: immutable hashed assets, revalidated HTML, a day for Open Graph images", () => {
    const paths = [
      "/",
      "/guides/sample",
      "/_next/static/chunks/sample.js",
      "/_next/static/media/icon.svg",
      ...headerRules.map((rule) => samplePath(rule.pattern)).filter((path) => path !== "/sample"),
    ];
    for (const urlPath of paths)
      expect(nginxCacheControl(urlPath), urlPath).toBe(
        headersForPath(headerRules, urlPath)["Cache-Control"],
      );
    expect(nginxCacheControl("/_next/static/chunks/sample.js")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(nginxCacheControl("/guides/sample")).toMatch(/must-revalidate/);
  });

  it("serve every extensionless Open Graph image as PNG", () => {
    const imageRules = headerRules.filter((rule) =>
      rule.headers.some(([name, value]) => name === "Content-Type" && value === "image/png"),
    );
    expect(imageRules.map((rule) => rule.pattern)).toEqual([
      "/opengraph-image",
      "/*/opengraph-image",
    ]);
    for (const rule of imageRules)
      expect(nginxLocationType(samplePath(rule.pattern)), rule.pattern).toBe("image/png");
    expect(nginxLocationType("/guides/sample")).toBeUndefined();
  });

  it("send every file that _headers gives a Content-Type with the same type", () => {
    const typed = headerRules.filter((rule) =>
      rule.headers.some(([name]) => name === "Content-Type"),
    );
    expect(typed.map((rule) => rule.pattern)).toContain("/feed.xml");
    for (const rule of typed) {
      const type = rule.headers.find(([name]) => name === "Content-Type")?.[1];
      expect(nginxLocationType(samplePath(rule.pattern)), rule.pattern).toBe(type);
    }
  });

  it("map clean URLs to .html files, answer misses with the 404 page, and compress text", () => {
    expect(named("try_files").find((directive) => directive.block === "location /")?.args).toEqual([
      "$uri",
      "$uri.html",
      "$uri/index.html",
      "=404",
    ]);
    expect(named("error_page")[0]?.args).toEqual(["404", "/404.html"]);
    expect(named("gzip")[0]?.args).toEqual(["on"]);
    expect(named("gzip_static")[0]?.args).toEqual(["on"]);
    expect(named("gzip_types")[0]?.args).toEqual(
      expect.arrayContaining([
        "text/css",
        "application/javascript",
        "application/json",
        "image/svg+xml",
        "application/xml",
      ]),
    );
  });
});

describe("the shipped Content-Security-Policy", () => {
  const policy = headersForPath(headerRules, "/")["Content-Security-Policy"] ?? "";
  const directive = (name: string) =>
    policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.split(/\s+/)[0] === name);

  it("allows one inline script, the theme boot script, by its hash", () => {
    const boot = scriptHashSource(themeBootScript);
    expect(
      directive("script-src"),
      `script-src in public/_headers and nginx.conf must name the boot script's hash ${boot}`,
    ).toBe(`script-src 'self' ${boot} 'wasm-unsafe-eval'`);
  });

  it("allows nothing from another origin and nothing inline but that script", () => {
    expect(policy).not.toMatch(/https?:|\*/);
    expect(directive("style-src")).toBe("style-src 'self'");
    expect(directive("img-src")).toBe("img-src 'self'");
    expect(directive("script-src-attr")).toBe("script-src-attr 'none'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'unsafe-inline'");
  });
});
