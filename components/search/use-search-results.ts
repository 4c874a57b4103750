"use client";

import { useEffect, useMemo, useState } from "react";
import {
  groupSearchHits,
  readPagefindPage,
  searchSummary,
  type PagefindPage,
  type SearchGroup,
} from "@/lib/search/results";
import { loadPagefind, unavailable } from "./load-pagefind";

export type SearchResults = {
  groups: SearchGroup[];
  status: string;
  /** The results shown are not yet those of the current query. */
  busy: boolean;
};

/**
 * pagefind's results for the query. Results are kept with the term they answer, so results for a
 * term typed part-way (which can arrive while typing continues on a slow machine) are shown as
 * stale until the full term's results replace them: arrow keys and the status never act on a list
 * that is about to be swapped out from under the focus.
 */
export function useSearchResults(query: string): SearchResults {
  const term = query.trim();
  const [answered, setAnswered] = useState<{ term: string; groups: SearchGroup[]; status: string }>(
    { term: "", groups: [], status: "" },
  );

  useEffect(() => {
    if (term === "") return;
    let current = true;
    loadPagefind()
      .then(async (pagefind) => {
        const search = await pagefind.debouncedSearch(term, {}, 150);
        if (!search || !current) return;
        const pages = (
          await Promise.all(search.results.slice(0, 12).map((result) => result.data()))
        )
          .map(readPagefindPage)
          .filter((page): page is PagefindPage => page !== null);
        if (!current) return;
        const groups = groupSearchHits(pages);
        setAnswered({ term, groups, status: searchSummary(term, groups) });
      })
      .catch(() => current && setAnswered({ term, groups: [], status: unavailable }));
    return () => {
      current = false;
    };
  }, [term]);

  return useMemo(() => {
    if (term === "") return { groups: [], status: "", busy: false };
    const busy = answered.term !== term;
    return { groups: answered.groups, status: busy ? "Searching…" : answered.status, busy };
  }, [term, answered]);
}
