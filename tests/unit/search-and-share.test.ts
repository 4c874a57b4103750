import { describe, expect, it } from "vitest";
import {
  cleanPageUrl,
  excerptSegments,
  groupSearchHits,
  readPagefindPage,
  searchSummary,
  type PagefindPage,
} from "@/lib/search/results";
import type { RankedPage } from "@/lib/search/rank";
import { isSearchShortcut } from "@/lib/search/shortcut";
import { shareOutcomeMessage, shareUrlFor } from "@/lib/share/share-link";

const page = (url: string, kind: string, title: string): PagefindPage => ({
  url,
  title,
  content: title,
  anchors: [],
  score: 1,
  excerpt: `About <mark>${title}</mark>`,
  meta: { kind, title },
  filters: {},
  sub_results: [],
});

const ranked = (
  pagefindPage: PagefindPage,
  sections: RankedPage["sections"] = [],
  sectionHoldsWording = false,
): RankedPage<PagefindPage> => ({ page: pagefindPage, rank: 1, sections, sectionHoldsWording });

const section = (id: string, title: string, parent: string | null = null) => ({
  id,
  title,
  parent,
  start: 0,
  end: 1,
});

describe("search results", () => {
  it("groups hits by kind in the order of each kind's best hit, with a guide's sections as their own kind", () => {
    const delegation = {
      ...page("/guides/delegation", "guide", "Delegation"),
      sub_results: [
        {
          title: "Trade-offs",
          url: "/guides/delegation#trade-offs-heading",
          excerpt: "the <mark>trade</mark>",
          anchor: { id: "trade-offs-heading" },
        },
      ],
    };
    const groups = groupSearchHits([
      ranked(page("/questions/q1", "question", "Q1")),
      ranked(delegation, [
        section("trade-offs-heading", "Trade-offs"),
        section("concept-monkey", "Who's got the monkey?", "Core concepts"),
      ]),
      ranked(page("/roles/cto", "role", "CTO")),
      ranked(page("/questions/q2", "question", "Q2")),
      ranked(page("/somewhere", "unknown", "Ignored")),
    ]);
    expect(groups.map((group) => [group.label, group.hits.map((hit) => hit.url)])).toEqual([
      ["Questions", ["/questions/q1", "/questions/q2"]],
      ["Guides", ["/guides/delegation"]],
      [
        "Guide sections",
        ["/guides/delegation#trade-offs-heading", "/guides/delegation#concept-monkey"],
      ],
      ["Roles", ["/roles/cto"]],
    ]);
    // Each hit says where it is; a section's excerpt is pagefind's for that section.
    expect(groups[2]?.hits[0]).toMatchObject({ title: "Trade-offs", where: "Delegation" });
    expect(groups[2]?.hits[0]?.excerpt).toEqual([
      { text: "the ", marked: false },
      { text: "trade", marked: true },
    ]);
    expect(groups[2]?.hits[1]?.where).toBe("Delegation › Core concepts");
    expect(groups[3]?.hits[0]?.where).toBe("Role guide");
  });

  it("puts the section that holds the query's wording before its guide", () => {
    const groups = groupSearchHits([
      ranked(page("/guides/delegation", "guide", "Delegation"), [section("faq-x", "FAQ x")], true),
      ranked(page("/questions/q1", "question", "Q1")),
    ]);
    expect(groups.map((group) => group.label)).toEqual(["Guide sections", "Guides", "Questions"]);
  });

  it("offers a question's practice link and names the page it belongs to", () => {
    const question = {
      ...page("/questions/inc-first-30-minutes", "question", "Q"),
      meta: { kind: "question", title: "Q", context: "Guide: Incident Leadership" },
    };
    const [group] = groupSearchHits([ranked(question)]);
    expect(group?.hits[0]).toMatchObject({
      where: "Interview question · Guide: Incident Leadership",
      practiseUrl: "/practice?q=inc-first-30-minutes",
    });
  });

  it("splits an excerpt into text and marked matches, decoding entities and never passing markup through", () => {
    expect(
      excerptSegments("a &lt;b&gt; <mark>match</mark> &amp; <img src=x onerror=alert(1)>end"),
    ).toEqual([
      { text: "a <b> ", marked: false },
      { text: "match", marked: true },
      { text: " & end", marked: false },
    ]);
  });

  it("links clean URLs, as the rest of the site does, not the indexed .html files", () => {
    expect(cleanPageUrl("/guides/delegation.html")).toBe("/guides/delegation");
    expect(cleanPageUrl("/guides/delegation.html#trade-offs-heading")).toBe(
      "/guides/delegation#trade-offs-heading",
    );
    expect(cleanPageUrl("/index.html")).toBe("/");
    expect(cleanPageUrl("/questions/x")).toBe("/questions/x");
    expect(
      readPagefindPage({
        url: "/roles/cto.html",
        excerpt: "",
        sub_results: [{ title: "t", url: "/roles/cto.html#a", excerpt: "" }],
      })?.sub_results[0]?.url,
    ).toBe("/roles/cto#a");
  });

  it("drops malformed result data instead of trusting it", () => {
    expect(readPagefindPage(null)).toBeNull();
    expect(readPagefindPage({ url: 3, excerpt: "" })).toBeNull();
    expect(
      readPagefindPage({
        url: "/a",
        excerpt: "x",
        content: "A b",
        meta: { kind: "guide", title: 5 },
        filters: { skill: ["Delegation", 3] },
        anchors: [
          { element: "h2", id: "s", text: "S", location: 1 },
          { element: "div", id: "broken", location: "1" },
        ],
        sub_results: [
          { title: "t" },
          { title: "s", url: "/a#s", excerpt: "e", anchor: { id: "s" } },
        ],
      }),
    ).toEqual({
      url: "/a",
      title: "/a",
      content: "A b",
      anchors: [{ element: "h2", id: "s", text: "S", location: 1 }],
      score: 0,
      excerpt: "x",
      meta: { kind: "guide" },
      filters: { skill: ["Delegation"] },
      sub_results: [{ title: "s", url: "/a#s", excerpt: "e", anchor: { id: "s" } }],
    });
  });

  it("summarises the results for the live region", () => {
    const groups = groupSearchHits([
      ranked(page("/questions/q1", "question", "Q1")),
      ranked(page("/roles/cto", "role", "CTO")),
    ]);
    expect(searchSummary(" cto ", groups)).toBe(
      "2 results for “cto”: 1 question, 1 role. Use the arrow keys to move through them.",
    );
    expect(searchSummary("zzz", [])).toBe("No results for “zzz”.");
    expect(searchSummary("  ", groups)).toBe("");
  });
});

