import type { QuestionType } from "../content/vocabulary";
import { targetSeconds } from "../practice/answer-length";
import { formatClock } from "../practice/clock";
import {
  checkpointCue,
  contextCue,
  firstPerson,
  firstPersonAny,
  lessonCue,
  phraseLists,
  plural,
  quantityCue,
  resultCue,
  stativeVerbs,
  verbLeadIns,
  type PhraseKind,
} from "./language";
import { contentStems, isStopWord, sentencesOf, type Sentence } from "./text";
import { wordsOf } from "./words";

/**
 * Feedback on a drafted answer, computed in the browser from the draft and the question's own data.
 * It reads the draft the way an interviewer listens (what did *you* do, what happened, how do you
 * know) and says where a draft falls short, quoting it. It never grades: the candidate does, and
 * signals are offered as suggestions they confirm or clear.
 */

export type FeedbackQuestion = { question: string; type: QuestionType; signals: readonly string[] };

export type Aspect = "structure" | "ownership" | "evidence" | "length" | "language" | "coverage";

/** "strength": keep it; "improve": worth a rewrite; "note": for the candidate to judge. */
export type PointTone = "strength" | "improve" | "note";

export type FeedbackPoint = {
  aspect: Aspect;
  tone: PointTone;
  /** One sentence saying what the draft does. */
  finding: string;
  /** One sentence saying why interviewers care. */
  why: string;
  /** Sentences or phrases from the draft the finding is about. */
  quotes: string[];
};

export type DraftFeedback = {
  words: number;
  /** Speaking time at a natural pace, or the recording's own length when one is given. */
  seconds: number;
  parts: { context: boolean; actions: boolean; result: boolean; lesson: boolean };
  /** Share of the words in sentences where someone acts (0 to 1). */
  actionShare: number;
  ownership: { iActions: number; weActions: number; weSentences: string[] };
  measurable: boolean;
  /** Indices into the question's signals that the draft appears to address. */
  suggestedSignals: number[];
  points: FeedbackPoint[];
};

/**
 * Words a minute for an answer spoken at an unhurried pace: slower than chat between friends, quicker
 * than a careful talk. A written draft's words are read out at this rate to estimate its length.
 */
export const naturalPace = 140;
const paceRange = { min: 120, max: 170 };

type Actor = "i" | "we" | null;

/** Who acts in a sentence: "I" or "we" followed (after adverbs and modals) by a verb of action. */
export function actorOf(sentence: Sentence): Actor {
  const words = sentence.words.map((word) => word.toLowerCase());
  let actor: Actor = null;
  for (const [index, word] of words.entries()) {
    const subject = firstPerson.has(word) ? "i" : plural.has(word) ? "we" : null;
    if (!subject) continue;
    let next = index + 1;
    while (next < words.length && verbLeadIns.has(words[next] ?? "")) next += 1;
    const verb = words[next];
    // "I had to", "we had to": an obligation, which moves the story as an action does.
    const isAction =
      verb !== undefined &&
      (!stativeVerbs.has(verb) || (verb === "had" && words[next + 1] === "to"));
    if (!isAction) continue;
    if (subject === "i") return "i";
    actor = "we";
  }
  return actor;
}

const mentionsMe = (sentence: Sentence) =>
  sentence.words.some((word) => firstPersonAny.has(word.toLowerCase()));

function findPhrases(sentences: readonly Sentence[]): Record<PhraseKind, string[]> {
  const found: Record<PhraseKind, string[]> = { hedge: [], vague: [], filler: [] };
  for (const sentence of sentences) {
    for (const [kind, phrases] of Object.entries(phraseLists) as [PhraseKind, string[]][]) {
      for (const phrase of phrases) {
        const pattern = new RegExp(`(^|[^\\p{L}'’])${phrase}(?=$|[^\\p{L}'’])`, "giu");
        for (const match of sentence.text.matchAll(pattern))
          found[kind].push(match[0].slice(match[1]?.length ?? 0));
      }
    }
  }
  return found;
}

