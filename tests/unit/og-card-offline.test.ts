import { readFileSync } from "node:fs";
import { ImageResponse } from "next/og";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderOgCard } from "@/components/og-card";
import { drawableText, findOgFontFile, readCoveredCodePoints } from "@/lib/seo/font-coverage";

/**
 * next/og downloads glyphs from the web for any character its bundled font lacks, which broke the
 * build offline on a guide titled with an emoji. Every fetch is recorded and refused here, as a
 * machine with no network would refuse it.
 */

const attempts: string[] = [];
/** next/og loads its own WebAssembly from data: URLs; anything that would leave the machine is refused. */
function refuseNetwork() {
  const local = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("data:")) return local(input, init);
    attempts.push(url);
    return Promise.reject(new TypeError("network is disabled in this test"));
  });
}
afterEach(() => {
  vi.unstubAllGlobals();
  attempts.length = 0;
});

const isPng = (bytes: Uint8Array) =>
  bytes.length > 1000 &&
  Buffer.from(bytes.subarray(0, 8)).equals(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );

describe("Open Graph cards with no network", () => {
  const covered = readCoveredCodePoints(readFileSync(findOgFontFile()));

  it("reads the bundled font's character map: Latin and punctuation in, emoji and CJK out", () => {
    for (const character of "Aé–’·ß")
      expect(covered.has(character.codePointAt(0) ?? 0), character).toBe(true);
    for (const character of ["🚀", "领", "😀"])
      expect(covered.has(character.codePointAt(0) ?? 0), character).toBe(false);
  });

  it("keeps what the font draws, drops the rest, and falls back when nothing is left", () => {
    expect(drawableText("Mentoring 🚀  at scale", covered, "Leadwise")).toBe("Mentoring at scale");
    expect(drawableText("领导力 😀", covered, "Leadwise")).toBe("Leadwise");
  });

  it("renders a card for a title with emoji and CJK without a single request", async () => {
    refuseNetwork();
    const response = renderOgCard({
      eyebrow: "Skill guide 🧭",
      title: "Mentoring 🚀 and 领导力",
      detail: "12 questions ✅",
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(attempts).toEqual([]);
    expect(isPng(bytes)).toBe(true);
  });

  it("would have gone to the network without that filter (the failure the filter prevents)", async () => {
    refuseNetwork();
    const unfiltered = new ImageResponse(
      createElement("div", { style: { display: "flex", fontSize: 60 } }, "Mentoring 🚀"),
      { width: 600, height: 300 },
    );
    await unfiltered.arrayBuffer().catch(() => undefined);
    expect(attempts.length).toBeGreaterThan(0);
  });
});
