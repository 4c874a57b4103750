import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * What one built page costs a visitor: its HTML plus every stylesheet and script it loads, raw and
 * gzipped. Shared by `npm run bench` and the budget test so both report the same figures.
 *
 * "Scripts it loads" are the `<script src>` tags and every chunk the page's inline RSC payload names
 * (the client components React fetches while hydrating), minus `noModule` polyfills, which modern
 * browsers never download. Gzip is level 6, what lib/tooling/cli/serve.ts and nginx.conf send.
 */

export type Bytes = { raw: number; gzip: number };
export type AssetWeight = Bytes & { file: string };
export type PageWeight = {
  urlPath: string;
  htmlFile: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  stylesheets: AssetWeight[];
  scripts: AssetWeight[];
};

export const gzipLevel = 6;

export function bytesOf(content: Buffer | string): Bytes {
  const buffer = typeof content === "string" ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: gzipLevel }).length };
}

export function sumBytes(items: readonly Bytes[]): Bytes {
  return items.reduce(
    (total, item) => ({ raw: total.raw + item.raw, gzip: total.gzip + item.gzip }),
    { raw: 0, gzip: 0 },
  );
}

/** The file a static host serves for a clean URL: `/` -> index.html, `/guides/x` -> guides/x.html. */
export function htmlFileFor(outDir: string, urlPath: string): string {
  return path.join(
    outDir,
    urlPath === "/" ? "index.html" : `${urlPath.replace(/^\/+|\/+$/g, "")}.html`,
  );
}

export type ReferencedAssets = { stylesheets: string[]; scripts: string[] };

/** Same-origin asset paths a page's HTML makes the browser fetch, each once, in document order. */
export function referencedAssets(html: string): ReferencedAssets {
  const stylesheets = new Set<string>();
  for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
    const text = tag[0];
    const href = /\bhref="(\/[^"]+\.css)(?:\?[^"]*)?"/.exec(text)?.[1];
    if (href && /\brel="stylesheet"/.test(text)) stylesheets.add(href);
  }
  const legacy = new Set<string>();
  const scripts = new Set<string>();
  for (const tag of html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+\.js)(?:\?[^"]*)?"[^>]*>/g)) {
    const src = tag[1] ?? "";
    if (/\bnoModule\b/i.test(tag[0])) legacy.add(src);
    else scripts.add(src);
  }
  // Module chunks the page preloads are fetched at load, like its scripts.
  for (const tag of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="(\/[^"]+\.js)"/.exec(tag[0])?.[1];
    if (href) scripts.add(href);
  }
  // The flight data inside inline scripts names each client component's chunk (JSON-escaped).
  for (const chunk of html.matchAll(/\/_next\/static\/chunks\/[\w.~-]+\.js/g)) {
    if (!legacy.has(chunk[0])) scripts.add(chunk[0]);
  }
  return { stylesheets: [...stylesheets], scripts: [...scripts] };
}

function assetWeight(outDir: string, urlPath: string): AssetWeight {
  const file = path.join(outDir, urlPath);
  if (!existsSync(file))
    throw new Error(`${urlPath} is referenced by a page but missing from ${outDir}`);
  return { file: urlPath, ...bytesOf(readFileSync(file)) };
}

/** The weight of the page at `urlPath` in a built export, or null when the export has no such page. */
export function measurePage(outDir: string, urlPath: string): PageWeight | null {
  const htmlFile = htmlFileFor(outDir, urlPath);
  if (!existsSync(htmlFile)) return null;
  const html = readFileSync(htmlFile, "utf8");
  const assets = referencedAssets(html);
  const stylesheets = assets.stylesheets.map((href) => assetWeight(outDir, href));
  const scripts = assets.scripts.map((src) => assetWeight(outDir, src));
  return {
    urlPath,
    htmlFile,
    html: bytesOf(html),
    css: sumBytes(stylesheets),
    js: sumBytes(scripts),
    stylesheets,
    scripts,
  };
}

export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
