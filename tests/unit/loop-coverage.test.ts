import { describe, expect, it } from "vitest";
import { questionFacetValues } from "@/components/questions/question-list";
import { getLibrary } from "@/lib/content/load";
import { collectLibraryQuestions } from "@/lib/questions/collect";
import { emptyQuestionFilter, matchesQuestionFilter } from "@/lib/questions/filter";

/**
 * The questions that open or decide a leadership loop are in the bank: for each topic, the hub
 * filtered to the guide that covers it lists at least three questions whose wording is about it.
 */

const topics = [
  { topic: "why manage or why leave", skill: "career-story", wording: /\bmanag|\bleav/i },
  {
    topic: "biggest failure",
    skill: "failure-and-accountability",
    wording: /failure|mistake|worst/i,
  },
  {
    topic: "an underperformer who left or was let go",
    skill: "performance-management",
    wording: /let .* go|left|performance plan|underperform/i,
  },
  { topic: "a layoff or reorg", skill: "leading-through-change", wording: /layoff|reorg|cut/i },
  { topic: "splitting a team", skill: "org-design", wording: /split/i },
  {
    topic: "a distributed team",
    skill: "remote-teams",
    wording: /time zone|remote|distributed|Berlin|Dublin|site/i,
  },
  {
    topic: "an inclusive hiring or team-health decision",
    skill: "inclusive-teams",
    wording: /hir|referral|health|safe|panel/i,
  },
  {
    topic: "a headcount request",
    skill: "org-design",
    wording: /headcount|two more engineers|backfill|budget/i,
  },
  {
    topic: "a levelling conversation",
    skill: "levels-and-offers",
    wording: /level|senior rather than staff|scope of your current role/i,
  },
];

describe("the rest of the loop", () => {
  const bank = collectLibraryQuestions(getLibrary());

  it.each(topics)("the hub finds at least three questions on $topic", ({ skill, wording }) => {
    const filter = { ...emptyQuestionFilter(), skill: [skill] };
    const found = bank
      .filter((entry) => matchesQuestionFilter(questionFacetValues(entry), filter))
      .filter((entry) => wording.test(entry.question.question));
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  it("has at least 26 guides", () => {
    expect(getLibrary().guides.length).toBeGreaterThanOrEqual(26);
  });
});
