import type { FrameworkFloor } from "./framework-floor";
import { ownJs } from "./framework-floor";
import { formatKb, type PageWeight } from "./page-weight";

/**
 * Performance budgets, in gzipped bytes (KB = 1024 bytes). "Own JS" is the JS a page loads beyond
 * the framework floor, the bare Next page measured by lib/tooling/bench/framework-floor.ts: what our code
 * (layout, islands, libraries) adds on top of Next and React.
 */
export const budgets = {
  /** A reading page (a guide) in all: HTML, CSS and the scripts its HTML loads. */
  guideTotalGzip: 150 * 1024,
  /** A reading page's scripts: the page behaviours, with no framework (lib/page-behaviours). */
  readingPageJsGzip: 10 * 1024,
  practiceOwnJsGzip: 40 * 1024,
  cssGzip: 15 * 1024,
} as const;

export type BudgetVerdict = {
  withinBudget: boolean;
  figure: number;
  budget: number;
  message: string;
};

const largestScripts = (page: PageWeight, sharedByEveryPage: ReadonlySet<string>) => {
  const own =
    sharedByEveryPage.size > 0
      ? page.scripts.filter((script) => !sharedByEveryPage.has(script.file))
      : [];
  const listed = (own.length > 0 ? own : page.scripts)
    .toSorted((a, b) => b.gzip - a.gzip)
    .slice(0, 4)
    .map((script) => `${script.file.replace(/^.*\//, "")} ${formatKb(script.gzip)}`)
    .join(", ");
  return `${own.length > 0 ? "Largest scripts not shared by every page" : "Largest scripts"}: ${listed}`;
};

/**
 * `sharedByEveryPage`: scripts every page type loads (framework and layout), left out of the list
 * of suspects so a failure points at what this page adds.
 */
export function ownJsVerdict(
  label: string,
  page: PageWeight,
  floor: FrameworkFloor,
  budget: number,
  sharedByEveryPage: ReadonlySet<string> = new Set(),
): BudgetVerdict {
  const figure = ownJs(page.js, floor).gzip;
  const withinBudget = figure <= budget;
  return {
    withinBudget,
    figure,
    budget,
    message:
      `${label} ${page.urlPath} loads ${formatKb(figure)} gzip of its own JS, ${withinBudget ? "within" : "OVER"} its budget of ${formatKb(budget)} ` +
      `(all its JS ${formatKb(page.js.gzip)} minus the framework floor ${formatKb(floor.js.gzip)}, Next ${floor.next}). ${largestScripts(page, sharedByEveryPage)}.`,
  };
}

/** Everything the page's HTML makes the browser fetch at load, against `budget`. */
export function totalVerdict(label: string, page: PageWeight, budget: number): BudgetVerdict {
  const figure = page.html.gzip + page.css.gzip + page.js.gzip;
  const withinBudget = figure <= budget;
  return {
    withinBudget,
    figure,
    budget,
    message: `${label} ${page.urlPath} weighs ${formatKb(figure)} gzip in all, ${withinBudget ? "within" : "OVER"} its budget of ${formatKb(budget)} (HTML ${formatKb(page.html.gzip)}, CSS ${formatKb(page.css.gzip)}, JS ${formatKb(page.js.gzip)}).`,
  };
}

/** A reading page's scripts, which must not include the framework's, against `budget`. */
export function readingJsVerdict(label: string, page: PageWeight, budget: number): BudgetVerdict {
  const framework = page.scripts.filter((script) =>
    script.file.startsWith("/_next/static/chunks/"),
  );
  const figure = page.js.gzip;
  const withinBudget = figure <= budget && framework.length === 0;
  const scripts = page.scripts.map((script) => `${script.file} ${formatKb(script.gzip)}`);
  return {
    withinBudget,
    figure,
    budget,
    message: `${label} ${page.urlPath} loads ${formatKb(figure)} gzip of JS (${scripts.join(", ") || "none"}), ${withinBudget ? "within" : "OVER"} its budget of ${formatKb(budget)}${framework.length > 0 ? `, and ${framework.length} of the framework's scripts, which a reading page must not load` : ""}.`,
  };
}

/** Scripts that every one of the given pages loads. */
export function scriptsOnEveryPage(pages: readonly PageWeight[]): Set<string> {
  const [first, ...rest] = pages;
  if (!first) return new Set();
  return new Set(
    first.scripts
      .map((script) => script.file)
      .filter((file) => rest.every((page) => page.scripts.some((script) => script.file === file))),
  );
}

export function cssVerdict(label: string, page: PageWeight, budget: number): BudgetVerdict {
  const figure = page.css.gzip;
  const withinBudget = figure <= budget;
  return {
    withinBudget,
    figure,
    budget,
    message: `${label} ${page.urlPath} loads ${formatKb(figure)} gzip of CSS, ${withinBudget ? "within" : "OVER"} its budget of ${formatKb(budget)} (${page.stylesheets.map((sheet) => sheet.file.replace(/^.*\//, "")).join(", ") || "no stylesheets"}).`,
  };
}
