/**
 * Turns pagefind's result data into what the search dialog shows: hits grouped by kind, each with
 * its matching passage. Pure (no DOM), so vitest checks it; the dialog only renders the groups.
 *
 * The built pages label themselves for the index with `data-pagefind-meta="kind:..."`; a guide's
 * headings become "guide section" hits through pagefind's sub-results (the heading's id is the anchor).
 */

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

/** The part of pagefind's `result.data()` the dialog reads (pagefind ships no browser types). */
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
};
export type PagefindPage = {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
};

/** A run of excerpt text, `marked` where it matched the query. */
export type ExcerptSegment = { text: string; marked: boolean };

export type SearchHit = {
  kind: SearchKind;
  title: string;
  url: string;
  context: string | null;
  excerpt: ExcerptSegment[];
};
export type SearchGroup = { kind: SearchKind; label: string; hits: SearchHit[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;
const isString = (value: unknown): value is string => typeof value === "string";

/**
 * Pagefind indexes files, so its URLs end in `.html`; the site links clean URLs (`/guides/x`), which
 * are also the canonical ones. Any host that serves the site already maps one to the other.
 */
export function cleanPageUrl(url: string): string {
  return url.replace(/(\/index)?\.html(?=$|[#?])/, (_match, index: string | undefined) =>
    index ? "/" : "",
  );
}

/** Narrows pagefind's untyped data; anything malformed is dropped rather than trusted. */
export function readPagefindPage(value: unknown): PagefindPage | null {
  if (!isRecord(value) || !isString(value.url) || !isString(value.excerpt)) return null;
  const meta: Record<string, string> = {};
  if (isRecord(value.meta))
    for (const [key, entry] of Object.entries(value.meta)) if (isString(entry)) meta[key] = entry;
  const subResults = Array.isArray(value.sub_results) ? value.sub_results : [];
  return {
    url: cleanPageUrl(value.url),
    excerpt: value.excerpt,
    meta,
    sub_results: subResults.flatMap((sub): PagefindSubResult[] => {
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
    }),
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

function pageKind(page: PagefindPage): SearchKind | null {
  const kind = page.meta.kind;
  return kind === "guide" || kind === "question" || kind === "role" ? kind : null;
}

/**
 * Groups pages (in pagefind's relevance order) by kind. A guide also contributes its best-matching
 * sections, linked at their heading. Groups come in the order of their best hit, so the most relevant
 * kind is first and arrow keys reach the best answer first.
 */
export function groupSearchHits(
  pages: readonly PagefindPage[],
  sectionsPerGuide = 2,
): SearchGroup[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  const add = (hit: SearchHit) => groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  for (const page of pages) {
    const kind = pageKind(page);
    if (!kind) continue;
    const title = page.meta.title ?? page.url;
    add({
      kind,
      title,
      url: page.url,
      context: page.meta.context ?? null,
      excerpt: excerptSegments(page.excerpt),
    });
    if (kind !== "guide") continue;
    page.sub_results
      .filter((sub) => sub.anchor?.id && sub.url !== page.url && sub.title !== title)
      .slice(0, sectionsPerGuide)
      .forEach((sub) =>
        add({
          kind: "guide-section",
          title: sub.title,
          url: sub.url,
          context: title,
          excerpt: excerptSegments(sub.excerpt),
        }),
      );
  }
  return [...groups].map(([kind, hits]) => ({ kind, label: searchKindLabels[kind], hits }));
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
