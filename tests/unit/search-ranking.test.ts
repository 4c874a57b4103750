import { describe, expect, it } from "vitest";
import { searchSite, type PagefindModule, type PagefindResult } from "@/lib/search/engine";
import { normaliseWord, searchTerms, typoPrefixes } from "@/lib/search/query";
import { pageSections, rankPages, sameWord, type CandidatePage } from "@/lib/search/rank";

const guideText = [
  "Incident Leadership Commanding incidents.",
  "Trade-offs Speed against care in every call.",
  "Incident Command System From US wildland firefighting agencies. One commander and named roles.",
  "Career impact Leading the response to a bad outage is remembered at promotion time by everyone who was on the call.",
].join(" ");
const at = (text: string, phrase: string) =>
  text.slice(0, text.indexOf(phrase)).split(/\s+/).length - 1;

const guide: CandidatePage = {
  url: "/guides/incident-leadership",
  title: "Incident Leadership",
  content: guideText,
  anchors: [
    { element: "section", id: "trade-offs", location: at(guideText, "Trade-offs") },
    {
      element: "h2",
      id: "trade-offs-heading",
      text: "Trade-offs",
      location: at(guideText, "Trade-offs"),
    },
    {
      element: "div",
      id: "concept-incident-command-system",
      title: "Incident Command System",
      location: at(guideText, "Incident Command System"),
    },
    {
      element: "h2",
      id: "career-impact-heading",
      text: "Career impact",
      location: at(guideText, "Career impact"),
    },
  ],
  score: 1,
};

const page = (url: string, title: string, content: string, score: number): CandidatePage => ({
  url,
  title,
  content,
  anchors: [],
  score,
});

describe("reading a query", () => {
  it("compares words without case, accents, punctuation or a plural s", () => {
    expect(normaliseWord("Conway's")).toBe("conway");
    expect(normaliseWord("Teams,")).toBe("team");
    expect(normaliseWord("process")).toBe("process");
    expect(normaliseWord("Café")).toBe("cafe");
  });

  it("searches the distinctive terms alone, longest first, at most twelve", () => {
    expect(searchTerms("How do I delegate to someone more senior than me?")).toEqual([
      "delegate",
      "someone",
      "senior",
    ]);
    expect(
      searchTerms(
        "a b c d e f g h i j k l m n o p q r s t u v w x y z alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron",
      ),
    ).toHaveLength(12);
  });

  it("tries shorter beginnings of a term that found nothing, down to four letters", () => {
    expect(typoPrefixes("delegaton")).toEqual(["delegato", "delegat", "delega", "deleg", "dele"]);
    expect(typoPrefixes("safe")).toEqual([]);
  });

  it("forgives a slip in a long word, not a different short word", () => {
    expect(sameWord("delegaton", "delegation")).toBe(true);
    expect(sameWord("techincal", "technical")).toBe(true);
    expect(sameWord("candour", "candor")).toBe(true);
    expect(sameWord("deleg", "delegation")).toBe(true);
    expect(sameWord("team", "tram")).toBe(false);
    expect(sameWord("lead", "load")).toBe(false);
    expect(sameWord("mentoring", "monitoring")).toBe(false);
  });
});

describe("ranking pages", () => {
  it("cuts a page at its headings and titled parts, each under its h2", () => {
    const sections = pageSections(guide, guideText.split(/\s+/).length);
    expect(sections.map((section) => [section.id, section.title, section.parent])).toEqual([
      [null, "Incident Leadership", null],
      ["trade-offs-heading", "Trade-offs", null],
      ["concept-incident-command-system", "Incident Command System", "Trade-offs"],
      ["career-impact-heading", "Career impact", null],
    ]);
  });

  it("puts the page holding a copied sentence first and links the section that holds it", () => {
    const sentence = "is remembered at promotion time by everyone who was on the call";
    const [best, other] = rankPages(sentence, [
      // Holds every word, scattered, and pagefind scores it higher.
      page(
        "/guides/mentoring",
        "Mentoring",
        "everyone who was remembered on time at the promotion call by is",
        5,
      ),
      guide,
    ]);
    expect(best?.page.url).toBe("/guides/incident-leadership");
    expect(best?.sections[0]?.id).toBe("career-impact-heading");
    expect(best?.sectionHoldsWording).toBe(true);
    expect(other?.sectionHoldsWording).toBe(false);
  });

  it("ranks the guide whose concept a name names above a question that mentions it", () => {
    const question = page(
      "/questions/inc-first-call",
      "How did you set up the Incident Command System on your first call?",
      "How did you set up the Incident Command System on your first call? A strong answer...",
      4,
    );
    const [best] = rankPages("Incident Command System", [question, guide]);
    expect(best?.page.url).toBe("/guides/incident-leadership");
    expect(best?.sections[0]?.id).toBe("concept-incident-command-system");
  });

  it("finds a concept by the author in its first line", () => {
    const [best] = rankPages("wildland firefighting", [
      page("/guides/x", "X", "firefighting wildland", 2),
      guide,
    ]);
    expect(best?.page.url).toBe("/guides/incident-leadership");
  });
});

describe("one search over the index", () => {
  const result = (id: string, score: number): PagefindResult => ({
    id,
    score,
    data: () =>
      Promise.resolve({
        url: `/guides/${id}.html`,
        excerpt: "",
        content: id === "delegation" ? "Delegation hands work over." : "Mentoring grows people.",
        meta: { kind: "guide", title: id === "delegation" ? "Delegation" : "Mentoring" },
        anchors: [],
      }),
  });

  it("adds up the terms' scores, retries a mistyped term by its beginning and passes the filters on", async () => {
    const searched: { query: string | null; filters: Record<string, string> | undefined }[] = [];
    const index: Record<string, PagefindResult[]> = {
      deleg: [result("delegation", 2)],
      work: [result("delegation", 1), result("mentoring", 2)],
    };
    const fake: PagefindModule = {
      options: () => Promise.resolve(),
      init: () => Promise.resolve(),
      filters: () => Promise.resolve({}),
      search: (query, options) => {
        searched.push({ query, filters: options?.filters });
        return Promise.resolve({ results: index[query ?? ""] ?? [] });
      },
    };
    const ranked = await searchSite(fake, "delegaton work", { kind: "guide" });
    expect(ranked.map((entry) => entry.page.url)).toEqual([
      "/guides/delegation",
      "/guides/mentoring",
    ]);
    expect(searched.map((entry) => entry.query)).toEqual(
      expect.arrayContaining([
        "delegaton",
        "delegato",
        "delegat",
        "delega",
        "deleg",
        "work",
        "deleg work",
      ]),
    );
    expect(searched.every((entry) => entry.filters?.kind === "guide")).toBe(true);
  });
});
