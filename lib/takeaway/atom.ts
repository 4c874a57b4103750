/**
 * An Atom 1.0 feed (RFC 4287). Kept to what readers need and the format requires: the feed's id,
 * title, updated and author; each entry's id, title, updated, alternate link and summary.
 */

export type AtomEntry = {
  /** An absolute IRI that never changes for this entry. */
  id: string;
  title: string;
  /** YYYY-MM-DD or a full RFC 3339 timestamp. */
  updated: string;
  url: string;
  summary: string;
  categories?: readonly string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL (rel="self"). */
  selfUrl: string;
  /** The site the feed describes (rel="alternate"). */
  siteUrl: string;
  authorName: string;
  entries: readonly AtomEntry[];
};

/** XML text and attribute escaping; also drops the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/** Atom dates are RFC 3339 timestamps; a content date is a day, read as midnight UTC. */
export function toRfc3339(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) throw new Error(`not a date: ${date}`);
  return parsed.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Entries newest first; the feed's `updated` is its newest entry's. */
export function buildAtomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort(
    (a, b) =>
      toRfc3339(b.updated).localeCompare(toRfc3339(a.updated)) || a.title.localeCompare(b.title),
  );
  const newest = entries[0] ? toRfc3339(entries[0].updated) : "1970-01-01T00:00:00Z";
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${newest}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <author><name>${escapeXml(feed.authorName)}</name></author>`,
    ...entries.flatMap((entry) => [
      `  <entry>`,
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${toRfc3339(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `  </entry>`,
    ]),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}
