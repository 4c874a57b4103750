"use client";

import { useEffect, useMemo, useState } from "react";
import { searchSite, type SearchFilters } from "@/lib/search/engine";
import { groupSearchHits, searchSummary, type SearchGroup } from "@/lib/search/results";
import { loadPagefind } from "./load-pagefind";

export const searchUnavailable =
  "Search is unavailable: its index was not found. Try again after the site is rebuilt.";

// Long enough that typing a word runs one search, short enough to feel immediate.
const debounceMs = 150;

type Answered = { key: string; groups: SearchGroup[]; status: string };

/**
 * Runs the search for the query and filters, debounced. Results are kept with the query and filters
 * they answer, so results for a term typed part-way (which can arrive while typing continues on a
 * slow machine) count as stale until the full term's results replace them: `busy` tells the dialog
 * not to act on a list that is about to be swapped out from under the focus.
 */
export function useSiteSearch(query: string, filters: SearchFilters) {
  const term = query.trim();
  const { kind, skill } = filters;
  const key = JSON.stringify([term, kind ?? null, skill ?? null]);
  const [answered, setAnswered] = useState<Answered>({ key: "", groups: [], status: "" });
  const [loadStatus, setStatus] = useState("");

  useEffect(() => {
    if (term === "") return;
    let current = true;
    const timer = setTimeout(() => {
      loadPagefind()
        .then((pagefind) => searchSite(pagefind, term, { kind, skill }))
        .then((ranked) => {
          if (!current) return;
          const grouped = groupSearchHits(ranked);
          setAnswered({ key, groups: grouped, status: searchSummary(term, grouped) });
        })
        .catch(() => current && setAnswered({ key, groups: [], status: searchUnavailable }));
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, term, kind, skill]);

  return useMemo(() => {
    if (term === "") return { groups: [], status: loadStatus, busy: false, setStatus };
    const busy = answered.key !== key;
    return {
      groups: answered.groups,
      status: busy ? "Searching…" : answered.status,
      busy,
      setStatus,
    };
  }, [term, key, answered, loadStatus]);
}
