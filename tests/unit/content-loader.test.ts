import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import { ContentError, formatProblems } from "@/lib/content/problems";
import { writeLibrary, writeRawGuide } from "../support/temp-library";

type Question = Record<string, unknown>;

function problemsOf(root: string) {
  return readLibrary(root).problems;
}

describe("loading a valid library", () => {
  it("turns each guide into the typed model with its sections in reading order", () => {
    const { library, problems } = readLibrary(writeLibrary());
    expect(problems).toEqual([]);
    const guide = library.guides.find((candidate) => candidate.slug === "alpha-skill");
    expect(guide?.title).toBe("Synthetic alpha-skill");
    expect(guide?.updated).toBe("2026-11-21");
    expect(guide?.questions).toHaveLength(12);
    expect(guide?.questions[0]).toMatchObject({
      id: "alpha-skill-q0",
      type: "behavioral",
      difficulty: "easy",
      tags: [],
    });
    expect(guide?.knowledgeChecks[0]?.options.filter((option) => option.correct)).toHaveLength(1);
    expect(guide?.sections.map((section) => section.id)).toEqual([
      "what-it-is",
      "why-companies-hire-for-it",
      "in-practice",
      "trade-offs",
      "best-practices",
      "common-mistakes",
      "system-design",
      "career-impact",
    ]);
    expect(guide?.readingMinutes).toBeGreaterThan(5);
    expect(library.roles.map((role) => role.slug)).toEqual(["role-a"]);
  });
});

describe("a malformed guide", () => {
  it("reports a missing field with the file and field path", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "alpha-skill") delete file.frontmatter.summary;
    });
    expect(problemsOf(root)).toContainEqual({
      file: expect.stringMatching(/guides\/alpha-skill\.md$/),
      path: "summary",
      message: "missing: expected string",
    });
  });

  it("reports a wrong type with what was expected", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "alpha-skill") file.frontmatter.tags = "leadership";
    });
    const problem = problemsOf(root).find((candidate) => candidate.path === "tags");
    expect(problem?.message).toMatch(/expected array, received string/);
  });

  it("reports a bad difficulty at the question's index with the allowed values", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "beta-skill")
        (file.frontmatter.questions as Question[])[3]!.difficulty = "brutal";
    });
    const problem = problemsOf(root).find(
      (candidate) => candidate.path === "questions[3].difficulty",
    );
    expect(problem?.file).toMatch(/guides\/beta-skill\.md$/);
    expect(problem?.message).toMatch(/"easy"\|"medium"\|"hard"/);
  });

  it("reports a question id used twice across the library, naming the first owner", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "beta-skill")
        (file.frontmatter.questions as Question[])[5]!.id = "alpha-skill-q2";
    });
    const problem = problemsOf(root).find((candidate) =>
      candidate.message.startsWith('duplicate id "alpha-skill-q2"'),
    );
    expect(problem).toMatchObject({
      file: expect.stringMatching(/beta-skill\.md$/),
      path: "questions[5].id",
    });
    expect(problem?.message).toMatch(/alpha-skill\.md questions\[2\]\.id/);
  });

  it("reports related skills and roles that do not exist", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "alpha-skill") {
        file.frontmatter.relatedSkills = ["beta-skill", "omega-skill"];
        file.frontmatter.relatedRoles = ["role-a", "wizard"];
      }
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "relatedSkills[1]",
        message: expect.stringMatching(
          /unknown skill guide "omega-skill"; expected one of: alpha-skill, beta-skill, gamma-skill/,
        ),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "relatedRoles[1]",
        message: expect.stringMatching(/unknown role "wizard"/),
      }),
    );
  });

  it("reports a bad difficulty, an unknown related skill and a duplicate question id in one run", () => {
    const root = writeLibrary((slug, file) => {
      if (slug !== "beta-skill") return;
      const questions = file.frontmatter.questions as Question[];
      questions[0]!.difficulty = "impossible";
      questions[1]!.id = "alpha-skill-q3";
      file.frontmatter.relatedSkills = ["alpha-skill", "mentorship"];
    });
    const problems = problemsOf(root)
      .filter((problem) => problem.file.endsWith("beta-skill.md"))
      .map((problem) => `${problem.path}: ${problem.message.split(";")[0]}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^questions\[0\]\.difficulty: /),
        'relatedSkills[1]: unknown skill guide "mentorship"',
        expect.stringMatching(/^questions\[1\]\.id: duplicate id "alpha-skill-q3"/),
      ]),
    );
  });

  it("lists every problem in every file at once", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "alpha-skill") {
        delete file.frontmatter.title;
        file.frontmatter.category = "vibes";
        (file.frontmatter.questions as Question[])[0]!.signals = ["only one"];
        file.body = file.body.replace("## Trade-offs", "## Tradeoffs");
      }
      if (slug === "beta-skill") file.frontmatter.updated = "last Tuesday";
    });
    const problems = problemsOf(root);
    const paths = problems.map((problem) => `${problem.file.replace(/^.*\//, "")} ${problem.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "alpha-skill.md title",
        "alpha-skill.md category",
        "alpha-skill.md questions[0].signals",
        expect.stringMatching(/^alpha-skill\.md body \(line \d+\)$/),
        "alpha-skill.md body",
        "beta-skill.md updated",
      ]),
    );
    const report = formatProblems(problems);
    expect(report).toMatch(/^Content has \d+ problems in 2 files:/);
    expect(report).toContain('unknown section "## Tradeoffs"');
    expect(report).toContain('missing section "## Trade-offs"');
    expect(new ContentError(problems).message).toBe(report);
  });

  it("reports YAML that cannot be parsed, a slug that differs from the file name and bytes that are not UTF-8", () => {
    const root = writeLibrary();
    writeRawGuide(root, "broken-yaml", "---\ntitle: [unclosed\n---\n\n## What it is\n\nText.\n");
    writeRawGuide(
      root,
      "latin1",
      Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]),
    );
    const source = readFileSyncText(root, "alpha-skill").replace(
      "slug: alpha-skill",
      "slug: renamed",
    );
    writeRawGuide(root, "alpha-skill", source);
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/broken-yaml\.md$/),
        path: "(frontmatter)",
        message: expect.stringMatching(/^YAML could not be read/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/latin1\.md$/),
        message: "is not valid UTF-8; save it as UTF-8",
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "slug",
        message: 'expected "alpha-skill" to match the file name, found "renamed"',
      }),
    );
  });

  it("rejects a file over 1 MB with its size instead of parsing it", () => {
    const root = writeLibrary();
    writeRawGuide(
      root,
      "huge",
      `---\ntitle: Huge\n---\n\n## What it is\n\n${"word ".repeat(1_100_000)}`,
    );
    expect(problemsOf(root)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/huge\.md$/),
        message: expect.stringMatching(/^is 5\.2 MB; a content file may be at most 1 MB/),
      }),
    );
  });
});

function readFileSyncText(root: string, slug: string): string {
  return readFileSync(`${root}/guides/${slug}.md`, "utf8");
}
