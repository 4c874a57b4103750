import { isPagefindModule, pagefindOptions, type PagefindModule } from "@/lib/search/engine";

// Root-relative, so it works on any static host that serves the site at its root. Loaded on the
// first open only: pages that never search never fetch the search code or its index.
const pagefindUrl = "/pagefind/pagefind.js";
let pagefindLoading: Promise<PagefindModule> | null = null;

/** Pagefind's module, imported and initialised once; a failed load is retried on the next call. */
export function loadPagefind(): Promise<PagefindModule> {
  pagefindLoading ??= import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ pagefindUrl
  ).then(async (module: unknown) => {
    if (!isPagefindModule(module)) throw new Error("pagefind.js did not load");
    await module.options(pagefindOptions);
    await module.init();
    return module;
  });
  pagefindLoading.catch(() => {
    pagefindLoading = null;
  });
  return pagefindLoading;
}
