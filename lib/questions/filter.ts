/**
 * The questions hub's filter: which facets exist, how a URL query maps to a filter, and which
 * questions a filter keeps. Pure and free of content imports, so the client island can use it.
 *
 * Within one facet the chosen values are alternatives (`?tag=a&tag=b` keeps questions tagged a OR b);
 * across facets they narrow (`?tag=a&difficulty=hard` keeps hard questions tagged a).
 */

export const questionFacets = ["skill", "tag", "difficulty", "type", "role"] as const;
export type QuestionFacet = (typeof questionFacets)[number];

/** The values one question has for each facet (a question has many tags and roles, at most one skill). */
export type QuestionFacetValues = Record<QuestionFacet, readonly string[]>;

/** The chosen values per facet; an empty list means the facet does not narrow. */
export type QuestionFilter = Record<QuestionFacet, string[]>;

export type ParsedQuestionQuery = { filter: QuestionFilter; ignored: string[] };

export function emptyQuestionFilter(): QuestionFilter {
  return { skill: [], tag: [], difficulty: [], type: [], role: [] };
}

function isFacet(key: string): key is QuestionFacet {
  return questionFacets.some((facet) => facet === key);
}

/**
 * Reads `?skill=&tag=&difficulty=&type=&role=` (each repeatable). Anything not recognised, an
 * unknown parameter or a value no question has, is dropped and reported so the page can say so.
 */
export function parseQuestionQuery(
  search: string,
  known: Record<QuestionFacet, readonly string[]>,
): ParsedQuestionQuery {
  const filter = emptyQuestionFilter();
  const ignored: string[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (isFacet(key) && known[key].includes(value)) {
      if (!filter[key].includes(value)) filter[key].push(value);
    } else {
      ignored.push(`${key}=${value}`.slice(0, 80));
    }
  }
  return { filter, ignored };
}

/** The query string for a filter, facets and values in a stable order so equal filters share a URL. */
export function questionQueryString(filter: QuestionFilter): string {
  const params = new URLSearchParams();
  for (const facet of questionFacets)
    for (const value of [...filter[facet]].sort()) params.append(facet, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The filter with one facet value chosen or not; choosing a value twice keeps it once. */
export function withFacetValue(
  filter: QuestionFilter,
  facet: QuestionFacet,
  value: string,
  chosen: boolean,
): QuestionFilter {
  const others = filter[facet].filter((current) => current !== value);
  return { ...filter, [facet]: chosen ? [...others, value] : others };
}

export function isFilterEmpty(filter: QuestionFilter): boolean {
  return questionFacets.every((facet) => filter[facet].length === 0);
}

function matchesFacet(
  values: QuestionFacetValues,
  filter: QuestionFilter,
  facet: QuestionFacet,
): boolean {
  const chosen = filter[facet];
  return chosen.length === 0 || values[facet].some((value) => chosen.includes(value));
}

export function matchesQuestionFilter(
  values: QuestionFacetValues,
  filter: QuestionFilter,
): boolean {
  return questionFacets.every((facet) => matchesFacet(values, filter, facet));
}

/**
 * For each facet option, how many questions it would show: the other facets' choices apply, this
 * facet's do not, so a count says what ticking (or adding) that option leads to.
 */
export function questionFacetCounts(
  rows: readonly QuestionFacetValues[],
  filter: QuestionFilter,
): Record<QuestionFacet, Map<string, number>> {
  const counts = Object.fromEntries(
    questionFacets.map((facet) => [facet, new Map<string, number>()]),
  ) as Record<QuestionFacet, Map<string, number>>;
  for (const row of rows) {
    for (const facet of questionFacets) {
      const othersMatch = questionFacets.every(
        (other) => other === facet || matchesFacet(row, filter, other),
      );
      if (!othersMatch) continue;
      for (const value of new Set(row[facet]))
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Facet values travel in the static HTML as space-separated data attributes on each row
 * (`data-tag="conflict feedback"`), so the island filters the server-rendered list without a
 * second copy of it in JavaScript.
 */
export function facetAttributeName(facet: QuestionFacet): `data-${QuestionFacet}` {
  return `data-${facet}`;
}

export function encodeFacetAttribute(values: readonly string[]): string {
  return values.join(" ");
}

export function decodeFacetValues(read: (attribute: string) => string | null): QuestionFacetValues {
  const values = {} as Record<QuestionFacet, string[]>;
  for (const facet of questionFacets)
    values[facet] = (read(facetAttributeName(facet)) ?? "").split(" ").filter(Boolean);
  return values;
}
