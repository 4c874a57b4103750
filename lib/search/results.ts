/**
 * Turns pagefind's result data into what the search dialog shows: hits grouped by kind, each with
 * its matching passage. Pure (no DOM), so vitest checks it; the dialog only renders the groups.
 *
 * The built pages label themselves for the index with `data-pagefind-meta="kind:..."`; a guide's
 * headings and titled parts (concepts, FAQ entries) become "guide section" hits, linked at their id.
 */

import { practiceQuestionPath } from "../questions/paths";
import type { CandidatePage, PageAnchor, PageSection, RankedPage } from "./rank";

export const searchKinds = ["guide", "guide-section", "question", "role"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, string> = {
  guide: "Guides",
  "guide-section": "Guide sections",
  question: "Questions",
  role: "Roles",
};

const searchKindSingular: Record<SearchKind, string> = {
  guide: "guide",
  "guide-section": "guide section",
  question: "question",
  role: "role",
};

/** A section of a page as pagefind's sub-results give it (the dialog takes the excerpt from it). */
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
};
/** The part of pagefind's `result.data()` the search reads (pagefind ships no browser types). */
export type PagefindPage = CandidatePage & {
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
};

/** A run of excerpt text, `marked` where it matched the query. */
export type ExcerptSegment = { text: string; marked: boolean };

export type SearchHit = {
  kind: SearchKind;
  title: string;
  url: string;
  /** Where the hit is, in words: "Guide · Incident Leadership › Trade-offs". */
  where: string;
  excerpt: ExcerptSegment[];
  /** For a question: the practice runner set to that one question. */
  practiseUrl: string | null;
};
export type SearchGroup = { kind: SearchKind; label: string; hits: SearchHit[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;
const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/**
 * Pagefind indexes files, so its URLs end in `.html`; the site links clean URLs (`/guides/x`), which
 * are also the canonical ones. Any host that serves the site already maps one to the other.
 */
export function cleanPageUrl(url: string): string {
  return url.replace(/(\/index)?\.html(?=$|[#?])/, (_match, index: string | undefined) =>
    index ? "/" : "",
  );
}

function readStrings(value: unknown): Record<string, string> {
  const strings: Record<string, string> = {};
  if (isRecord(value))
    for (const [key, entry] of Object.entries(value)) if (isString(entry)) strings[key] = entry;
  return strings;
}

function readFilters(value: unknown): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  if (isRecord(value))
    for (const [key, entry] of Object.entries(value))
      if (Array.isArray(entry)) filters[key] = entry.filter(isString);
  return filters;
}

function readAnchors(value: unknown): PageAnchor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((anchor): PageAnchor[] => {
    if (!isRecord(anchor) || !isString(anchor.element) || !isString(anchor.id)) return [];
    if (!isNumber(anchor.location)) return [];
    return [
      {
        element: anchor.element,
        id: anchor.id,
        location: anchor.location,
        ...(isString(anchor.text) ? { text: anchor.text } : {}),
        ...(isString(anchor.title) ? { title: anchor.title } : {}),
      },
    ];
  });
}

function readSubResults(value: unknown): PagefindSubResult[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((sub): PagefindSubResult[] => {
    if (!isRecord(sub) || !isString(sub.title) || !isString(sub.url) || !isString(sub.excerpt))
      return [];
    const anchorId = isRecord(sub.anchor) && isString(sub.anchor.id) ? sub.anchor.id : undefined;
    return [
      {
        title: sub.title,
        url: cleanPageUrl(sub.url),
        excerpt: sub.excerpt,
        ...(anchorId ? { anchor: { id: anchorId } } : {}),
      },
    ];
  });
}

/** Narrows pagefind's untyped data; anything malformed is dropped rather than trusted. */
export function readPagefindPage(value: unknown): PagefindPage | null {
  if (!isRecord(value) || !isString(value.url) || !isString(value.excerpt)) return null;
  const meta = readStrings(value.meta);
  const url = cleanPageUrl(value.url);
  return {
    url,
    title: meta.title ?? url,
    content: isString(value.content) ? value.content : "",
    anchors: readAnchors(value.anchors),
    score: 0,
    excerpt: value.excerpt,
    meta,
    filters: readFilters(value.filters),
    sub_results: readSubResults(value.sub_results),
  };
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#x27": "'",
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27|apos);/g,
    (_match, name: string) => entities[name] ?? "",
  );
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` around matches. Splitting it into segments lets
 * the dialog render text nodes and <mark> elements instead of trusting an HTML string.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last)
      segments.push({
        text: decodeEntities(excerpt.slice(last, index).replace(/<[^>]*>/g, "")),
        marked: false,
      });
    segments.push({ text: decodeEntities((match[1] ?? "").replace(/<[^>]*>/g, "")), marked: true });
    last = index + match[0].length;
  }
  if (last < excerpt.length)
    segments.push({
      text: decodeEntities(excerpt.slice(last).replace(/<[^>]*>/g, "")),
      marked: false,
    });
  return segments.filter((segment) => segment.text !== "");
}

type PageKind = Exclude<SearchKind, "guide-section">;

function pageKind(page: PagefindPage): PageKind | null {
  const kind = page.meta.kind;
  return kind === "guide" || kind === "question" || kind === "role" ? kind : null;
}

const pageWhere: Record<PageKind, string> = {
  guide: "Skill guide",
  question: "Interview question",
  role: "Role guide",
};

/** A section's excerpt: pagefind's, with its matches marked, or the section's first words. */
function sectionExcerpt(page: PagefindPage, section: PageSection): ExcerptSegment[] {
  const sub = page.sub_results.find((candidate) => candidate.anchor?.id === section.id);
  if (sub) return excerptSegments(sub.excerpt);
  const words = page.content.split(/\s+/).slice(section.start, section.end);
  const text = words.slice(0, excerptWords).join(" ");
  return [{ text: words.length > excerptWords ? `${text} …` : text, marked: false }];
}
const excerptWords = 24;

function sectionHit(page: PagefindPage, section: PageSection): SearchHit {
  return {
    kind: "guide-section",
    title: section.title,
    url: `${page.url}#${section.id ?? ""}`,
    where: [page.title, section.parent].filter(Boolean).join(" › "),
    excerpt: sectionExcerpt(page, section),
    practiseUrl: null,
  };
}

