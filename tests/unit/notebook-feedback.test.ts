import { describe, expect, it } from "vitest";
import { readLibrary } from "@/lib/content/load";
import type { InterviewQuestion } from "@/lib/content/schema";
import { actorOf, analyseDraft, naturalPace, suggestSignals } from "@/lib/notebook/feedback";
import { sentencesOf } from "@/lib/notebook/text";
import { wordsOf } from "@/lib/notebook/words";
import { targetSeconds } from "@/lib/practice/answer-length";
import { draftFixtures, type DraftKind } from "../support/notebook-drafts";

const { library } = readLibrary();
const questions = new Map<string, InterviewQuestion>(
  [...library.guides, ...library.roles].flatMap((page) =>
    page.questions.map((question) => [question.id, question] as const),
  ),
);
const questionFor = (id: string) => {
  const question = questions.get(id);
  if (!question) throw new Error(`no question ${id} in the library`);
  return question;
};

describe("the fixture set", () => {
  it("has at least 24 drafts, at least four of each kind, all for questions in the library", () => {
    expect(draftFixtures.length).toBeGreaterThanOrEqual(24);
    const kinds: DraftKind[] = [
      "strong",
      "we-heavy",
      "no-result",
      "rambling",
      "too-short",
      "off-question",
    ];
    for (const kind of kinds)
      expect(
        draftFixtures.filter((fixture) => fixture.kind === kind).length,
      ).toBeGreaterThanOrEqual(4);
    for (const fixture of draftFixtures) expect(questions.has(fixture.questionId)).toBe(true);
  });
});

describe.each(draftFixtures)("feedback on the $kind draft: $name", (fixture) => {
  const question = questionFor(fixture.questionId);
  const feedback = analyseDraft(question, fixture.draft);
  const { expect: wanted } = fixture;
  const tones = (aspect: string) =>
    feedback.points.filter((point) => point.aspect === aspect).map((point) => point.tone);

  it("flags what a reader would want changed, and only that", () => {
    for (const aspect of wanted.improve ?? []) expect(tones(aspect), aspect).toContain("improve");
    for (const aspect of wanted.fine ?? []) expect(tones(aspect), aspect).not.toContain("improve");
  });

  it("finds the parts of the story a reader finds", () => {
    if (wanted.result !== undefined) expect(feedback.parts.result).toBe(wanted.result);
    if (wanted.measurable !== undefined) expect(feedback.measurable).toBe(wanted.measurable);
    if (wanted.lesson !== undefined) expect(feedback.parts.lesson).toBe(wanted.lesson);
    if (wanted.actionShareBelow !== undefined)
      expect(feedback.actionShare).toBeLessThan(wanted.actionShareBelow);
  });

  it("quotes the sentences and phrases it complains about", () => {
    const ownership = feedback.points.find((point) => point.aspect === "ownership");
    for (const sentence of wanted.weQuotes ?? [])
      expect(
        ownership?.quotes.some((quote) => quote.includes(sentence)),
        sentence,
      ).toBe(true);
    const language = feedback.points.find((point) => point.aspect === "language");
    const quoted = (language?.quotes ?? []).map((phrase) => phrase.toLowerCase());
    for (const phrase of wanted.phrases ?? [])
      expect(quoted, phrase).toContain(phrase.toLowerCase());
  });

  it("judges length against the runner's target for the question type", () => {
    const { min, max } = targetSeconds[question.type];
    const verdict = feedback.seconds < min ? "short" : feedback.seconds > max ? "long" : "within";
    if (wanted.length) expect(verdict).toBe(wanted.length);
    expect(feedback.seconds).toBeCloseTo((wordsOf(fixture.draft).length / naturalPace) * 60);
  });

  it("suggests the signals the draft plainly addresses, or says it is off the question", () => {
    for (const index of wanted.signals ?? []) expect(feedback.suggestedSignals).toContain(index);
    const coverage = feedback.points.find((point) => point.aspect === "coverage");
    if (wanted.offQuestion) {
      expect(feedback.suggestedSignals).toEqual([]);
      expect(coverage?.finding).toMatch(/does not appear to answer this question/);
    } else expect(coverage?.finding).not.toMatch(/does not appear to answer this question/);
  });

  it("says why interviewers care on every point, in one sentence", () => {
    for (const point of feedback.points) {
      expect(point.why).toMatch(/^[A-Z"].*[.]$/);
      expect(point.why.split(/[.!?](\s|$)/).filter((part) => part.trim().length > 1)).toHaveLength(
        1,
      );
    }
  });
});

describe("no point pretends to be an interviewer's verdict", () => {
  it("never scores, passes or fails a draft", () => {
    for (const fixture of draftFixtures) {
      const feedback = analyseDraft(questionFor(fixture.questionId), fixture.draft);
      for (const point of feedback.points)
        expect(`${point.finding} ${point.why}`).not.toMatch(
          /\b(score of|\d+\/10|you pass(ed)?|you fail(ed)?|no hire|strong hire)\b/i,
        );
    }
  });
});

describe("sentences, actors and signals", () => {
  it("splits sentences that start in lower case and keeps abbreviations and decimals whole", () => {
    const sentences = sentencesOf(
      "we shipped it, e.g. the API. p95 went from 3.5 s to 1.2 s. Dr. Lee agreed\n- I wrote the RFC",
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      "we shipped it, e.g. the API.",
      "p95 went from 3.5 s to 1.2 s.",
      "Dr. Lee agreed",
      "I wrote the RFC",
    ]);
  });

  it("tells an action from a state, and I from we", () => {
    const [acted, was, would, weActed, hadTo] = sentencesOf(
      "I then rewrote the job. I was nervous. I would ask the team first. We moved the cron. We had to cut scope.",
    );
    expect(
      [acted, was, would, weActed, hadTo].map((sentence) =>
        sentence ? actorOf(sentence) : "missing",
      ),
    ).toEqual(["i", null, "i", "we", "we"]);
  });

  it("matches a signal through word forms, not exact words", () => {
    const signals = ["Measured the problem before changing it", "Led by example on PR size"];
    expect(suggestSignals("I took measurements of the problems we had", signals)).toEqual([0]);
    expect(suggestSignals("Nothing here relates.", signals)).toEqual([]);
  });

  it("reports pace when a recorded transcript is given", () => {
    const question = questionFor("cr-improved-team-review");
    const transcript = draftFixtures[0]?.draft ?? "";
    const rushed = analyseDraft(question, transcript, 60);
    const length = rushed.points.find((point) => point.aspect === "length");
    expect(rushed.seconds).toBe(60);
    expect(length?.finding).toMatch(/1:00 as recorded/);
    expect(length?.finding).toMatch(/words a minute you are rushing/);
  });
});
