import { formatKb, type PageWeight } from "./page-weight";

/**
 * Performance budgets, in gzipped bytes (KB = 1024 bytes), on what a page's HTML makes the browser
 * fetch at load. No page loads Next's client runtime (lib/tooling/cli/static-pages.ts): a page's
 * scripts are the page module and, where it has islands, React and the islands' chunks.
 */
export const budgets = {
  /** A guide in all: HTML, CSS and scripts. */
  guideTotalGzip: 150 * 1024,
  /** A guide's scripts: the page module alone. */
  guideJsGzip: 10 * 1024,
  /** The practice page's scripts: the page module, React and the practice island. */
  practiceJsGzip: 110 * 1024,
  cssGzip: 15 * 1024,
} as const;

export type BudgetVerdict = {
  withinBudget: boolean;
  figure: number;
  budget: number;
  message: string;
};

const verdict = (figure: number, budget: number, describe: (within: string) => string) => {
  const withinBudget = figure <= budget;
  return { withinBudget, figure, budget, message: describe(withinBudget ? "within" : "OVER") };
};

/** Everything the page's HTML makes the browser fetch at load, against `budget`. */
export function totalVerdict(label: string, page: PageWeight, budget: number): BudgetVerdict {
  const figure = page.html.gzip + page.css.gzip + page.js.gzip;
  return verdict(
    figure,
    budget,
    (within) =>
      `${label} ${page.urlPath} weighs ${formatKb(figure)} gzip in all, ${within} its budget of ${formatKb(budget)} (HTML ${formatKb(page.html.gzip)}, CSS ${formatKb(page.css.gzip)}, JS ${formatKb(page.js.gzip)}).`,
  );
}

/** The page's scripts at load, which must not include the framework's, against `budget`. */
export function jsVerdict(label: string, page: PageWeight, budget: number): BudgetVerdict {
  const framework = page.scripts.filter((script) =>
    script.file.startsWith("/_next/static/chunks/"),
  );
  const largest = page.scripts
    .toSorted((a, b) => b.gzip - a.gzip)
    .slice(0, 4)
    .map((script) => `${script.file.replace(/^.*\//, "")} ${formatKb(script.gzip)}`);
  const result = verdict(
    page.js.gzip,
    budget,
    (within) =>
      `${label} ${page.urlPath} loads ${formatKb(page.js.gzip)} gzip of JS, ${within} its budget of ${formatKb(budget)} (largest: ${largest.join(", ") || "none"})${framework.length > 0 ? `, and ${framework.length} of Next's runtime scripts, which no page may load` : ""}.`,
  );
  return { ...result, withinBudget: result.withinBudget && framework.length === 0 };
}

export function cssVerdict(label: string, page: PageWeight, budget: number): BudgetVerdict {
  return verdict(
    page.css.gzip,
    budget,
    (within) =>
      `${label} ${page.urlPath} loads ${formatKb(page.css.gzip)} gzip of CSS, ${within} its budget of ${formatKb(budget)} (${page.stylesheets.map((sheet) => sheet.file.replace(/^.*\//, "")).join(", ") || "no stylesheets"}).`,
  );
}
