import { describe, expect, it } from "vitest";
import { findEditorialProblems } from "@/lib/content/editorial";
import { measureLibrary } from "@/lib/content/library-figures";
import { readLibrary } from "@/lib/content/load";
import { writeLibrary } from "../support/temp-library";

type Question = Record<string, unknown>;

const editorialProblemsOf = (root: string) => findEditorialProblems(readLibrary(root).library);

function editorialProblems(root: string) {
  const { library, problems } = readLibrary(root);
  expect(problems).toEqual([]);
  return findEditorialProblems(library);
}

const shared =
  "A mentee who brings you the same kind of bug three times needs the debugging move, not the fix.";

describe("the editorial check", () => {
  it("passes the untouched fixture library", () => {
    expect(editorialProblems(writeLibrary())).toEqual([]);
  });

  it("fails on a paragraph planted in two guides, naming both files", () => {
    const root = writeLibrary((slug, file) => {
      if (slug !== "gamma-skill")
        file.body = file.body.replace(
          "## Best practices\n\n",
          `## Best practices\n\n${shared}\n\n`,
        );
    });
    const problems = editorialProblems(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/beta-skill\.md$/);
    expect(problems[0]?.message).toMatch(
      /^sentence also in .*alpha-skill\.md \(sections\[\d\]\.markdown\)/,
    );
  });

  it("fails on a sentence that differs only by each guide's own name", () => {
    const root = writeLibrary((slug, file) => {
      const name = `Synthetic ${slug}`;
      file.body = file.body.replace(
        "## Career impact\n\n",
        `## Career impact\n\nStrong ${name} compounds across every role you will hold in the next decade.\n\n`,
      );
    });
    const problems = editorialProblems(root);
    expect(problems.length).toBe(2);
    expect(problems.every((problem) => problem.message.startsWith("sentence also in"))).toBe(true);
  });

  it("fails on placeholder text wherever it is", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "alpha-skill")
        (file.frontmatter.questions as Question[])[4]!.strongAnswer =
          "TBD once we have a story. **Situation** **Task** **Action** **Result**";
      if (slug === "beta-skill")
        file.body = file.body.replace(
          "## Trade-offs\n\n",
          "## Trade-offs\n\nLorem ipsum dolor sit amet.\n\n",
        );
    });
    const problems = editorialProblems(root);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "questions[4].strongAnswer",
        message: expect.stringMatching(/placeholder text "TBD"/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/beta-skill\.md$/),
        message: expect.stringMatching(/placeholder text "lorem"/),
      }),
    );
  });

  it("fails a guide short of questions, through the schema's minimum", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "alpha-skill")
        file.frontmatter.questions = (file.frontmatter.questions as Question[]).slice(0, 11);
    });
    expect(readLibrary(root).problems).toContainEqual(
      expect.objectContaining({ path: "questions", message: "at least 12 interview questions" }),
    );
  });

  it("fails a guide short of prose, of a difficulty, or with a thin behavioral answer that does not say how it ended", () => {
    const root = writeLibrary((slug, file) => {
      if (slug !== "alpha-skill") return;
      file.body = file.body
        .split("\n\n")
        .filter((block, index) => block.startsWith("## ") || index % 3 === 0)
        .join("\n\n");
      const questions = file.frontmatter.questions as Question[];
      for (const question of questions)
        if (question.difficulty === "hard") question.difficulty = "medium";
      questions[0]!.strongAnswer = "I just fixed it.";
      delete questions[0]!.outcome;
    });
    const messages = editorialProblems(root).map(
      (problem) => `${problem.path}: ${problem.message}`,
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^body: \d+ words of prose; a guide needs at least 1500$/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^questions: difficulties .*; expected easy, medium and hard all present$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^questions\[0\]\.strongAnswer: \d+ words; a behavioral strong answer is a worked example of at least 120 words/,
      ),
    );
    expect(messages).toContainEqual(
      "questions[0].outcome: a behavioral question says how its strong answer's story ends: win, mixed or failed",
    );
  });
});

describe("the library-wide figures", () => {
  const figuresOf = (root: string) => measureLibrary(readLibrary(root).library);

  it("fails a paragraph opener shared by three guides, naming them, and allows two", () => {
    const opener =
      "Picture the quarterly planning meeting where every team asks for more than it can deliver.";
    const twice = figuresOf(
      writeLibrary((slug, file) => {
        if (slug !== "gamma-skill")
          file.body = file.body.replace("## Trade-offs\n\n", `## Trade-offs\n\n${opener}\n\n`);
      }),
    );
    expect(
      twice.problems.filter((problem) => problem.message.includes("picture the quarterly")),
    ).toEqual([]);
    const thrice = figuresOf(
      writeLibrary((_, file) => {
        file.body = file.body.replace("## Trade-offs\n\n", `## Trade-offs\n\n${opener}\n\n`);
      }),
    );
    const flagged = thrice.problems.filter((problem) =>
      problem.message.startsWith('paragraph opens "picture the quarterly planning'),
    );
    expect(flagged.map((problem) => problem.file.replace(/^.*\//, ""))).toEqual([
      "alpha-skill.md",
      "beta-skill.md",
      "gamma-skill.md",
    ]);
    expect(flagged[0]?.message).toContain("3 pages (alpha-skill, beta-skill, gamma-skill)");
  });

  it("reports where the correct option sits and how often it is the longest, and fails a library where it gives itself away", () => {
    const root = writeLibrary((_, file) => {
      for (const check of file.frontmatter.knowledgeChecks as { options: { text: string }[] }[]) {
        check.options[0]!.text = `${check.options[0]!.text}, which is the complete and carefully qualified answer`;
      }
    });
    const { figures, problems } = figuresOf(root);
    expect(figures.correctByPosition).toEqual([24]);
    expect(figures.longestCorrect).toBe(24);
    expect(problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the correct option is the longest in 24 of 24 checks \(100%\)/),
        expect.stringMatching(
          /^the correct option is authored in position 1 in 24 of 24 checks \(100%\)/,
        ),
      ]),
    );
  });

  it("fails a question without level expectations and a behavioral library where every story is a win", () => {
    const root = writeLibrary((slug, file) => {
      if (slug === "alpha-skill") delete (file.frontmatter.questions as Question[])[2]!.levels;
      for (const question of file.frontmatter.questions as Question[])
        if (question.outcome) question.outcome = "win";
    });
    const messages = figuresOf(root).problems.map(
      (problem) => `${problem.path}: ${problem.message.split(";")[0]}`,
    );
    expect(messages).toContain("questions[2].levels: no level expectations");
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^questions\[\]\.outcome: 1 of 11 behavioral strong answers end mixed or failed \(9%\)/,
      ),
    );
  });
});

describe("pronouns in the spot-the-weak-answer drill", () => {
  it("fails a red flag that speaks of the weak answer's subject with the other pronoun", () => {
    const root = writeLibrary((slug, file) => {
      if (slug !== "alpha-skill") return;
      const question = (file.frontmatter.questions as Question[])[1]!;
      question.redFlags = [
        'No measure of change beyond "he got more confident"',
        "Blames the mentee",
      ];
      question.weakAnswer = {
        answer:
          "Sara had a rough quarter, so I reviewed every one of her pull requests until she felt better.",
        flaws: [0],
        explanation: "Reviewing everything makes the mentor the safety net.",
      };
    });
    expect(editorialProblemsOf(root)).toContainEqual({
      file: expect.stringMatching(/alpha-skill\.md$/),
      path: "questions[1].redFlags[0]",
      message:
        'the weak answer speaks of "she", but this red flag it commits uses the other pronoun: make them agree',
    });
  });
});
