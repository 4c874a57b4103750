import { describe, expect, it } from "vitest";
import { getLibrary } from "@/lib/content/load";
import { skillsForRole } from "@/lib/content/roles";
import {
  collectLibraryQuestions,
  findLibraryQuestion,
  relatedQuestions,
  type LibraryQuestion,
} from "@/lib/questions/collect";
import {
  decodeFacetValues,
  emptyQuestionFilter,
  matchesQuestionFilter,
  parseQuestionQuery,
  questionFacetCounts,
  questionQueryString,
  withFacetValue,
  type QuestionFacetValues,
} from "@/lib/questions/filter";
import { questionsWithTagsPath } from "@/lib/questions/paths";
import { tagIndex } from "@/lib/questions/tags";

const row = (
  skill: string[],
  tag: string[],
  difficulty: string,
  type: string,
  role: string[],
): QuestionFacetValues => ({ skill, tag, difficulty: [difficulty], type: [type], role });
const rows = [
  row(["mentoring"], ["coaching", "feedback"], "easy", "behavioral", ["tech-lead"]),
  row(["mentoring"], ["coaching"], "hard", "situational", ["tech-lead", "engineering-manager"]),
  row(["delegation"], ["delegation"], "hard", "behavioral", ["engineering-manager"]),
  row([], ["strategy"], "medium", "situational", ["cto"]),
];
const known = {
  skill: ["mentoring", "delegation"],
  tag: ["coaching", "feedback", "delegation", "strategy"],
  difficulty: ["easy", "medium", "hard"],
  type: ["behavioral", "situational"],
  role: ["tech-lead", "engineering-manager", "cto"],
};
const kept = (filter: ReturnType<typeof emptyQuestionFilter>) =>
  rows.flatMap((values, index) => (matchesQuestionFilter(values, filter) ? [index] : []));

describe("the questions hub filter", () => {
  it("ORs values within a facet and ANDs across facets", () => {
    expect(kept({ ...emptyQuestionFilter(), tag: ["coaching", "strategy"] })).toEqual([0, 1, 3]);
    expect(
      kept({ ...emptyQuestionFilter(), tag: ["coaching", "strategy"], difficulty: ["hard"] }),
    ).toEqual([1]);
    expect(
      kept({ ...emptyQuestionFilter(), role: ["engineering-manager"], type: ["behavioral"] }),
    ).toEqual([2]);
    expect(kept(emptyQuestionFilter())).toEqual([0, 1, 2, 3]);
  });

  it("counts, per option, what choosing it would show given the other facets", () => {
    const counts = questionFacetCounts(rows, { ...emptyQuestionFilter(), difficulty: ["hard"] });
    // The difficulty facet ignores its own choice, so every difficulty keeps its full count.
    expect(Object.fromEntries(counts.difficulty)).toEqual({ easy: 1, hard: 2, medium: 1 });
    // Other facets count only hard questions.
    expect(Object.fromEntries(counts.tag)).toEqual({ coaching: 1, delegation: 1 });
    expect(Object.fromEntries(counts.role)).toEqual({ "tech-lead": 1, "engineering-manager": 2 });
  });

  it("reads repeated parameters, drops duplicates and reports what it does not know", () => {
    expect(
      parseQuestionQuery("?tag=coaching&tag=strategy&tag=coaching&difficulty=hard", known),
    ).toEqual({
      filter: { ...emptyQuestionFilter(), tag: ["coaching", "strategy"], difficulty: ["hard"] },
      ignored: [],
    });
    const parsed = parseQuestionQuery(
      "?difficulty=impossible&utm_source=mail&role=cto&skill=<script>",
      known,
    );
    expect(parsed.filter).toEqual({ ...emptyQuestionFilter(), role: ["cto"] });
    expect(parsed.ignored).toEqual(["difficulty=impossible", "utm_source=mail", "skill=<script>"]);
  });

  it("writes a stable query string that parses back to the same filter", () => {
    const filter = {
      ...emptyQuestionFilter(),
      type: ["situational"],
      tag: ["strategy", "coaching"],
      difficulty: ["hard"],
    };
    const query = questionQueryString(filter);
    expect(query).toBe("?tag=coaching&tag=strategy&difficulty=hard&type=situational");
    expect(parseQuestionQuery(query, known).filter).toEqual({
      ...filter,
      tag: ["coaching", "strategy"],
    });
    expect(questionQueryString(emptyQuestionFilter())).toBe("");
  });

  it("chooses and unchooses one facet value, keeping each value once and the other facets as they were", () => {
    const start = { ...emptyQuestionFilter(), difficulty: ["hard"], type: ["situational"] };
    const added = withFacetValue(start, "type", "behavioral", true);
    expect(added).toEqual({ ...start, type: ["situational", "behavioral"] });
    expect(withFacetValue(added, "type", "behavioral", true)).toEqual(added);
    expect(withFacetValue(added, "type", "situational", false)).toEqual({
      ...start,
      type: ["behavioral"],
    });
    expect(withFacetValue(start, "skill", "mentoring", false)).toEqual(start);
    expect(start.type).toEqual(["situational"]);
  });

  it("reads a row's facets from its data attributes", () => {
    const attributes: Record<string, string> = {
      "data-skill": "mentoring",
      "data-tag": "coaching feedback",
      "data-difficulty": "easy",
      "data-type": "behavioral",
      "data-role": "",
    };
    expect(decodeFacetValues((name) => attributes[name] ?? null)).toEqual({
      skill: ["mentoring"],
      tag: ["coaching", "feedback"],
      difficulty: ["easy"],
      type: ["behavioral"],
      role: [],
    });
  });

  it("links a guide's tags to the hub as alternatives", () => {
    expect(questionsWithTagsPath(["coaching", "feedback"])).toBe(
      "/questions?tag=coaching&tag=feedback",
    );
    expect(
      parseQuestionQuery(questionsWithTagsPath(["coaching", "feedback"]).split("?")[1] ?? "", known)
        .filter.tag,
    ).toEqual(["coaching", "feedback"]);
  });
});