/** Which of the question's signals share enough meaning-bearing stems with the draft to suggest a tick. */
export function suggestSignals(draft: string, signals: readonly string[]): number[] {
  const drafted = new Set(contentStems(draft));
  return signals.flatMap((signal, index) => {
    const stems = [...new Set(contentStems(signal))];
    const matched = stems.filter((stem) => drafted.has(stem)).length;
    const enough = stems.length <= 2 ? matched === stems.length : matched >= stems.length / 2;
    return matched >= 1 && enough ? [index] : [];
  });
}

const quote = (sentence: Sentence) => sentence.text;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export function analyseDraft(
  question: FeedbackQuestion,
  draft: string,
  recordedSeconds?: number,
): DraftFeedback {
  const sentences = sentencesOf(draft);
  const words = wordsOf(draft).length;
  const actors = sentences.map(actorOf);
  const firstAction = actors.findIndex((actor) => actor !== null);
  const actionWords = sentences.reduce(
    (sum, sentence, index) => sum + (actors[index] ? sentence.words.length : 0),
    0,
  );
  const actionShare = words === 0 ? 0 : actionWords / words;
  const resultSentences = sentences.filter(
    (sentence, index) => index > 0 && resultCue.test(sentence.text),
  );
  const parts = {
    context: firstAction > 0 || sentences.some((sentence) => contextCue.test(sentence.text)),
    actions: firstAction >= 0,
    result: resultSentences.length > 0,
    lesson: sentences.some((sentence) => lessonCue.test(sentence.text)),
  };
  const weSentences = sentences.filter(
    (sentence, index) => actors[index] === "we" && !mentionsMe(sentence),
  );
  const ownership = {
    iActions: actors.filter((actor) => actor === "i").length,
    weActions: weSentences.length,
    weSentences: weSentences.map(quote),
  };
  const measurable = resultSentences.some((sentence) => quantityCue.test(sentence.text));
  const seconds = recordedSeconds ?? (words / naturalPace) * 60;
  const suggestedSignals = suggestSignals(draft, question.signals);

  const points: FeedbackPoint[] = [];
  const behavioral = question.type === "behavioral";
  if (behavioral)
    points.push(
      ...storyStructure(parts, actionShare),
      ...storyEvidence(parts, measurable, resultSentences),
    );
  else points.push(planStructure(question.type, sentences, actionShare, actors));
  if (behavioral) points.push(ownershipPoint(ownership));
  points.push(lengthPoint(question.type, words, seconds, recordedSeconds));
  points.push(languagePoint(findPhrases(sentences)));
  // A story-bank story has no question of its own, so no signals to cover.
  if (question.signals.length > 0) points.push(coveragePoint(question, draft, suggestedSignals));

  return { words, seconds, parts, actionShare, ownership, measurable, suggestedSignals, points };
}

function storyStructure(parts: DraftFeedback["parts"], actionShare: number): FeedbackPoint[] {
  const missing = [
    parts.context ? null : "the situation or your task",
    parts.actions ? null : "what you did",
    parts.result ? null : "how it ended",
  ].filter((part): part is string => part !== null);
  const points: FeedbackPoint[] = [
    missing.length === 0
      ? {
          aspect: "structure",
          tone: "strength",
          finding: "The draft sets the scene, says what was done and says how it ended.",
          why: "Interviewers follow a story more easily when it has a beginning, a middle and an end, and they score each part.",
          quotes: [],
        }
      : {
          aspect: "structure",
          tone: "improve",
          finding: `The draft does not appear to say ${missing.join(" or ")}.`,
          why: missing.includes("how it ended")
            ? "Without a result an interviewer cannot tell whether your actions worked, and most score sheets have a line for it."
            : "An interviewer who has to ask for the missing part spends your time on it and may assume the worst.",
          quotes: [],
        },
  ];
  if (parts.actions)
    points.push({
      aspect: "structure",
      tone: actionShare >= 0.4 ? "strength" : "improve",
      finding: `About ${percent(actionShare)} of the draft is about actions${actionShare >= 0.4 ? "." : "; the rest is set-up and commentary. Aim for about half."}`,
      why: "Interviewers score what you did; set-up earns nothing once they understand the stakes.",
      quotes: [],
    });
  return points;
}

