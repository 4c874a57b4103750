import { describe, expect, it } from "vitest";
import {
  catalogQueryString,
  filterGuides,
  parseCatalogQuery,
  type GuideCard,
} from "@/lib/catalog/filter";

const card = (slug: string, category: GuideCard["category"], tags: string[]): GuideCard => ({
  slug,
  title: slug,
  summary: "",
  category,
  tags,
  questionCount: 12,
  readingMinutes: 10,
});
const guides = [
  card("mentoring", "people", ["coaching"]),
  card("delegation", "leadership", ["coaching", "delegation"]),
  card("adr", "direction", ["architecture"]),
];
const categories = ["leadership", "people", "communication", "direction", "delivery"] as const;
const tags = ["architecture", "coaching", "delegation"];

describe("the catalog filter", () => {
  it("selects exactly the guides in a category and with a tag", () => {
    expect(
      filterGuides(guides, { category: null, tag: "coaching" }).map((guide) => guide.slug),
    ).toEqual(["mentoring", "delegation"]);
    expect(
      filterGuides(guides, { category: "leadership", tag: "coaching" }).map((guide) => guide.slug),
    ).toEqual(["delegation"]);
    expect(filterGuides(guides, { category: null, tag: null })).toHaveLength(3);
  });

  it("reads known parameters and reports unknown ones instead of failing", () => {
    expect(parseCatalogQuery("?category=people&tag=coaching", categories, tags)).toEqual({
      filter: { category: "people", tag: "coaching" },
      ignored: [],
    });
    expect(
      parseCatalogQuery("?category=wizardry&tag=coaching&utm_source=x", categories, tags),
    ).toEqual({
      filter: { category: null, tag: "coaching" },
      ignored: ["category=wizardry", "utm_source=x"],
    });
  });

  it("writes the filter back into a query string that parses to the same filter", () => {
    const filter = { category: "direction", tag: "architecture" } as const;
    expect(parseCatalogQuery(catalogQueryString(filter), categories, tags).filter).toEqual(filter);
    expect(catalogQueryString({ category: null, tag: null })).toBe("");
  });
});
