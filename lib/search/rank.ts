import { contentWords, normaliseWord, wordPairs } from "./query";

/**
 * Re-ranks the pages pagefind found, reading their text: the page that holds the query's wording,
 * or whose heading names what was asked, comes first, and each page's best section is the one that
 * holds the words. Pure (no DOM, no pagefind), so vitest checks it on hand-made pages.
 *
 * Pagefind's own score (BM25 over words) stays the base. It cannot see word order, so a sentence
 * made of common words ranks long guides that hold those words anywhere above the one guide that
 * holds the sentence; and its sub-results come in page order, not by how well they match.
 */

/** An element with an id that pagefind recorded, at its position in the page's words. */
export type PageAnchor = {
  element: string;
  id: string;
  text?: string;
  /** From `data-pagefind-title`: a titled element other than a heading (a concept, an FAQ). */
  title?: string;
  location: number;
};

/** What the ranking reads of one page: pagefind's fragment, narrowed. */
export type CandidatePage = {
  url: string;
  title: string;
  /** The indexed text, words separated by whitespace; anchor locations count these words. */
  content: string;
  anchors: PageAnchor[];
  /** Pagefind's score for the query, fused over the terms searched; higher is better. */
  score: number;
};

/** A part of a page a result can link to: a heading or titled element and the words under it. */
export type PageSection = {
  /** The anchor's id, or null for the words before the first one (the page's header). */
  id: string | null;
  title: string;
  /** The h2 a sub-heading, concept or FAQ sits under, so a result can say where it is. */
  parent: string | null;
  start: number;
  end: number;
};

export type RankedPage<Page extends CandidatePage = CandidatePage> = {
  page: Page;
  rank: number;
  /** The sections that hold the query's words, best first (at most `sectionsPerPage`). */
  sections: PageSection[];
  /** True when the first section holds most of the query's wording: then it leads the result. */
  sectionHoldsWording: boolean;
};

const isHeading = (anchor: PageAnchor) =>
  /^h[2-6]$/i.test(anchor.element) && (anchor.text ?? "").trim() !== "";
const anchorTitle = (anchor: PageAnchor) => (anchor.title ?? anchor.text ?? "").trim();

/** The page cut at its headings and titled elements, in page order. */
export function pageSections(page: CandidatePage, wordCount: number): PageSection[] {
  const anchors = page.anchors
    .filter((anchor) => (anchor.title ?? "").trim() !== "" || isHeading(anchor))
    .sort((a, b) => a.location - b.location);
  const sections: PageSection[] = [
    { id: null, title: page.title, parent: null, start: 0, end: anchors[0]?.location ?? wordCount },
  ];
  let parent: string | null = null;
  anchors.forEach((anchor, index) => {
    const title = anchorTitle(anchor);
    const isTopLevel = anchor.element.toLowerCase() === "h2";
    sections.push({
      id: anchor.id,
      title,
      parent: isTopLevel ? null : parent,
      start: anchor.location,
      end: anchors[index + 1]?.location ?? wordCount,
    });
    if (isTopLevel) parent = title;
  });
  return sections;
}

/**
 * Edit distance with transpositions (optimal string alignment), giving up once it exceeds `limit`:
 * "techincal" is one slip from "technical", "stakholder" one from "stakeholder".
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Slips forgiven in a word of this length: one from five letters, none in short words, where one
 * letter makes another word ("lead", "load"); never two ("mentoring" is two from "monitoring").
 */
const allowedSlips = (length: number) => (length >= 5 ? 1 : 0);

/**
 * Whether two normalised words are the same word: a longer form ("deleg" / "delegation"), or a
 * word typed with a slip or two ("delegaton", "candour" for "candor").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  const slips = allowedSlips(shorter);
  return slips > 0 && a[0] === b[0] && editDistance(a, b, slips) <= slips;
}

const coveredBy = (wanted: readonly string[], words: readonly string[]) =>
  wanted.filter((word) => words.some((candidate) => sameWord(word, candidate)));

/**
 * How well a title names what was asked: the share of the query's meaningful words it holds times
 * the share of its own words, small ones included, that the query used. "Conway's law" for a
 * concept called Conway's law is 1; the same words in a question's title ("What is psychological
 * safety, and what is it not?") much less, so a topic's name brings up the guide that explains it.
 */
