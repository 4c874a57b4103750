import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  offlineLibrary,
  precachedPages,
  precachePatterns,
} from "@/lib/tooling/host/offline-precache";

function fakeExport(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "leadwise-out-"));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), body);
  }
  return root;
}

describe("what the service worker precaches and what it leaves to the learner", () => {
  it("precaches every page that reads browser storage, the offline page and the practice banks", () => {
    expect(precachedPages).toEqual(
      expect.arrayContaining(["index", "practice", "progress", "stories", "plan", "offline"]),
    );
    expect(precachePatterns).toEqual(
      expect.arrayContaining(["_next/static/**/*.{js,css,woff2,svg}", "api/practice/*.json"]),
    );
  });

  it("lists every other page by its clean URL with the bytes they take, skipping assets and search", () => {
    const root = fakeExport({
      "index.html": "home",
      "practice.html": "practice",
      "guides.html": "12345",
      "guides/mentoring.html": "1234567890",
      "roles/staff-engineer.html": "123",
      "tags/index.html": "12",
      "_not-found.html": "x",
      "_next/static/chunks/a.js": "js",
      "pagefind/fragment/x.html": "fragment",
      "guides/mentoring.txt": "rsc",
    });
    expect(offlineLibrary(root)).toEqual({
      pages: ["/guides", "/guides/mentoring", "/roles/staff-engineer", "/tags"],
      bytes: 20,
    });
  });
});