function storyEvidence(
  parts: DraftFeedback["parts"],
  measurable: boolean,
  resultSentences: readonly Sentence[],
): FeedbackPoint[] {
  const result: FeedbackPoint = !parts.result
    ? {
        aspect: "evidence",
        tone: "improve",
        finding:
          "There is no result to weigh: add what changed, with a number if there is one (time, money, people, a rate).",
        why: "A result with a figure is the evidence that your actions mattered; without one the story ends on a claim.",
        quotes: [],
      }
    : measurable
      ? {
          aspect: "evidence",
          tone: "strength",
          finding: "The result is measurable.",
          why: "A figure lets the interviewer judge the size of the impact instead of taking your word for it.",
          quotes: resultSentences.filter((sentence) => quantityCue.test(sentence.text)).map(quote),
        }
      : {
          aspect: "evidence",
          tone: "improve",
          finding: "The result has no figure: say how much, how fast, how many people or how long.",
          why: '"It went well" cannot be checked; a number, even a rough one, can be, and interviewers probe results that cannot.',
          quotes: resultSentences.map(quote),
        };
  const lesson: FeedbackPoint = {
    aspect: "evidence",
    tone: parts.lesson ? "strength" : "improve",
    finding: parts.lesson
      ? "The draft names a lesson or a change in how you work."
      : "The draft names no lesson or change in how you work since.",
    why: "What you changed afterwards shows you learn from experience, which is what the story is meant to predict.",
    quotes: [],
  };
  return [result, lesson];
}

function planStructure(
  type: QuestionType,
  sentences: readonly Sentence[],
  actionShare: number,
  actors: readonly Actor[],
): FeedbackPoint {
  const steps = actors.filter((actor) => actor !== null).length;
  const checkpoint = sentences.some(
    (sentence) =>
      checkpointCue.test(sentence.text) ||
      (type === "system-design" && quantityCue.test(sentence.text)),
  );
  const missing = [
    steps >= 2 ? null : "concrete steps you would take",
    checkpoint
      ? null
      : type === "system-design"
        ? "numbers or a measure"
        : "how you would know it worked",
  ].filter((part): part is string => part !== null);
  return {
    aspect: "structure",
    tone: missing.length === 0 ? "strength" : "improve",
    finding:
      missing.length === 0
        ? `The draft lays out steps (about ${percent(actionShare)} of it) and a way to check them.`
        : `The draft does not appear to give ${missing.join(" or ")}.`,
    why: "Interviewers listen for a plan they could watch you carry out and a way you would notice it failing.",
    quotes: [],
  };
}

function ownershipPoint(ownership: DraftFeedback["ownership"]): FeedbackPoint {
  const { iActions, weActions, weSentences } = ownership;
  const why =
    'Interviewers hire you, not your team: where "we" did something they cannot tell what you did.';
  if (weActions === 0)
    return {
      aspect: "ownership",
      tone: iActions > 0 ? "strength" : "note",
      finding:
        iActions > 0
          ? `You say what you did: ${iActions} sentence${iActions === 1 ? "" : "s"} with "I" as the one acting.`
          : 'No sentence says who acted: say what you did, with "I".',
      why,
      quotes: [],
    };
  return {
    aspect: "ownership",
    tone: weActions >= iActions || weActions >= 3 ? "improve" : "note",
    finding: `"We" acts in ${weActions} sentence${weActions === 1 ? "" : "s"} and "I" in ${iActions}: say which part was yours in the sentences quoted.`,
    why,
    quotes: weSentences,
  };
}

