import { split } from "sentence-splitter";
import { stemmer } from "stemmer";
import { wordsOf } from "./words";

/**
 * The language primitives the feedback needs: sentences, words and word stems.
 *
 * Sentences come from sentence-splitter (textlint's splitter): a draft typed in a hurry starts
 * sentences in lower case and uses "e.g.", "vs.", "Dr." and "$1.2M", where a regular expression on
 * ". " and the browser's Intl.Segmenter (which will not break before a lower-case letter) both cut
 * or merge sentences wrongly. Stems come from the Porter stemmer, so "measured", "measures" and
 * "measurement" in a draft all meet "Measured the problem" in a question's signal.
 */

export type Sentence = { text: string; words: string[] };

/** Lines are split first: a bullet list has no full stops, but each bullet is a sentence. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim();
    if (!trimmed) continue;
    for (const node of split(trimmed)) {
      if (node.type !== "Sentence") continue;
      const sentence = node.raw.trim();
      const words = wordsOf(sentence);
      if (words.length > 0) sentences.push({ text: sentence, words });
    }
  }
  return sentences;
}

// Words that say nothing about a topic: matching on them would tick every signal.
const stopWords = new Set(
  (
    "a about above after again against all also an and any are as at be because been before being " +
    "between both but by can could did do does doing down during each even ever every few for from " +
    "further had has have having he her here hers him his how i if in into is it its itself just " +
    "let like made make makes many me more most much must my no nor not now of off on once one only " +
    "or other our ours out over own rather same she should so some such than that the their them " +
    "then there these they this those through to too under until up upon us very via was we were " +
    "what when where whether which while who whom why will with within without would you your " +
    "instead first rather explicitly clearly before each own able"
  ).split(" "),
);

export function isStopWord(word: string): boolean {
  return stopWords.has(word.toLowerCase());
}

// Porter strips suffixes only: irregular past tenses, common in stories, are mapped by hand.
const irregular: Record<string, string> = Object.fromEntries(
  (
    "met:meet brought:bring wrote:write written:write ran:run led:lead took:take taken:take " +
    "gave:give given:give chose:choose chosen:choose told:tell found:find sent:send spoke:speak " +
    "thought:think taught:teach knew:know began:begin went:go held:hold kept:keep built:build " +
    "paid:pay said:say sat:sit understood:understand drew:draw grew:grow fell:fall rose:rise " +
    "broke:break heard:hear saw:see felt:feel won:win lost:lose spent:spend sold:sell " +
    "caught:catch fought:fight sought:seek dealt:deal meant:mean"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** Lower-cased Porter stems of the words that carry meaning. */
export function contentStems(text: string): string[] {
  return wordsOf(text)
    .map((word) => word.toLowerCase().replace(/['’]s$/, ""))
    .filter((word) => /\p{L}/u.test(word) && word.length > 1 && !stopWords.has(word))
    .map((word) => stemmer(irregular[word] ?? word));
}
