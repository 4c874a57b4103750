/**
 * Word lists behind the feedback. They are judgement, not grammar: each list holds what an
 * interviewer hears as a sign of the thing named, in the forms candidates actually write.
 */

/** Words after "I" or "we" that state a feeling or a state rather than an action. */
export const stativeVerbs = new Set(
  (
    "was were am is are be been being had have has felt feel feels think thought believe believed " +
    "know knew guess hope hoped liked like love loved wanted want mean meant wish wished 'm ’m " +
    "seemed seem remember"
  ).split(" "),
);

/** Words that may stand between the subject and its verb: "I then wrote", "we would ask". */
export const verbLeadIns = new Set(
  (
    "then also first quickly finally just immediately eventually later still actually really " +
    "would will could should 'd ’d 'll ’ll personally myself together both all"
  ).split(" "),
);

export const firstPerson = new Set([
  "i",
  "i'm",
  "i’m",
  "i'd",
  "i’d",
  "i've",
  "i’ve",
  "i'll",
  "i’ll",
]);
export const firstPersonAny = new Set([...firstPerson, "me", "my", "myself", "mine"]);
export const plural = new Set([
  "we",
  "we'd",
  "we’d",
  "we've",
  "we’ve",
  "we'll",
  "we’ll",
  "we're",
  "we’re",
]);

/** Phrases that set the scene or name the candidate's task. */
export const contextCue =
  /\b(situation|context|background|at the time|last (year|quarter|month)|in 20\d\d|when (i|we) (joined|took|started|inherited|arrived|was|were)|(my|our|the) (job|task|goal|role|remit|responsibility|brief) was|i was (asked|tasked|responsible|accountable|brought in|the|leading|running|managing)|i needed to|i had to|the problem was|there (was|were)|had been|our team (was|had|owned)|the team (was|had|owned)|i joined|i inherited|we were)\b/i;

/** Phrases that report how things ended, wins and losses alike. */
export const resultCue =
  /\b(as a result|result(ed)?|outcome|in the end|ended|by the end|afterwards|since then|went (from|down|up)|dropped|fell|rose|reduced|increased|improved|grew|halved|doubled|saved|shipped|launched|delivered|landed|succeeded|failed|missed|lost|slipped|led to|which meant|stopped|cut|hit|reached|it took|took (two|three|four|five|six|twice|\d+)|went (fine|well|smoothly|badly|wrong)|got (faster|better|worse|quicker|slower)|was promoted|got promoted|now (runs|takes|owns|has|leads|handles)|within (a|two|three|\d+)|the next (quarter|release|year))\b/i;

/** Phrases that name a lesson or a change in how the candidate works. */
export const lessonCue =
  /\b(learn(ed|t)?|lesson|next time|in hindsight|looking back|differently|taught me|since then|now i|i now|changed (how|the way) i|i still|what i took|i'd do|i would (now|do|have))\b/i;

/** Numbers, money, percentages, durations and counts of people, in figures or words. */
export const quantityCue =
  /(\d+(?:[.,]\d+)?\s*(%|percent|k\b|m\b|x\b|ms\b|s\b|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|engineers?|people|teams?|customers?|users?|services?|incidents?|pages?|tickets?|prs?)|[$£€]\s?\d|\b\d{1,3}(,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d+\b|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|halved|doubled|tripled|dozen|zero)\b)/i;

/** A checkpoint or measure of success in a plan. */
export const checkpointCue =
  /\b(measure|metric|checkpoint|check (in|back|whether|that)|success (looks|would|means)|know (it|whether|if) (it )?work|review (it |again )?(after|in)|track|target|revisit|by week|after (two|three|four|six|\d+) (weeks|months))\b/i;

export type PhraseKind = "hedge" | "vague" | "filler";

/** Each phrase is matched on word boundaries, case-insensitively. */
export const phraseLists: Record<PhraseKind, readonly string[]> = {
  hedge: [
    "i think",
    "i guess",
    "i believe",
    "i feel like",
    "i suppose",
    "maybe",
    "perhaps",
    "probably",
    "sort of",
    "kind of",
    "somewhat",
    "hopefully",
    "more or less",
    "to some extent",
    "tried to",
    "try to",
  ],
  vague: [
    "stuff",
    "things",
    "a lot",
    "lots of",
    "various",
    "etc",
    "and so on",
    "some issues",
    "some problems",
    "everyone was happy",
    "it went well",
    "worked out",
    "helped with",
    "was involved in",
    "worked on",
    "leveraged",
    "synergy",
    "best practices",
    "successfully",
  ],
  filler: [
    "um",
    "uh",
    "erm",
    "you know",
    "basically",
    "actually",
    "literally",
    "so yeah",
    "i mean",
    "obviously",
    "honestly",
  ],
};
