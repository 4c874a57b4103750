import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import { buildManifest, buildSourceBank } from "@/lib/practice/bank";
import type { QuestionItem } from "@/lib/practice/bank-types";
import {
  gradeForWeakAnswer,
  maxBorrowedRedFlags,
  redFlagsOfSiblings,
  resultSummary,
  scoreWeakAnswer,
  weakAnswerOptions,
  type WeakAnswerOption,
} from "@/lib/practice/weak-answer";

const question = {
  id: "tl-quarter-scope-pushback",
  redFlags: [
    "Says yes and plans to work weekends",
    "Flat refusal with no options",
    "Treats reliability work as non-negotiable",
  ],
  weakAnswer: {
    answerHtml: "<p>I'd be straight with the PM.</p>",
    flaws: [1, 2],
    explanationHtml: "<p>No options.</p>",
  },
};
const siblings = [
  "No data, only stronger adjectives",
  "Blames another team",
  "No measurable result",
  "Takes all on-call pain personally",
];

const texts = (options: readonly WeakAnswerOption[]) => options.map((option) => option.text);
const committedIndices = (options: readonly WeakAnswerOption[]) =>
  options.flatMap((option, index) => (option.committed ? [index] : []));

describe("the options a learner ticks from", () => {
  it("holds every red flag of the question, marking exactly the committed ones, plus two borrowed ones", () => {
    const options = weakAnswerOptions(question, siblings, "seed-1");
    expect(options).toHaveLength(question.redFlags.length + maxBorrowedRedFlags);
    for (const [index, flag] of question.redFlags.entries()) {
      expect(options.filter((option) => option.text === flag)).toEqual([
        { text: flag, committed: question.weakAnswer.flaws.includes(index) },
      ]);
    }
    const borrowed = options.filter((option) => !question.redFlags.includes(option.text));
    expect(borrowed).toHaveLength(2);
    for (const option of borrowed) {
      expect(siblings).toContain(option.text);
      expect(option.committed).toBe(false);
    }
  });

  it("gives the same options in the same order for the same seed, and another order for another seed", () => {
    const first = weakAnswerOptions(question, siblings, "seed-1");
    expect(weakAnswerOptions(question, siblings, "seed-1")).toEqual(first);
    expect(texts(weakAnswerOptions(question, siblings, "seed-2"))).not.toEqual(texts(first));
  });

  it("does not depend on the order the borrowed red flags arrive in", () => {
    expect(weakAnswerOptions(question, [...siblings].reverse(), "seed-1")).toEqual(
      weakAnswerOptions(question, siblings, "seed-1"),
    );
  });

  it("never borrows a red flag the question already has, nor the same one twice", () => {
    const echoes = [
      "  flat refusal with NO options ",
      "Blames another team",
      "Blames another team",
    ];
    const options = weakAnswerOptions(question, echoes, "seed-1");
    expect(texts(options).filter((text) => text.toLowerCase().includes("flat refusal"))).toEqual([
      "Flat refusal with no options",
    ]);
    expect(texts(options).filter((text) => text === "Blames another team")).toHaveLength(1);
    expect(options).toHaveLength(question.redFlags.length + 1);
  });

  it("works with no other questions to borrow from, and is empty for a question without a weak answer", () => {
    expect(texts(weakAnswerOptions(question, [], "seed-1")).sort()).toEqual(
      [...question.redFlags].sort(),
    );
    expect(weakAnswerOptions({ ...question, weakAnswer: null }, siblings, "seed-1")).toEqual([]);
  });
});

