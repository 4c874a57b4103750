import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import path from "node:path";
import { headersForPath, parseHeadersFile, type HeaderRule } from "./headers-file";

/**
 * Serves a static export the way a CDN does, and nothing else: clean URLs (`/guides/x` ->
 * `guides/x.html`), the 404 page with status 404, precompressed `.gz` files when the client accepts
 * gzip, and the response headers from `_headers` on every response, errors and redirects included.
 *
 * Only regular files whose real path (symlinks resolved) lies inside the root are ever read, so
 * neither an encoded `..`, a sibling folder whose name starts with the root's, nor a symlink in the
 * export can reach the rest of the disk.
 */

export const contentTypes: Record<string, string> = {
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
  ".ics": "text/calendar; charset=utf-8",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".wasm": "application/wasm",
};

/** The file types the build writes a `.gz` beside (lib/tooling/host/precompress.ts); the rest are sent as they are. */
export const precompressedExtensions = [
  ".html",
  ".js",
  ".css",
  ".json",
  ".txt",
  ".xml",
  ".svg",
  ".webmanifest",
  ".tsv",
  ".atom",
  ".ics",
];

export type StaticSite = { root: string; rules: HeaderRule[] };

export function openStaticSite(directory: string): StaticSite {
  const root = realpathSync(path.resolve(directory));
  const headersFile = path.join(root, "_headers");
  return {
    root,
    rules: existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [],
  };
}

/** True when the client accepts gzip: `gzip` or `*` listed without `q=0`. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let gzip: number | null = null;
  let wildcard: number | null = null;
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    const qParameter = parameters
      .map((parameter) => parameter.trim())
      .find((parameter) => parameter.startsWith("q="));
    const quality = qParameter ? Number(qParameter.slice(2)) : 1;
    const weight = Number.isFinite(quality) ? quality : 0;
    if (name.trim() === "gzip" || name.trim() === "x-gzip") gzip = weight;
    else if (name.trim() === "*") wildcard = weight;
  }
  return (gzip ?? wildcard ?? 0) > 0;
}

/** A regular file inside the root, or null; `relative` is a decoded, normalised path below the root. */
function insideRoot(site: StaticSite, relative: string): string | null {
  const absolute = path.join(site.root, relative);
  const fromRoot = path.relative(site.root, absolute);
  if (fromRoot.startsWith("..") || path.isAbsolute(fromRoot)) return null;
  try {
    if (!statSync(absolute).isFile()) return null;
    const real = realpathSync(absolute);
    const realFromRoot = path.relative(site.root, real);
    return realFromRoot.startsWith("..") || path.isAbsolute(realFromRoot) ? null : real;
  } catch {
    return null;
  }
}

/** Maps a URL path to a file the way static hosts do. Dotfiles (`_headers` aside, never served) stay hidden. */
export function resolveFile(site: StaticSite, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter(Boolean);
  if (
    segments.some((segment) => segment === ".." || segment.startsWith(".")) ||
    decoded === "/_headers"
  )
    return null;
  const normalised = segments.join("/");
  const candidates =
    normalised === ""
      ? ["index.html"]
      : [normalised, `${normalised}.html`, `${normalised}/index.html`];
  for (const candidate of candidates) {
    const file = insideRoot(site, candidate);
    if (file) return file;
  }
  return null;
}

type Reply = { status: number; headers: Record<string, string>; file?: string; body?: string };

function securityHeaders(site: StaticSite, urlPath: string): Record<string, string> {
  return headersForPath(site.rules, urlPath);
}

/** What to send for one request: a pure decision, so every branch carries the security headers. */
export function planReply(
  site: StaticSite,
  method: string | undefined,
  rawUrl: string | undefined,
  acceptEncoding: string | undefined,
): Reply {
  const target = rawUrl ?? "/";
  const pathPart = target.split(/[?#]/, 1)[0] ?? "/";
  const query = target.slice(pathPart.length);
  if (!pathPart.startsWith("/"))
    return {
      status: 400,
      headers: { ...securityHeaders(site, "/"), "Content-Type": "text/plain; charset=utf-8" },
      body: "Bad request",
    };
  const text = (status: number, body: string, extra: Record<string, string> = {}): Reply => ({
    status,
    headers: {
      ...securityHeaders(site, "/"),
      "Content-Type": "text/plain; charset=utf-8",
      ...extra,
    },
    body,
  });
  if (method !== "GET" && method !== "HEAD")
    return text(405, "Method not allowed", { Allow: "GET, HEAD" });

  // `//guides/x` would be read by a browser's router as a path on another host; `/guides/x/` is not
  // the page's address. Both are sent to the one canonical path, on this host.
  const canonical = `/${pathPart.split("/").filter(Boolean).join("/")}`;
  if (canonical !== pathPart) return text(308, "Moved", { Location: `${canonical}${query}` });

  const file = resolveFile(site, pathPart);
  const served = file ?? insideRoot(site, "404.html");
  if (!served) return text(404, "Not found");
  const contentType = contentTypes[path.extname(served)] ?? "application/octet-stream";
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    ...securityHeaders(site, file ? pathPart : "/404"),
  };
  const precompressed = precompressedExtensions.includes(path.extname(served))
    ? insideRoot(site, `${path.relative(site.root, served)}.gz`)
    : null;
  if (precompressed) headers.Vary = "Accept-Encoding";
  if (precompressed && acceptsGzip(acceptEncoding)) {
    headers["Content-Encoding"] = "gzip";
    return { status: file ? 200 : 404, headers, file: precompressed };
  }
  return { status: file ? 200 : 404, headers, file: served };
}

export function staticHandler(site: StaticSite): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const reply = planReply(site, request.method, request.url, request.headers["accept-encoding"]);
    if (reply.file) reply.headers["Content-Length"] = String(statSync(reply.file).size);
    response.writeHead(reply.status, reply.headers);
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    if (reply.file) createReadStream(reply.file).pipe(response);
    else response.end(reply.body ?? "");
  };
}
