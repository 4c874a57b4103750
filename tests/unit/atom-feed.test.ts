import { describe, expect, it } from "vitest";
import { getLibrary } from "@/lib/content/load";
import { absoluteUrl, site } from "@/lib/site";
import { buildAtomFeed, toRfc3339 } from "@/lib/takeaway/atom";
import { guidesFeed } from "@/lib/takeaway/library-files";
import { childrenNamed, parseXml, type XmlElement } from "../support/strict-xml";

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isAbsoluteIri = (value: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(value) && !Number.isNaN(new URL(value).href.length);

/** RFC 4287's MUSTs for a feed and its entries; returns every breach found. */
function atomProblems(feed: XmlElement): string[] {
  const problems: string[] = [];
  const exactlyOne = (element: XmlElement, name: string, where: string) => {
    const found = childrenNamed(element, name);
    if (found.length !== 1)
      problems.push(`${where} has ${found.length} <${name}>, expected exactly 1`);
    return found[0];
  };
  if (feed.name !== "feed") problems.push(`root is <${feed.name}>, expected <feed>`);
  if (feed.attributes.xmlns !== "http://www.w3.org/2005/Atom")
    problems.push("feed is not in the Atom namespace");
  const checkCommon = (element: XmlElement, where: string) => {
    const id = exactlyOne(element, "id", where);
    if (id && !isAbsoluteIri(id.text))
      problems.push(`${where} id "${id.text}" is not an absolute IRI`);
    const title = exactlyOne(element, "title", where);
    if (title && title.text.trim() === "") problems.push(`${where} title is empty`);
    const updated = exactlyOne(element, "updated", where);
    if (updated && !rfc3339.test(updated.text))
      problems.push(`${where} updated "${updated.text}" is not RFC 3339`);
    for (const link of childrenNamed(element, "link"))
      if (!link.attributes.href) problems.push(`${where} has a <link> without href`);
  };
  checkCommon(feed, "feed");
  const feedAuthors = childrenNamed(feed, "author");
  if (!childrenNamed(feed, "link").some((link) => link.attributes.rel === "self"))
    problems.push("feed has no rel=self link");
  const entries = childrenNamed(feed, "entry");
  entries.forEach((entry, index) => {
    const where = `entry ${index}`;
    checkCommon(entry, where);
    const hasContent = childrenNamed(entry, "content").length > 0;
    if (
      !hasContent &&
      !childrenNamed(entry, "link").some(
        (link) => (link.attributes.rel ?? "alternate") === "alternate",
      )
    )
      problems.push(`${where} has neither content nor an alternate link`);
    if (!hasContent && childrenNamed(entry, "summary").length === 0)
      problems.push(`${where} has neither content nor summary`);
    if (feedAuthors.length === 0 && childrenNamed(entry, "author").length === 0)
      problems.push(`${where} has no author and the feed has none`);
    for (const author of childrenNamed(entry, "author"))
      if (childrenNamed(author, "name").length !== 1) problems.push(`${where} author has no name`);
  });
  for (const author of feedAuthors)
    if (childrenNamed(author, "name").length !== 1) problems.push("feed author has no name");
  const ids = entries.map((entry) => childrenNamed(entry, "id")[0]?.text);
  if (new Set(ids).size !== ids.length) problems.push("two entries share an id");
  return problems;
}

describe("the strict XML reader used to check the feed", () => {
  it("rejects what a feed reader would reject", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml("<a>fish & chips</a>")).toThrow(/bare "&"/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml("<a/><b/>")).toThrow(/after the root/);
    expect(parseXml('<?xml version="1.0"?><a x="&lt;1&gt;">t&amp;<b/>u</a>')).toMatchObject({
      name: "a",
      attributes: { x: "<1>" },
      text: "t&u",
    });
  });
});

describe("the Atom feed of guides", () => {
  const library = getLibrary();
  const xml = guidesFeed(library, site, absoluteUrl);
  const feed = parseXml(xml);

  it("is well-formed XML with every element Atom requires", () => {
    expect(atomProblems(feed)).toEqual([]);
  });

  it("is checked by a validator that does catch missing and malformed elements", () => {
    const broken = xml
      .replace(/\s*<author>.*?<\/author>/, "")
      .replace(/<updated>[^<]*<\/updated>/, "<updated>yesterday</updated>")
      .replace(/<id>[^<]*<\/id>/, "<id>not-absolute</id>");
    expect(atomProblems(parseXml(broken))).toEqual(
      expect.arrayContaining([
        'feed id "not-absolute" is not an absolute IRI',
        'feed updated "yesterday" is not RFC 3339',
        "entry 0 has no author and the feed has none",
      ]),
    );
  });

  it("has one entry per guide, newest update first, each linking to its guide", () => {
    const entries = childrenNamed(feed, "entry");
    expect(entries).toHaveLength(library.guides.length);
    const updated = entries.map((entry) => childrenNamed(entry, "updated")[0]?.text ?? "");
    expect(updated).toEqual([...updated].sort().reverse());
    expect(childrenNamed(feed, "updated")[0]?.text).toBe(updated[0]);
    const links = entries.map((entry) => childrenNamed(entry, "link")[0]?.attributes.href);
    expect(new Set(links)).toEqual(
      new Set(library.guides.map((guide) => absoluteUrl(`/guides/${guide.slug}`))),
    );
  });

  it("escapes text so a title or summary cannot break the XML", () => {
    const hostile = buildAtomFeed({
      id: "https://example.com/",
      title: `Fish & chips <script>"'`,
      selfUrl: "https://example.com/feed.xml?a=1&b=2",
      siteUrl: "https://example.com/",
      authorName: "A & B",
      entries: [
        {
          id: "https://example.com/x",
          title: "</title><entry>",
          updated: "2026-01-02",
          url: "https://example.com/x?y=1&z=2",
          summary: "a\u0001b <b>bold</b>",
        },
      ],
    });
    const parsed = parseXml(hostile);
    expect(atomProblems(parsed)).toEqual([]);
    expect(childrenNamed(parsed, "title")[0]?.text).toBe(`Fish & chips <script>"'`);
    const entry = childrenNamed(parsed, "entry")[0];
    expect(entry && childrenNamed(entry, "title")[0]?.text).toBe("</title><entry>");
    expect(entry && childrenNamed(entry, "summary")[0]?.text).toBe("ab <b>bold</b>");
  });

  it("writes content dates as RFC 3339 timestamps and refuses a non-date", () => {
    expect(toRfc3339("2026-11-21")).toBe("2026-11-21T00:00:00Z");
    expect(toRfc3339("2026-11-21T10:30:00.000Z")).toBe("2026-11-21T10:30:00Z");
    expect(() => toRfc3339("next Tuesday")).toThrow();
  });
});
