/**
 * pagefind's browser API, loaded from the build's output on the first search only: pages that never
 * search never fetch the search code or its index.
 */

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
export const unavailable =
  "Search is unavailable: its index was not found. Try again after the site is rebuilt.";
let pagefindLoading: Promise<PagefindModule> | null = null;

export function loadPagefind(): Promise<PagefindModule> {
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
