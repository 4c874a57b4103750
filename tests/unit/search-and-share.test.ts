import { describe, expect, it } from "vitest";
import {
  cleanPageUrl,
  excerptSegments,
  groupSearchHits,
  readPagefindPage,
  searchSummary,
  type PagefindPage,
} from "@/lib/search/results";
import { isSearchShortcut } from "@/lib/search/shortcut";
import { shareOutcomeMessage, shareUrlFor } from "@/lib/share/share-link";

const page = (
  url: string,
  kind: string,
  title: string,
  subResults: PagefindPage["sub_results"] = [],
): PagefindPage => ({
  url,
  excerpt: `About <mark>${title}</mark>`,
  meta: { kind, title },
  sub_results: subResults,
});

describe("search results", () => {
  it("groups hits by kind in the order of each kind's best hit, with a guide's sections as their own kind", () => {
    const groups = groupSearchHits([
      page("/questions/q1", "question", "Q1"),
      page("/guides/delegation", "guide", "Delegation", [
        { title: "Delegation", url: "/guides/delegation", excerpt: "top" },
        {
          title: "Trade-offs",
          url: "/guides/delegation#trade-offs-heading",
          excerpt: "the <mark>trade</mark>",
          anchor: { id: "trade-offs-heading" },
        },
        {
          title: "FAQ",
          url: "/guides/delegation#faq-heading",
          excerpt: "faq",
          anchor: { id: "faq-heading" },
        },
        {
          title: "Resume tips",
          url: "/guides/delegation#resume-tips-heading",
          excerpt: "tips",
          anchor: { id: "resume-tips-heading" },
        },
      ]),
      page("/roles/cto", "role", "CTO"),
      page("/questions/q2", "question", "Q2"),
      page("/somewhere", "unknown", "Ignored"),
    ]);
    expect(groups.map((group) => [group.label, group.hits.map((hit) => hit.url)])).toEqual([
      ["Questions", ["/questions/q1", "/questions/q2"]],
      ["Guides", ["/guides/delegation"]],
      [
        "Guide sections",
        ["/guides/delegation#trade-offs-heading", "/guides/delegation#faq-heading"],
      ],
      ["Roles", ["/roles/cto"]],
    ]);
    expect(groups[2]?.hits[0]).toMatchObject({ title: "Trade-offs", context: "Delegation" });
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
        meta: { kind: "guide", title: 5 },
        sub_results: [
          { title: "t" },
          { title: "s", url: "/a#s", excerpt: "e", anchor: { id: "s" } },
        ],
      }),
    ).toEqual({
      url: "/a",
      excerpt: "x",
      meta: { kind: "guide" },
      sub_results: [{ title: "s", url: "/a#s", excerpt: "e", anchor: { id: "s" } }],
    });
  });

  it("summarises the results for the live region", () => {
    const groups = groupSearchHits([
      page("/questions/q1", "question", "Q1"),
      page("/roles/cto", "role", "CTO"),
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