describe("the library's questions", () => {
  const library = getLibrary();
  const entries = collectLibraryQuestions(library);

  it("lists every guide and role question exactly once, with the page it belongs to", () => {
    const expected = [...library.guides, ...library.roles].flatMap((page) =>
      page.questions.map((question) => `${page.kind}:${page.slug}:${question.id}`),
    );
    expect(
      entries.map((entry) => `${entry.owner.kind}:${entry.owner.slug}:${entry.question.id}`).sort(),
    ).toEqual([...expected].sort());
  });

  it("files a guide's questions under the roles its author names (else the roles that study that guide), and a role's under that role", () => {
    for (const role of library.roles) {
      const studied = new Set(skillsForRole(role, library).map((skill) => skill.guide.slug));
      for (const entry of entries) {
        const authored = entry.question.roles;
        const expected =
          entry.owner.kind === "role"
            ? entry.owner.slug === role.slug
            : authored
              ? authored.includes(role.slug)
              : studied.has(entry.owner.slug);
        expect(entry.roles.includes(role.slug), `${entry.question.id} under ${role.slug}`).toBe(
          expected,
        );
      }
    }
    expect(
      entries.filter((entry) => entry.owner.kind === "role").every((entry) => entry.skill === null),
    ).toBe(true);
  });

  it("relates questions that share tags first, then the same page's, never the question itself", () => {
    const tagged = entries.find((entry) => entry.question.tags.length > 0);
    if (!tagged) throw new Error("no tagged question in the library");
    const related = relatedQuestions(tagged, entries, 5);
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((entry) => entry.question.id)).not.toContain(tagged.question.id);
    expect(related[0]?.question.tags.some((tag) => tagged.question.tags.includes(tag))).toBe(true);
    for (const entry of related) {
      const sharesTag = entry.question.tags.some((tag) => tagged.question.tags.includes(tag));
      expect(sharesTag || entry.owner.slug === tagged.owner.slug).toBe(true);
    }
  });

  it("ranks related questions as scoring every question would: 2 a shared tag, 1 the same page, ties in list order", () => {
    const scoreOf = (entry: LibraryQuestion, candidate: LibraryQuestion) =>
      candidate.question.tags.filter((tag) => entry.question.tags.includes(tag)).length * 2 +
      (candidate.owner.kind === entry.owner.kind && candidate.owner.slug === entry.owner.slug
        ? 1
        : 0);
    for (const entry of entries) {
      const expected = entries
        .map((candidate, index) => ({ candidate, index, score: scoreOf(entry, candidate) }))
        .filter(({ candidate, score }) => candidate !== entry && score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, 5)
        .map(({ candidate }) => candidate.question.id);
      expect(
        relatedQuestions(entry, entries).map((related) => related.question.id),
        entry.question.id,
      ).toEqual(expected);
    }
  });

  it("indexes every tag with the guides and questions that carry it", () => {
    const tags = tagIndex(library, entries);
    const expectedTags = new Set([
      ...library.guides.flatMap((guide) => guide.tags),
      ...entries.flatMap((entry) => entry.question.tags),
    ]);
    expect(tags.map((entry) => entry.tag)).toEqual([...expectedTags].sort());
    for (const entry of tags) {
      expect(entry.guides.every((guide) => guide.tags.includes(entry.tag))).toBe(true);
      expect(entry.questions.every((question) => question.question.tags.includes(entry.tag))).toBe(
        true,
      );
      expect(entry.questions.length).toBe(
        entries.filter((question) => question.question.tags.includes(entry.tag)).length,
      );
    }
  });
});

describe("looking a question up by id", () => {
  it("finds each question of the list, and nothing for an unknown id", () => {
    const library = getLibrary();
    const all = collectLibraryQuestions(library);
    for (const entry of all) expect(findLibraryQuestion(library, entry.question.id)).toBe(entry);
    expect(findLibraryQuestion(library, "no-such-question")).toBeUndefined();
  });

  it("hands each caller its own list, so sorting one cannot reorder another page's", () => {
    const library = getLibrary();
    const first = collectLibraryQuestions(library);
    first.reverse();
    expect(collectLibraryQuestions(library)[0]).toBe(first.at(-1));
  });
});
