/**
 * Serves the static export the way a CDN does: clean URLs (`/guides/x` -> `guides/x.html`), the
 * 404 page with status 404, gzip, and the response headers from `out/_headers` (the file Netlify
 * and Cloudflare Pages read). `npm start` and the e2e tests use it, so tests run under the real CSP.
 *
 *   tsx lib/cli/serve.ts [--port 3000] [--dir out]
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createGzip } from "node:zlib";
import { headersForPath, parseHeadersFile } from "../host/headers-file";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const port = Number(option("port", process.env.PORT ?? "3000"));
const root = path.resolve(option("dir", "out"));

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`No built site in ${root}. Run \`npm run build\` first.`);
  process.exit(1);
}

const headerRules = existsSync(path.join(root, "_headers")) ? parseHeadersFile(readFileSync(path.join(root, "_headers"), "utf8")) : [];

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".atom": "application/atom+xml; charset=utf-8",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".wasm": "application/wasm",
};
const compressible = /^(text\/|application\/(json|javascript|xml|atom\+xml|manifest\+json)|image\/svg)/;

/** Maps a URL path to a file the way static hosts do; never escapes the root. */
function resolveFile(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath);
  const candidates = [decoded, `${decoded}.html`, path.posix.join(decoded, "index.html")];
  for (const candidate of candidates) {
    const absolute = path.join(root, candidate);
    if (!absolute.startsWith(root)) return null;
    if (existsSync(absolute) && statSync(absolute).isFile()) return absolute;
  }
  return null;
}

const server = createServer((request, response) => {
  let urlPath: string;
  try {
    urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
    decodeURIComponent(urlPath);
  } catch {
    response.writeHead(400).end("Bad request");
    return;
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  if (urlPath.length > 1 && urlPath.endsWith("/")) {
    response.writeHead(308, { Location: urlPath.replace(/\/+$/, "") }).end();
    return;
  }
  const file = resolveFile(urlPath);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, "404.html");
  const headers: Record<string, string> = {
    "Content-Type": contentTypes[path.extname(served)] ?? "application/octet-stream",
    Vary: "Accept-Encoding",
    ...headersForPath(headerRules, urlPath),
  };
  const gzip = compressible.test(headers["Content-Type"] ?? "") && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  if (gzip) headers["Content-Encoding"] = "gzip";
  response.writeHead(status, headers);
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  const stream = createReadStream(served);
  (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(response);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${port}`);
});