describe("the search shortcut", () => {
  const key = (
    value: string,
    modifiers: Partial<{ metaKey: boolean; ctrlKey: boolean; altKey: boolean }> = {},
  ) => ({ key: value, metaKey: false, ctrlKey: false, altKey: false, ...modifiers });
  const page = { tagName: "BODY", isContentEditable: false };
  const field = { tagName: "INPUT", isContentEditable: false };

  it("opens on / outside a field, and on Ctrl+K or Cmd+K anywhere", () => {
    expect(isSearchShortcut(key("/"), page)).toBe(true);
    expect(isSearchShortcut(key("/"), field)).toBe(false);
    expect(isSearchShortcut(key("/"), { tagName: "DIV", isContentEditable: true })).toBe(false);
    expect(isSearchShortcut(key("k", { ctrlKey: true }), field)).toBe(true);
    expect(isSearchShortcut(key("K", { metaKey: true }), page)).toBe(true);
  });

  it("leaves other keys and combinations alone", () => {
    expect(isSearchShortcut(key("k"), page)).toBe(false);
    expect(isSearchShortcut(key("k", { ctrlKey: true, altKey: true }), page)).toBe(false);
    expect(isSearchShortcut(key("/", { ctrlKey: true }), page)).toBe(false);
  });
});

describe("share links", () => {
  const location = { origin: "https://leadwise.dev", pathname: "/guides/mentoring" };

  it("carry the exact anchor and drop the page's query and current fragment", () => {
    expect(shareUrlFor(location, "trade-offs")).toBe(
      "https://leadwise.dev/guides/mentoring#trade-offs",
    );
    expect(shareUrlFor(location, "")).toBe("https://leadwise.dev/guides/mentoring");
  });

  it("say what happened, and nothing when the reader cancelled", () => {
    expect(shareOutcomeMessage("copied", "u")).toBe("Link copied to the clipboard.");
    expect(shareOutcomeMessage("cancelled", "u")).toBe("");
    expect(shareOutcomeMessage("unavailable", "https://x")).toContain("https://x");
  });
});