/**
 * Turns ranked pages into the dialog's groups. A guide also contributes its best sections, linked
 * at their heading; a section that holds the query's wording comes before its guide, so a pasted
 * sentence opens where it was copied from. Groups come in the order of their best hit, so the most
 * relevant kind is first and the arrow keys reach the best answer first.
 */
export function groupSearchHits(ranked: readonly RankedPage<PagefindPage>[]): SearchGroup[] {
  const hits: SearchHit[] = [];
  for (const { page, sections, sectionHoldsWording } of ranked) {
    const kind = pageKind(page);
    if (!kind) continue;
    const context = page.meta.context;
    const hit: SearchHit = {
      kind,
      title: page.title,
      url: page.url,
      where: context ? `${pageWhere[kind]} · ${context}` : pageWhere[kind],
      excerpt: excerptSegments(page.excerpt),
      practiseUrl:
        kind === "question" ? practiceQuestionPath(page.url.replace(/^\/questions\//, "")) : null,
    };
    const sectionHits =
      kind === "guide" ? sections.map((section) => sectionHit(page, section)) : [];
    if (sectionHoldsWording) hits.push(...sectionHits.slice(0, 1), hit, ...sectionHits.slice(1));
    else hits.push(hit, ...sectionHits);
  }
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups].map(([kind, kindHits]) => ({
    kind,
    label: searchKindLabels[kind],
    hits: kindHits,
  }));
}

/** The sentence the live region reads after each search. */
export function searchSummary(query: string, groups: readonly SearchGroup[]): string {
  const total = groups.reduce((sum, group) => sum + group.hits.length, 0);
  if (query.trim() === "") return "";
  if (total === 0) return `No results for “${query.trim()}”.`;
  const parts = groups.map(
    (group) =>
      `${group.hits.length} ${group.hits.length === 1 ? searchKindSingular[group.kind] : group.label.toLowerCase()}`,
  );
  return `${total} result${total === 1 ? "" : "s"} for “${query.trim()}”: ${parts.join(", ")}. Use the arrow keys to move through them.`;
}
