import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip } from "@/lib/tooling/host/static-server";

/**
 * `npm start`'s server, run as the real CLI against a small export, asked what an attacker and an
 * unlucky client would ask: nothing outside the export comes back, every response carries the
 * security headers, and gzip is sent only to clients that accept it.
 */

const parent = mkdtempSync(path.join(tmpdir(), "leadwise-serve-"));
const site = path.join(parent, "out");
const sibling = path.join(parent, "out-secrets");

function writeSite() {
  mkdirSync(path.join(site, "guides"), { recursive: true });
  mkdirSync(sibling, { recursive: true });
  writeFileSync(path.join(sibling, "secret.txt"), "SIBLING SECRET");
  writeFileSync(path.join(parent, "outside.txt"), "OUTSIDE SECRET");
  writeFileSync(path.join(site, "index.html"), "<h1>Home</h1>");
  writeFileSync(path.join(site, "404.html"), "<h1>Not found</h1>");
  const guide = `<h1>Mentoring</h1>${"<p>Grow people.</p>".repeat(200)}`;
  writeFileSync(path.join(site, "guides", "mentoring.html"), guide);
  writeFileSync(path.join(site, "guides", "mentoring.html.gz"), gzipSync(guide));
  writeFileSync(path.join(site, "feed.xml"), "<feed/>");
  writeFileSync(
    path.join(site, "_headers"),
    "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n\n/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8\n",
  );
  symlinkSync(path.join(parent, "outside.txt"), path.join(site, "linked.txt"));
  symlinkSync(parent, path.join(site, "linked-dir"));
}

type Response = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

function get(
  port: number,
  rawPath: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

function startServer(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/tooling/cli/serve.ts", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]), output: () => output });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function runToExit(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/tooling/cli/serve.ts", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

// Every suite below serves this site, in whatever order the suites run.
beforeAll(writeSite);

describe("npm start's static server", () => {
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer(["--dir", site, "--port", "0"]);
  }, 30_000);
  afterAll(() => {
    server?.child.kill();
  });

  it("serves a clean URL with the security headers", async () => {
    const response = await get(server.port, "/guides/mentoring");
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain("<h1>Mentoring</h1>");
    expect(response.headers["content-security-policy"]).toBe("default-src 'self'");
  });

  it.each([
    ["an encoded traversal into a sibling folder", "/..%2fout-secrets/secret.txt"],
    ["an encoded traversal with a backslash", "/..%5cout-secrets%5csecret.txt"],
    ["a doubly encoded traversal", "/%252e%252e/outside.txt"],
    ["a symlink to a file outside", "/linked.txt"],
    ["a file through a symlinked folder", "/linked-dir/outside.txt"],
    ["the headers file", "/_headers"],
  ])("answers 404 with headers, never the file, for %s", async (_, rawPath) => {
    const response = await get(server.port, rawPath);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toMatch(/SECRET/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("sends a path starting with // to the same path on this host, with headers", async () => {
    const response = await get(server.port, "//guides/mentoring?x=1");
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe("/guides/mentoring?x=1");
    expect(response.headers["content-security-policy"]).toBe("default-src 'self'");
  });

  it("puts the security headers on redirects, 404s, refused methods and bad requests", async () => {
    for (const [rawPath, method, status] of [
      ["/guides/mentoring/", "GET", 308],
      ["/nowhere", "GET", 404],
      ["/", "POST", 405],
      ["/", "DELETE", 405],
    ] as const) {
      const response = await get(server.port, rawPath, {}, method);
      expect(response.status, `${method} ${rawPath}`).toBe(status);
      expect(response.headers["content-security-policy"], `${method} ${rawPath}`).toBe(
        "default-src 'self'",
      );
    }
  });

  it("sends the precompressed file only to a client that accepts gzip", async () => {
    const gzipped = await get(server.port, "/guides/mentoring", { "accept-encoding": "gzip, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toBe("Accept-Encoding");
    for (const refusal of ["identity", "gzip;q=0", "br", "*;q=0"]) {
      const plain = await get(server.port, "/guides/mentoring", { "accept-encoding": refusal });
      expect(plain.headers["content-encoding"], refusal).toBeUndefined();
      expect(plain.body.toString(), refusal).toContain("<h1>Mentoring</h1>");
    }
    const none = await get(server.port, "/guides/mentoring");
    expect(none.headers["content-encoding"]).toBeUndefined();
  });

  it("sends the Atom feed as Atom, from the headers file", async () => {
    expect((await get(server.port, "/feed.xml")).headers["content-type"]).toBe(
      "application/atom+xml; charset=utf-8",
    );
  });
});

describe("npm start's port", () => {
  it("honours PORT, and a later --port over it", async () => {
    const fromEnv = await startServer(["--dir", site], { PORT: "0" });
    fromEnv.child.kill();
    expect(fromEnv.port).toBeGreaterThan(0);
    const fromFlag = await startServer(["--dir", site, "--port", "1", "--port", "0"], {
      PORT: "1",
    });
    fromFlag.child.kill();
    expect(fromFlag.port).toBeGreaterThan(1);
  }, 30_000);

  it("says in plain words when the port is taken, and how to pick another", async () => {
    const first = await startServer(["--dir", site, "--port", "0"]);
    const second = await runToExit(["--dir", site, "--port", String(first.port)]);
    first.child.kill();
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Port ${first.port} is already in use`);
    expect(second.output).toContain(`npm start -- --port ${first.port + 1}`);
    expect(second.output).not.toMatch(/at Server|EADDRINUSE/);
  }, 30_000);
});

describe("gzip negotiation", () => {
  it("reads Accept-Encoding as RFC 9110 does", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("deflate, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
