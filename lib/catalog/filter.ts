import type { Category } from "../content/schema";

/** What the catalog needs of a guide: plain data, so the client island never imports a loader. */
export type GuideCard = {
  slug: string;
  title: string;
  summary: string;
  category: Category;
  tags: string[];
  questionCount: number;
  readingMinutes: number;
};

export type CatalogFilter = { category: Category | null; tag: string | null };

export type ParsedCatalogQuery = { filter: CatalogFilter; ignored: string[] };

/**
 * Reads `?category=&tag=` from a URL query. Anything it does not recognise (an unknown parameter,
 * category or tag) is dropped and reported, so the page can say so instead of showing nothing.
 */
export function parseCatalogQuery(
  search: string,
  categories: readonly Category[],
  tags: readonly string[],
): ParsedCatalogQuery {
  const params = new URLSearchParams(search);
  const filter: CatalogFilter = { category: null, tag: null };
  const ignored: string[] = [];
  for (const [key, value] of params) {
    if (key === "category" && categories.some((category) => category === value)) {
      filter.category = value as Category;
    } else if (key === "tag" && tags.includes(value)) {
      filter.tag = value;
    } else {
      ignored.push(`${key}=${value}`.slice(0, 80));
    }
  }
  return { filter, ignored };
}

export function catalogQueryString(filter: CatalogFilter): string {
  const params = new URLSearchParams();
  if (filter.category) params.set("category", filter.category);
  if (filter.tag) params.set("tag", filter.tag);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function filterGuides(guides: readonly GuideCard[], filter: CatalogFilter): GuideCard[] {
  return guides.filter(
    (guide) =>
      (filter.category === null || guide.category === filter.category) &&
      (filter.tag === null || guide.tags.includes(filter.tag)),
  );
}