describe("scoring what the learner ticked", () => {
  const options: WeakAnswerOption[] = [
    { text: "a", committed: true },
    { text: "b", committed: false },
    { text: "c", committed: true },
    { text: "d", committed: false },
    { text: "e", committed: false },
  ];

  it("a perfect answer finds every committed flag and ticks nothing else", () => {
    expect(scoreWeakAnswer(options, [2, 0])).toEqual({
      found: 2,
      missed: 0,
      wrongly: 0,
      committed: 2,
      score: 1,
    });
    expect(gradeForWeakAnswer(1)).toBe(4);
  });

  it("ticking nothing finds nothing and misses everything", () => {
    expect(scoreWeakAnswer(options, [])).toEqual({
      found: 0,
      missed: 2,
      wrongly: 0,
      committed: 2,
      score: 0,
    });
    expect(gradeForWeakAnswer(0)).toBe(1);
  });

  it("ticking everything scores nothing: the wrong ticks cancel the right ones", () => {
    const result = scoreWeakAnswer(options, [0, 1, 2, 3, 4]);
    expect(result).toEqual({ found: 2, missed: 0, wrongly: 3, committed: 2, score: 0 });
    expect(gradeForWeakAnswer(result.score)).toBe(1);
  });

  it("a partial answer scores found minus wrong ticks over the committed total", () => {
    expect(scoreWeakAnswer(options, [0]).score).toBe(0.5);
    expect(scoreWeakAnswer(options, [0, 2, 3]).score).toBe(0.5);
    expect(scoreWeakAnswer(options, [0, 3]).score).toBe(0);
    expect(gradeForWeakAnswer(0.5)).toBe(2);
  });

  it("ignores repeated ticks and indices outside the options", () => {
    expect(scoreWeakAnswer(options, [0, 0, 2, 9, -1, 1.5])).toEqual({
      found: 2,
      missed: 0,
      wrongly: 0,
      committed: 2,
      score: 1,
    });
  });

  it("maps scores to grades at thirds, clamping nonsense", () => {
    expect([0, 0.2, 1 / 3, 0.5, 2 / 3, 0.9, 1].map(gradeForWeakAnswer)).toEqual([
      1, 1, 2, 2, 3, 3, 4,
    ]);
    expect(gradeForWeakAnswer(Number.NaN)).toBe(1);
    expect(gradeForWeakAnswer(7)).toBe(4);
  });

  it("summarises the result in one sentence for the live region", () => {
    expect(resultSummary(scoreWeakAnswer(options, [0, 2]))).toBe(
      "You found both problems and ticked nothing extra. Score 100%.",
    );
    expect(resultSummary(scoreWeakAnswer(options, [0, 3]))).toBe(
      "You found 1 of 2 problems, missed 1 and ticked 1 option this answer does not have. Score 0%.",
    );
    expect(resultSummary(scoreWeakAnswer(options, []))).toBe(
      "You found 0 of 2 problems, missed 2. Score 0%.",
    );
    expect(resultSummary(scoreWeakAnswer([{ text: "a", committed: true }], [0]))).toBe(
      "You found the problem and ticked nothing extra. Score 100%.",
    );
  });
});

describe("weak answers in the real practice bank", () => {
  const { library } = readLibrary();
  const manifest = buildManifest(library);
  const withWeakAnswer = manifest.items.filter((item) => item.hasWeakAnswer);

  it("flags in the manifest exactly the questions that have a weak answer, and never a knowledge check", () => {
    const expected = [...library.guides, ...library.roles]
      .flatMap((page) =>
        page.questions.filter((question) => question.weakAnswer).map((question) => question.id),
      )
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(withWeakAnswer.map((item) => item.id).sort()).toEqual(expected);
    expect(withWeakAnswer.every((item) => item.kind === "question")).toBe(true);
  });

  it("renders each weak answer as sanitised HTML and builds options whose committed flags are its flaws", () => {
    for (const source of new Set(withWeakAnswer.map((item) => item.source))) {
      const items = buildSourceBank(library, source)?.items ?? [];
      for (const item of items) {
        const listed = manifest.items.find((candidate) => candidate.id === item.id);
        expect(item.kind === "question" && item.weakAnswer !== null, item.id).toBe(
          listed?.hasWeakAnswer,
        );
        if (item.kind !== "question" || !item.weakAnswer) continue;
        const weak: QuestionItem["weakAnswer"] & object = item.weakAnswer;
        expect(weak.answerHtml).toMatch(/^<p>/);
        expect(weak.explanationHtml).toMatch(/^<p>/);
        expect(weak.answerHtml + weak.explanationHtml).not.toMatch(
          /<script|javascript:|\son[a-z]+=/i,
        );
        const options = weakAnswerOptions(item, redFlagsOfSiblings(item, items), "real-library");
        expect(
          options
            .filter((option) => option.committed)
            .map((option) => option.text)
            .sort(),
          item.id,
        ).toEqual(weak.flaws.map((flaw) => item.redFlags[flaw]).sort());
        expect(options.length, item.id).toBe(item.redFlags.length + maxBorrowedRedFlags);
        expect(committedIndices(options).length).toBeLessThan(options.length);
      }
    }
  }, 60_000);
});