function lengthPoint(
  type: QuestionType,
  words: number,
  seconds: number,
  recordedSeconds: number | undefined,
): FeedbackPoint {
  const { min, max } = targetSeconds[type];
  const range = `${formatClock(min)} to ${formatClock(max)}`;
  const spoken =
    recordedSeconds === undefined
      ? `about ${formatClock(seconds)} spoken at a natural pace`
      : `${formatClock(seconds)} as recorded`;
  const verdict = seconds < min ? "short" : seconds > max ? "long" : "within";
  const pace =
    recordedSeconds && recordedSeconds > 0 ? Math.round(words / (recordedSeconds / 60)) : null;
  const paceNote =
    pace === null
      ? ""
      : pace > paceRange.max
        ? ` At ${pace} words a minute you are rushing; ${paceRange.min} to ${paceRange.max} is easy to follow.`
        : pace < paceRange.min
          ? ` At ${pace} words a minute the pauses are long; ${paceRange.min} to ${paceRange.max} is easy to follow.`
          : ` ${pace} words a minute is an easy pace to follow.`;
  return {
    aspect: "length",
    tone:
      verdict === "within" && !paceNote.includes("rushing") && !paceNote.includes("pauses")
        ? "strength"
        : "improve",
    finding: `${words} words, ${spoken}: ${
      verdict === "within" ? "within" : verdict === "short" ? "under" : "over"
    } the ${range} that suits this kind of question.${paceNote}`,
    why:
      verdict === "long"
        ? "A long answer leaves no time for the follow-ups, which is where interviewers find out what you really did."
        : "A short answer skips the detail interviewers need to judge you, so they have to dig for it or guess.",
    quotes: [],
  };
}

const phraseLabels: Record<PhraseKind, string> = {
  hedge: "hedging",
  vague: "vague",
  filler: "filler",
};

function languagePoint(found: Record<PhraseKind, string[]>): FeedbackPoint {
  const total = found.hedge.length + found.vague.length + found.filler.length;
  const present = (Object.keys(found) as PhraseKind[]).filter((kind) => found[kind].length > 0);
  return {
    aspect: "language",
    // One hedge can be honest ("probably" in an estimate); vague claims and filler never help.
    tone:
      total === 0
        ? "strength"
        : total >= 2 || found.filler.length + found.vague.length > 0
          ? "improve"
          : "note",
    finding:
      total === 0
        ? "No hedging, vague words or filler found."
        : `${total} ${present.map((kind) => phraseLabels[kind]).join(", ")} phrase${total === 1 ? "" : "s"}: replace each with what actually happened.`,
    why: "Hedges and vague words make a true story sound invented, and interviewers press hardest where an answer goes soft.",
    quotes: [...new Set(present.flatMap((kind) => found[kind]))],
  };
}

// The words every interview question is phrased with; sharing them says nothing about the topic.
const stockStems = new Set(
  contentStems(
    "tell time describe example walk give talk handle happened approach one two three four five",
  ),
);

function coveragePoint(
  question: FeedbackQuestion,
  draft: string,
  suggested: readonly number[],
): FeedbackPoint {
  const why =
    "These are what interviewers listen for on this question; the ticks are suggestions from shared words, so confirm each one yourself.";
  if (suggested.length > 0)
    return {
      aspect: "coverage",
      tone: "note",
      finding: `The draft appears to touch ${suggested.length} of the question's ${question.signals.length} signals; they are ticked as suggestions for you to confirm or clear.`,
      why,
      quotes: suggested.map((index) => question.signals[index] ?? ""),
    };
  const asked = new Set(
    contentStems(`${question.question} ${question.signals.join(" ")}`).filter(
      (stem) => !stockStems.has(stem),
    ),
  );
  const drafted = new Set(contentStems(draft));
  const shared = [...asked].filter((stem) => drafted.has(stem)).length;
  const topic = wordsOf(question.question).filter(
    (word) => word.length > 3 && !isStopWord(word) && !stockStems.has(contentStems(word)[0] ?? ""),
  );
  return {
    aspect: "coverage",
    tone: "improve",
    finding:
      shared === 0
        ? `The draft does not appear to answer this question: none of its signals, and none of its key words (${topic.slice(0, 4).join(", ")}), show up.`
        : "The draft does not appear to touch any of this question's signals yet.",
    why,
    quotes: [],
  };
}
