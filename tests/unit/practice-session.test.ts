import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import { buildManifest, buildSourceBank } from "@/lib/practice/bank";
import {
  defaultConfig,
  parsePracticeQuery,
  practiceQueryString,
  type PracticeConfig,
} from "@/lib/practice/config";
import { buildSession, matchingItems } from "@/lib/practice/session";
import { seededShuffle } from "@/lib/practice/seeded";

const { library } = readLibrary();
const manifest = buildManifest(library);
const known = {
  skills: manifest.guides.map((guide) => guide.slug),
  roles: manifest.roles.map((role) => role.slug),
  tags: manifest.tags,
  ids: manifest.items.map((item) => item.id),
};
const config = (
  overrides: Partial<PracticeConfig> & { seed?: string },
): PracticeConfig & { seed: string } => ({ ...defaultConfig, seed: "abc123", ...overrides });

describe("building a session from the real library", () => {
  it("gives the same questions in the same order for the same seed, and another order for another seed", () => {
    const first = buildSession(manifest, config({ skills: ["mentoring", "delegation"], count: 8 }));
    const again = buildSession(manifest, config({ skills: ["mentoring", "delegation"], count: 8 }));
    const other = buildSession(
      manifest,
      config({ skills: ["mentoring", "delegation"], count: 8, seed: "zz9" }),
    );
    expect(first.itemIds).toHaveLength(8);
    expect(again.itemIds).toEqual(first.itemIds);
    expect(other.itemIds).not.toEqual(first.itemIds);
  });

  it("does not depend on the order of the manifest", () => {
    const reversed = { ...manifest, items: [...manifest.items].reverse() };
    expect(buildSession(reversed, config({ tags: ["coaching"] })).itemIds).toEqual(
      buildSession(manifest, config({ tags: ["coaching"] })).itemIds,
    );
  });

  it("selects exactly the questions that match every filter", () => {
    const chosen = config({
      skills: ["technical-leadership", "communication"],
      difficulties: ["hard"],
      types: ["behavioral", "system-design"],
    });
    const expected = library.guides
      .filter((guide) => ["technical-leadership", "communication"].includes(guide.slug))
      .flatMap((guide) => guide.questions)
      .filter(
        (question) =>
          question.difficulty === "hard" && ["behavioral", "system-design"].includes(question.type),
      )
      .map((question) => question.id)
      .sort();
    expect(
      matchingItems(manifest, chosen)
        .map((item) => item.id)
        .sort(),
    ).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("selects a role's own questions and the questions of guides linked to it", () => {
    const ids = new Set(
      matchingItems(manifest, config({ roles: ["tech-lead"] })).map((item) => item.id),
    );
    const techLead = library.roles.find((role) => role.slug === "tech-lead");
    for (const question of techLead?.questions ?? []) expect(ids).toContain(question.id);
    const linkedGuide = library.guides.find((guide) => guide.relatedRoles.includes("tech-lead"));
    expect(ids).toContain(linkedGuide?.questions[0]?.id);
    const unlinked = library.guides.find(
      (guide) =>
        !guide.relatedRoles.includes("tech-lead") &&
        !techLead?.skills.some((skill) => skill.slug === guide.slug),
    );
    if (unlinked) expect(ids).not.toContain(unlinked.questions[0]?.id);
  });

  it("uses knowledge checks in knowledge-check mode and interview questions otherwise", () => {
    expect(
      matchingItems(manifest, config({ mode: "quiz", skills: ["mentoring"] })).every(
        (item) => item.kind === "check",
      ),
    ).toBe(true);
    expect(
      matchingItems(manifest, config({ mode: "mock", skills: ["mentoring"] })).every(
        (item) => item.kind === "question",
      ),
    ).toBe(true);
  });

  it("keeps an explicit list in its order and drops ids that no longer exist", () => {
    const ids = [manifest.items[5]?.id ?? "", manifest.items[1]?.id ?? ""];
    expect(
      buildSession(manifest, config({ ids: [...ids, "gone-question"], count: 3 })).itemIds,
    ).toEqual(ids);
  });

  it("builds a bank for every guide and role holding each of its items with sanitised HTML", () => {
    for (const source of [
      ...manifest.guides.map((guide) => guide.slug),
      ...manifest.roles.map((role) => role.slug),
    ]) {
      const bank = buildSourceBank(library, source);
      const expectedIds = manifest.items
        .filter((item) => item.source === source)
        .map((item) => item.id)
        .sort();
      expect(bank?.items.map((item) => item.id).sort()).toEqual(expectedIds);
      const html = JSON.stringify(bank);
      expect(html).toContain("<p>");
      expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    }
    expect(buildSourceBank(library, "nope")).toBeUndefined();
  }, 60_000);
});

describe("the practice URL", () => {
  it("round-trips a configuration", () => {
    const original = config({
      mode: "mock",
      skills: ["mentoring"],
      roles: ["tech-lead"],
      tags: ["coaching"],
      difficulties: ["medium", "hard"],
      types: ["behavioral"],
      count: 7,
      seconds: 120,
    });
    expect(parsePracticeQuery(practiceQueryString(original), known)).toEqual({
      config: original,
      ignored: [],
    });
  });

  it("ignores unknown parameters and values with a reason, clamps huge counts and rejects script in a seed", () => {
    const { config: parsed, ignored } = parsePracticeQuery(
      "?skills=mentoring,wizardry&count=999999999&seed=<script>alert(1)</script>&utm=x&mode=hard",
      known,
    );
    expect(parsed.skills).toEqual(["mentoring"]);
    expect(parsed.count).toBe(50);
    expect(parsed.seed).toBeNull();
    expect(parsed.mode).toBe("flashcards");
    expect(ignored).toEqual([
      "skills=wizardry (unknown)",
      "count=999999999 (kept within 1-50)",
      "seed=<script>alert(1)</script> (a seed is 1-16 letters or digits)",
      "utm=x (unknown parameter)",
      "mode=hard (unknown mode)",
    ]);
  });

  it("turns ?q= into a one-question set", () => {
    const id = manifest.items[0]?.id ?? "";
    expect(parsePracticeQuery(`?q=${id}`, known).config).toMatchObject({ ids: [id], count: 1 });
  });
});

describe("seeded shuffling", () => {
  it("is a permutation of its input", () => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    const shuffled = seededShuffle(items, "seed");
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });
});
