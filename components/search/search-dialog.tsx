"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchFilters } from "@/lib/search/engine";
import { loadPagefind } from "./load-pagefind";
import { SearchFilterControls } from "./search-filters";
import { SearchResults } from "./search-results";
import { searchUnavailable, useSiteSearch } from "./use-site-search";
import { useSkillOptions } from "./use-skill-options";

/**
 * The search dialog, loaded with its code only when the search first opens (PageBehaviours imports it
 * lazily): a modal over the pagefind index built from the export. Arrow keys move between the input
 * and the result links, Enter follows a link, Escape closes. Result counts go to a live region.
 */
export function SearchDialog({
  openRequests,
  onClose,
}: {
  openRequests: number;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<SearchFilters>({});
  const { groups, status, busy, setStatus } = useSiteSearch(query, filters);
  const skills = useSkillOptions();
  const ids = { title: useId(), input: useId(), status: useId(), results: useId() };

  // Each open request (the button, `/`, Ctrl+K, Cmd+K) opens the dialog if it is closed.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    inputRef.current?.focus();
    inputRef.current?.select();
    loadPagefind().catch(() => setStatus(searchUnavailable));
  }, [openRequests, setStatus]);

  /** Input first, then every result link in reading order. */
  const focusables = () =>
    [
      inputRef.current,
      ...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>("a[href]") ?? []),
    ].filter((node): node is HTMLInputElement | HTMLAnchorElement => node !== null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The filters' selects keep their own arrow keys.
    if (event.target instanceof HTMLSelectElement) return;
    if (
      event.key !== "ArrowDown" &&
      event.key !== "ArrowUp" &&
      !(event.key === "Enter" && event.target === inputRef.current)
    )
      return;
    // Results for a term typed part-way are about to be replaced: acting on them would open, or
    // focus, a link that disappears a moment later.
    if (busy) {
      event.preventDefault();
      return;
    }
    const items = focusables();
    if (event.key === "Enter") {
      // Enter in the box opens the best result.
      const best = items[1];
      if (best) {
        event.preventDefault();
        best.click();
      }
      return;
    }
    event.preventDefault();
    const index = items.findIndex((item) => item === document.activeElement);
    const next =
      event.key === "ArrowDown" ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0);
    items[next]?.focus();
  };

  return (
    <>
      <dialog
        ref={dialogRef}
        aria-labelledby={ids.title}
        onClose={onClose}
        onClick={(event) => {
          // A click on the backdrop (the dialog element itself, outside its panel) closes it.
          if (event.target === dialogRef.current) dialogRef.current.close();
        }}
        className="m-0 mx-auto mt-[8vh] w-[min(42rem,calc(100vw-2rem))] max-h-[80vh] rounded-lg border border-border bg-bg p-0 text-fg shadow-xl backdrop:bg-black/50"
      >
        <div className="flex max-h-[80vh] flex-col p-4" onKeyDown={onKeyDown}>
          <div className="mb-3 flex shrink-0 items-center justify-between gap-3">
            <h2 id={ids.title} className="text-lg font-semibold">
              Search Leadwise
            </h2>
            <button
              type="button"
              onClick={() => dialogRef.current?.close()}
              className="min-h-11 rounded-md border border-border px-3 text-sm hover:bg-surface"
            >
              Close <span className="sr-only">search</span>
            </button>
          </div>
          <label htmlFor={ids.input} className="mb-1 shrink-0 text-sm text-muted">
            Guides, sections, questions and roles
          </label>
          <input
            ref={inputRef}
            id={ids.input}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.status}
            aria-controls={ids.results}
            className="min-h-11 w-full shrink-0 rounded-md border border-border bg-bg px-3 text-base text-fg"
          />
          <SearchFilterControls filters={filters} skills={skills} onChange={setFilters} />
          <p
            id={ids.status}
            role="status"
            aria-live="polite"
            className="mt-2 min-h-5 shrink-0 text-sm text-muted"
          >
            {status}
          </p>
          <div
            ref={resultsRef}
            id={ids.results}
            aria-busy={busy}
            className="mt-2 min-h-0 flex-1 overflow-y-auto"
            onClick={(event) =>
              event.target instanceof Element &&
              event.target.closest("a") &&
              dialogRef.current?.close()
            }
          >
            <SearchResults groups={groups} idPrefix={ids.results} />
          </div>
        </div>
      </dialog>
    </>
  );
}