export function titleMatch(
  queryWords: readonly string[],
  allQueryWords: readonly string[],
  title: string,
): number {
  const titleWords = title.split(/\s+/).map(normaliseWord).filter(Boolean);
  const titleContent = contentWords(titleWords);
  if (queryWords.length === 0 || titleContent.length === 0) return 0;
  const queryShare = coveredBy(queryWords, titleContent).length / queryWords.length;
  const titleShare = coveredBy(titleWords, allQueryWords).length / titleWords.length;
  return queryShare * titleShare;
}

// A concept's first words are its name and where it comes from ("From Kim Scott (2017)"): an
// author's or a framework's name there means the section explains it.
const leadLength = 24;

type SectionScore = { section: PageSection; wording: number; naming: number; words: number };

function scoreSection(
  section: PageSection,
  pageWords: readonly string[],
  query: { words: readonly string[]; allWords: readonly string[]; pairs: ReadonlySet<string> },
): SectionScore {
  const { words: queryWords, pairs: queryPairs } = query;
  const words = pageWords.slice(section.start, section.end).filter((word) => word !== "");
  const pairs = wordPairs(words);
  const wording =
    queryPairs.size >= 2
      ? [...queryPairs].filter((pair) => pairs.has(pair)).length / queryPairs.size
      : 0;
  const lead = words.slice(0, leadLength);
  const leadShare =
    queryWords.length > 0 ? coveredBy(queryWords, lead).length / queryWords.length : 0;
  // The lead counts for a titled part (a concept, an FAQ); a page's own header is its title alone.
  const leadNames = section.id !== null && leadShare === 1 ? 0.8 : 0;
  const naming = Math.max(titleMatch(queryWords, query.allWords, section.title), leadNames);
  const share = queryWords.length > 0 ? coveredBy(queryWords, words).length / queryWords.length : 0;
  return { section, wording, naming, words: share };
}

const sectionValue = (score: SectionScore) => 3 * score.wording + score.naming + 0.5 * score.words;

// Weights: holding the query's wording outweighs everything (a pasted sentence has one home);
// a title naming the query comes next; then one section holding most of the query's words (a
// paraphrase's words gather where its idea is explained); pagefind's own score decides the rest.
const weights = { wording: 3, naming: 2.5, focus: 1, base: 1 };
export const sectionsPerPage = 2;
/** A section holding this share of the query's word pairs is where the words are. */
const wordingThreshold = 0.5;

/** Ranks candidate pages for a query; the best first. */
export function rankPages<Page extends CandidatePage>(
  query: string,
  pages: readonly Page[],
): RankedPage<Page>[] {
  const allQueryWords = query.split(/\s+/).map(normaliseWord).filter(Boolean);
  const queryWords = contentWords(allQueryWords);
  const queryPairs = allQueryWords.length >= 4 ? wordPairs(allQueryWords) : new Set<string>();
  const topScore = Math.max(...pages.map((page) => page.score), Number.EPSILON);

  const ranked = pages.map((page) => {
    const pageWords = page.content.split(/\s+/).map(normaliseWord);
    const scored = pageSections(page, pageWords.length).map((section) =>
      scoreSection(section, pageWords, {
        words: queryWords,
        allWords: allQueryWords,
        pairs: queryPairs,
      }),
    );
    const wording = Math.max(...scored.map((score) => score.wording));
    const naming = Math.max(...scored.map((score) => score.naming));
    const focus = Math.max(...scored.map((score) => score.words));
    const rank =
      weights.base * (page.score / topScore) +
      weights.wording * wording +
      weights.naming * naming +
      weights.focus * focus;
    // Stable sort: equal sections stay in page order.
    const linked = scored
      .filter((score) => score.section.id !== null && sectionValue(score) > 0)
      .sort((a, b) => sectionValue(b) - sectionValue(a))
      .slice(0, sectionsPerPage);
    const first = linked[0];
    return {
      page,
      rank,
      sections: linked.map((score) => score.section),
      sectionHoldsWording:
        first !== undefined && first.wording >= wordingThreshold && first.wording === wording,
    };
  });
  return ranked.sort((a, b) => b.rank - a.rank);
}
