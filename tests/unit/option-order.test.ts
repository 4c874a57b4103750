import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import { buildManifest } from "@/lib/practice/bank";
import { defaultConfig } from "@/lib/practice/config";
import { displayedOptions, optionOrder, pageOptionSeed } from "@/lib/practice/option-order";
import { buildSession } from "@/lib/practice/session";

const { library } = readLibrary();
const checks = library.guides.flatMap((guide) => guide.knowledgeChecks);

/** Share of checks whose right answer is displayed at each position (A, B, C…), for one seed. */
function correctPositions(seed: string, ids: readonly string[]): number[] {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const counts = [0, 0, 0, 0, 0];
  for (const id of ids) {
    const check = byId.get(id);
    if (!check) throw new Error(`no check ${id}`);
    const position = displayedOptions(check.id, check.options, seed).findIndex(
      ({ option }) => option.correct,
    );
    counts[position] = (counts[position] ?? 0) + 1;
  }
  return counts;
}

function describeDistribution(label: string, counts: number[]): string {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return `${label}: ${counts
    .map((count, index) => `${"ABCDE"[index]} ${count} (${Math.round((count / total) * 100)}%)`)
    .join(", ")} of ${total} checks`;
}

describe("the order knowledge-check options are shown in", () => {
  it("is a permutation of the options, the same for the same seed and check", () => {
    const order = optionOrder("kc-1", 4, "abc123");
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder("kc-1", 4, "abc123")).toEqual(order);
  });

  it("differs across checks under one seed, and across seeds for one check", () => {
    const orders = checks.map((check) =>
      optionOrder(check.id, check.options.length, "abc123").join(""),
    );
    expect(new Set(orders).size).toBeGreaterThan(10);
    const seeds = ["a", "b", "c", "d", "e", "f", "g", "h"].map((seed) =>
      optionOrder("kc-1", 4, seed).join(""),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("letters the options by displayed position and keeps each option's written index", () => {
    const options = ["first", "second", "third", "fourth"];
    const shown = displayedOptions("kc-x", options, "seed9");
    expect(shown.map(({ letter }) => letter)).toEqual(["A", "B", "C", "D"]);
    for (const { option, written } of shown) expect(options[written]).toBe(option);
    expect(shown.map(({ written }) => written)).toEqual(optionOrder("kc-x", 4, "seed9"));
  });

  it("puts no position above 35% of the right answers across the library, in a set and on guide pages", () => {
    const written = [0, 0, 0, 0, 0];
    for (const check of checks) {
      const index = check.options.findIndex((option) => option.correct);
      written[index] = (written[index] ?? 0) + 1;
    }
    // Every check in the library, taken as a knowledge-check set would show it.
    const seed = "k3x9a2";
    const manifest = buildManifest(library);
    const inSets = manifest.guides.flatMap(
      (guide) =>
        buildSession(manifest, {
          ...defaultConfig,
          mode: "quiz",
          skills: [guide.slug],
          count: 50,
          seed,
        }).itemIds,
    );
    expect(new Set(inSets)).toEqual(new Set(checks.map((check) => check.id)));
    const inSet = correctPositions(seed, inSets);
    const onPages = correctPositions(
      pageOptionSeed,
      checks.map((check) => check.id),
    );
    console.log(describeDistribution("as written", written));
    console.log(describeDistribution(`in sets with seed ${seed}`, inSet));
    console.log(describeDistribution("on guide pages", onPages));
    for (const counts of [inSet, onPages])
      for (const count of counts) expect(count / checks.length).toBeLessThanOrEqual(0.35);
  });
});
