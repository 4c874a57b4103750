"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import {
  groupSearchHits,
  readPagefindPage,
  searchSummary,
  type PagefindPage,
  type SearchGroup,
} from "@/lib/search/results";

/** The part of pagefind's browser API (`/pagefind/pagefind.js`, written by the build) that we call. */
type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    query: string,
    options?: Record<string, unknown>,
    debounceMs?: number,
  ) => Promise<{ results: { data: () => Promise<unknown> }[] } | null>;
};

const isPagefindModule = (value: unknown): value is PagefindModule =>
  typeof value === "object" &&
  value !== null &&
  "debouncedSearch" in value &&
  "init" in value &&
  "options" in value;

// Root-relative, so it works on any static host that serves the site at its root. Loaded on the
// first open only: pages that never search never fetch the search code or its index.
const pagefindUrl = "/pagefind/pagefind.js";
const unavailable =
  "Search is unavailable: its index was not found. Try again after the site is rebuilt.";
let pagefindLoading: Promise<PagefindModule> | null = null;

function loadPagefind(): Promise<PagefindModule> {
  pagefindLoading ??= import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ pagefindUrl
  ).then(async (module: unknown) => {
    if (!isPagefindModule(module)) throw new Error("pagefind.js did not load");
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  });
  pagefindLoading.catch(() => {
    pagefindLoading = null;
  });
  return pagefindLoading;
}

/**
 * The search dialog, loaded with its code only when the search first opens (SiteSearch imports it
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
  const [groups, setGroups] = useState<SearchGroup[]>([]);
  const [status, setStatus] = useState("");
  const ids = { title: useId(), input: useId(), status: useId(), results: useId() };

  // Each open request (the button, `/`, Ctrl+K, Cmd+K) opens the dialog if it is closed.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    inputRef.current?.focus();
    inputRef.current?.select();
    loadPagefind().catch(() => setStatus(unavailable));
  }, [openRequests]);

  useEffect(() => {
    const term = query.trim();
    if (term === "") {
      setGroups([]);
      setStatus("");
      return;
    }
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
        const grouped = groupSearchHits(pages);
        setGroups(grouped);
        setStatus(searchSummary(term, grouped));
      })
      .catch(() => current && setStatus(unavailable));
    return () => {
      current = false;
    };
  }, [query]);

  /** Input first, then every result link in reading order. */
  const focusables = () =>
    [
      inputRef.current,
      ...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>("a[href]") ?? []),
    ].filter((node): node is HTMLInputElement | HTMLAnchorElement => node !== null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (
      event.key !== "ArrowDown" &&
      event.key !== "ArrowUp" &&
      !(event.key === "Enter" && event.target === inputRef.current)
    )
      return;
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
            className="mt-2 min-h-0 flex-1 overflow-y-auto"
            onClick={(event) =>
              event.target instanceof Element &&
              event.target.closest("a") &&
              dialogRef.current?.close()
            }
          >
            {groups.map((group) => (
              <section
                key={group.kind}
                aria-labelledby={`${ids.results}-${group.kind}`}
                className="mb-4"
              >
                <h3
                  id={`${ids.results}-${group.kind}`}
                  className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted"
                >
                  {group.label}
                </h3>
                <ul className="space-y-1">
                  {group.hits.map((hit) => (
                    <li key={hit.url}>
                      <a
                        href={hit.url}
                        className="block rounded-md p-2 text-fg no-underline hover:bg-surface focus:bg-surface"
                      >
                        <span className="block font-semibold text-accent">{hit.title}</span>
                        {hit.context ? (
                          <span className="block text-xs text-muted">{hit.context}</span>
                        ) : null}
                        <span className="mt-1 block text-sm">
                          {hit.excerpt.map((segment, index) =>
                            segment.marked ? (
                              <mark
                                key={index}
                                className="rounded-sm bg-accent-soft px-0.5 text-fg"
                              >
                                {segment.text}
                              </mark>
                            ) : (
                              <span key={index}>{segment.text}</span>
                            ),
                          )}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      </dialog>
    </>
  );
}
