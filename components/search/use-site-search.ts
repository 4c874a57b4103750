"use client";

import { useEffect, useMemo, useState } from "react";
import { searchSite, type SearchFilters } from "@/lib/search/engine";
import { groupSearchHits, searchSummary, type SearchGroup } from "@/lib/search/results";
import { loadPagefind } from "./load-pagefind";

export const searchUnavailable =
  "Search is unavailable: its index was not found. Try again after the site is rebuilt.";

// Long enough that typing a word runs one search, short enough to feel immediate.
const debounceMs = 150;

/** Runs the search for the query and filters, debounced; the latest answer wins. */
export function useSiteSearch(query: string, filters: SearchFilters) {
  const [groups, setGroups] = useState<SearchGroup[]>([]);
  const [status, setStatus] = useState("");
  const { kind, skill } = filters;

  useEffect(() => {
    const term = query.trim();
    let current = true;
    if (term === "") {
      setGroups([]);
      setStatus("");
      return;
    }
    const timer = setTimeout(() => {
      loadPagefind()
        .then((pagefind) => searchSite(pagefind, term, { kind, skill }))
        .then((ranked) => {
          if (!current) return;
          const grouped = groupSearchHits(ranked);
          setGroups(grouped);
          setStatus(searchSummary(term, grouped));
        })
        .catch(() => current && setStatus(searchUnavailable));
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, kind, skill]);

  return useMemo(() => ({ groups, status, setStatus }), [groups, status]);
}
