import { normaliseWord, searchTerms, textWords, typoPrefixes } from "./query";
import { rankPages, type RankedPage } from "./rank";
import { readPagefindPage, type PagefindPage } from "./results";

/**
 * One search as the dialog runs it, over pagefind's browser API (`/pagefind/pagefind.js`, written by
 * the build): the query as typed, each distinctive term alone (with shorter beginnings for a term
 * that found nothing), their scores added up, then the best pages read and re-ranked (rank.ts).
 * Takes the module as a parameter, so it runs the same against the real index and a fake one.
 */

export type PagefindResult = { id: string; score: number; data: () => Promise<unknown> };
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** The part of pagefind's browser API that the search calls (pagefind ships no browser types). */
export type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<PagefindFilterCounts>;
};

export const isPagefindModule = (value: unknown): value is PagefindModule =>
  typeof value === "object" &&
  value !== null &&
  "search" in value &&
  "filters" in value &&
  "init" in value &&
  "options" in value;

/** The dialog's filters, as pagefind filter values (`data-pagefind-filter` on the pages). */
export type SearchFilters = { kind?: "guide" | "question" | "role"; skill?: string };

/** How many pages are read in full and re-ranked: the rest keep pagefind's order below them. */
export const pagesReadPerSearch = 12;

/**
 * Options for `pagefind.options()`. Page length off: BM25's length penalty buried the long guides
 * under the short question pages that quote them; the re-ranking judges closeness to the query.
 */
export const pagefindOptions = { excerptLength: 24, ranking: { pageLength: 0 } };

/**
 * Whether pagefind found the term itself. For a word it does not know, pagefind falls back to the
 * longest indexed word the term starts with ("stakholder" finds pages with "st..."), so results
 * alone do not say; the best page holding a word that begins like the term does.
 */
async function foundItself(term: string, results: readonly PagefindResult[]): Promise<boolean> {
  const best = results[0];
  if (!best) return false;
  if (term.length < 5) return true;
  const page = readPagefindPage(await best.data());
  const start = normaliseWord(term).slice(0, 5);
  return page !== null && textWords(page.content).some((word) => word.startsWith(start));
}

/** A term's results, and the beginning of it that found them when the whole term found nothing. */
async function termResults(
  pagefind: PagefindModule,
  term: string,
  filters: Record<string, string>,
  checkSpelling: boolean,
): Promise<{ term: string; found: string; results: PagefindResult[] }> {
  let fallback: PagefindResult[] | null = null;
  for (const attempt of [term, ...typoPrefixes(term)]) {
    const results = (await pagefind.search(attempt, { filters }))?.results ?? [];
    fallback ??= results;
    if (results.length > 0 && (!checkSpelling || (await foundItself(attempt, results))))
      return { term, found: attempt, results };
  }
  return { term, found: term, results: fallback ?? [] };
}

// A short query is where a slip matters; a pasted sentence is found by its wording instead.
const spellCheckedTerms = 4;

/** The query with each mistyped term replaced by the beginning of it that the index knows. */
function correctedQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  if (corrections.size === 0) return query;
  return query
    .split(/\s+/)
    .map((word) => corrections.get(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")) ?? word)
    .join(" ");
}

/** Searches the index and returns the pages to show, best first, each with its best sections. */
export async function searchSite(
  pagefind: PagefindModule,
  query: string,
  filters: SearchFilters = {},
): Promise<RankedPage<PagefindPage>[]> {
  const filter: Record<string, string> = {};
  if (filters.kind) filter.kind = filters.kind;
  if (filters.skill) filter.skill = filters.skill;
  const terms = searchTerms(query);
  const checkSpelling = terms.length <= spellCheckedTerms;
  const perTerm = await Promise.all(
    terms.map((term) => termResults(pagefind, term, filter, checkSpelling)),
  );
  const corrections = new Map(
    perTerm.filter(({ term, found }) => term !== found).map(({ term, found }) => [term, found]),
  );
  const corrected = correctedQuery(query, corrections);
  const whole = (await pagefind.search(corrected, { filters: filter }))?.results ?? [];

  // A page holding the whole query scores its full pagefind score on top of its per-term scores.
  const fused = new Map<string, { result: PagefindResult; score: number }>();
  for (const results of [whole, ...perTerm.map((entry) => entry.results)])
    for (const result of results) {
      const entry = fused.get(result.id);
      fused.set(result.id, { result, score: (entry?.score ?? 0) + result.score });
    }
  const best = [...fused.values()].sort((a, b) => b.score - a.score).slice(0, pagesReadPerSearch);
  const pages = await Promise.all(
    best.map(async ({ result, score }) => {
      const page = readPagefindPage(await result.data());
      return page ? { ...page, score } : null;
    }),
  );
  return rankPages(
    corrected,
    pages.filter((page): page is PagefindPage & { score: number } => page !== null),
  );
}
