import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "@/lib/tooling/host/headers-file";

const shipped = parseHeadersFile(readFileSync("public/_headers", "utf8"));

describe("the shipped _headers file", () => {
  it("sends a strict CSP and the security headers on every page", () => {
    const headers = headersForPath(shipped, "/guides/mentoring");
    const csp = headers["Content-Security-Policy"] ?? "";
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/https?:\/\//);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBeTruthy();
    expect(headers["Permissions-Policy"]).toBeTruthy();
    expect(headers["Cache-Control"]).toMatch(/must-revalidate/);
  });

  it("caches hashed assets for a year and serves Open Graph images as PNG", () => {
    expect(headersForPath(shipped, "/_next/static/chunks/abc123.js")["Cache-Control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(headersForPath(shipped, "/guides/mentoring/opengraph-image")["Content-Type"]).toBe(
      "image/png",
    );
    expect(headersForPath(shipped, "/roles/cto/opengraph-image")["Content-Type"]).toBe("image/png");
    expect(headersForPath(shipped, "/opengraph-image")["Content-Type"]).toBe("image/png");
    expect(headersForPath(shipped, "/guides/mentoring")["Content-Type"]).toBeUndefined();
  });
});

describe("parsing the _headers format", () => {
  it("rejects a header line that is not under a path", () => {
    expect(() => parseHeadersFile("  X-Test: 1\n")).toThrow(/not under a path/);
  });
});
