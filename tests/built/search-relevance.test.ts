import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { searchSite, type PagefindModule } from "../../lib/search/engine";
import { groupSearchHits } from "../../lib/search/results";
import { loadBuiltPagefind } from "../support/built-pagefind";
import { outDir } from "../support/built-site";
import { relevanceQueries, type RelevanceQuery } from "../support/search-relevance-queries";

/**
 * Search relevance over the built index, run the way the dialog runs a query (searchSite, then the
 * hits grouped as the dialog lists them) with pagefind's own module. The dialog itself (typing,
 * results on screen, keyboard, filters) is tested in the browser by tests/e2e/search.spec.ts.
 */

// The floor the issue set: the right page first for 90% of queries and in the first three for 98%,
// and the first section link right for 80% of the sentences copied from a guide.
const floors = { topOne: 0.9, topThree: 0.98, sentenceSections: 0.8 };

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'" };
const pageText = (path: string) =>
  readFileSync(`${outDir}${path}.html`, "utf8")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#x27);/g, (_match, name: string) => entities[name] ?? "")
    .replace(/\s+/g, " ");
const squash = (text: string) => text.replace(/\s+/g, "");
const expectedPages = (query: RelevanceQuery) =>
  typeof query.page === "string" ? [query.page] : query.page;

let pagefind: PagefindModule;
beforeAll(async () => {
  pagefind = await loadBuiltPagefind(outDir);
});

it("every copied sentence is on its page as written", () => {
  for (const query of relevanceQueries.filter((entry) => entry.kind === "sentence")) {
    const [page] = expectedPages(query);
    // Whitespace aside: the built page puts markup (a table cell, a link) inside some sentences.
    expect(squash(pageText(page ?? "")), `${query.query} on ${page}`).toContain(
      squash(query.query),
    );
  }
});

type Outcome = { query: RelevanceQuery; pages: string[]; section: string | null };

it("the search puts the page that holds the words first, and links the section", async () => {
  expect(relevanceQueries.length).toBeGreaterThanOrEqual(40);
  const outcomes: Outcome[] = [];
  for (const query of relevanceQueries) {
    const groups = groupSearchHits(await searchSite(pagefind, query.query.trim()));
    // Result links in the order the dialog lists them (its practice links are not results).
    const results = groups.flatMap((group) => group.hits.map((hit) => hit.url));
    const pages = [...new Set(results.map((href) => href.split("#")[0] ?? ""))];
    const first = pages[0];
    const sectionLink = results.find((href) => first && href.startsWith(`${first}#`));
    outcomes.push({ query, pages, section: sectionLink?.split("#")[1] ?? null });
  }

  const isFirst = ({ query, pages }: Outcome) => expectedPages(query).includes(pages[0] ?? "");
  const inTopThree = ({ query, pages }: Outcome) =>
    pages.slice(0, 3).some((found) => expectedPages(query).includes(found));
  const sentences = outcomes.filter((outcome) => outcome.query.kind === "sentence");
  const sectionRight = (outcome: Outcome) =>
    isFirst(outcome) && outcome.section === outcome.query.section;
  const share = (count: number, of: number) => count / of;
  const figures = {
    topOne: share(outcomes.filter(isFirst).length, outcomes.length),
    topThree: share(outcomes.filter(inTopThree).length, outcomes.length),
    sentenceSections: share(sentences.filter(sectionRight).length, sentences.length),
  };

  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const report = [
    `Search relevance over ${outcomes.length} queries (${sentences.length} copied sentences):`,
    `  right page first:          ${percent(figures.topOne)} (floor ${percent(floors.topOne)})`,
    `  right page in first three: ${percent(figures.topThree)} (floor ${percent(floors.topThree)})`,
    `  sentence, section right:   ${percent(figures.sentenceSections)} (floor ${percent(floors.sentenceSections)})`,
    ...outcomes
      .filter(
        (outcome) =>
          !isFirst(outcome) || (outcome.query.kind === "sentence" && !sectionRight(outcome)),
      )
      .map(
        ({ query, pages, section }) =>
          `  miss [${query.kind}] "${query.query}": got ${pages.slice(0, 3).join(", ") || "nothing"}` +
          (query.section ? ` (section ${section ?? "none"}, wanted ${query.section})` : ""),
      ),
  ].join("\n");
  console.log(report);

  expect(figures.topOne, report).toBeGreaterThanOrEqual(floors.topOne);
  expect(figures.topThree, report).toBeGreaterThanOrEqual(floors.topThree);
  expect(figures.sentenceSections, report).toBeGreaterThanOrEqual(floors.sentenceSections);
});
