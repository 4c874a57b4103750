"use client";

import { useEffect, useState } from "react";
import { loadPagefind } from "./load-pagefind";

/** The skills the index can filter by (guide titles), read from pagefind once the dialog opens. */
export function useSkillOptions(): string[] {
  const [skills, setSkills] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((filters) => {
        if (current) setSkills(Object.keys(filters.skill ?? {}).sort((a, b) => a.localeCompare(b)));
      })
      // Without the index the dialog already says search is unavailable; the filter stays empty.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return skills;
}
