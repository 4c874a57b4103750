/**
 * How a typed query is read before it reaches the index: the words compared with page text, and
 * the terms searched one by one. Pure, so vitest checks it and the search dialog uses it as is.
 *
 * Pagefind answers a query with the pages holding every word of it. That is right for two words
 * and wrong for a paraphrase or a sentence remembered almost word for word, where one word that is
 * not on the page empties the result. The engine therefore also searches the query's distinctive
 * terms one at a time and adds their scores up, so a page missing one word still competes.
 */

// Words too common to tell pages apart; searched alone they would match every page.
const stopwords = new Set(
  (
    "a about after again all also am an and any are as at be because been before being between both " +
    "but by can could did do does doing during each few for from further had has have having he her " +
    "here hers him his how i if in into is it its itself just me more most my no nor not now of off " +
    "on once only or other our ours out over own same she should so some such than that the their " +
    "theirs them then there these they this those through to too under until up very was we were " +
    "what when where which while who whom why will with would you your yours"
  ).split(" "),
);

/**
 * One whitespace-separated word as both the query and the page text are compared: lower case,
 * accents and punctuation dropped ("Conway's" and "conways" agree), a plural "s" dropped.
 */
export function normaliseWord(word: string): string {
  const bare = word
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
  return bare.length > 3 && bare.endsWith("s") && !bare.endsWith("ss") ? bare.slice(0, -1) : bare;
}

/** The words of a text in order, normalised, empty ones dropped. */
export function textWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normaliseWord)
    .filter((word) => word !== "");
}

export const isStopword = (word: string): boolean => stopwords.has(word);

/** The words that carry meaning: what a heading or a section has to hold to count as a match. */
export function contentWords(words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => word.length > 1 && !isStopword(word)))];
}

/** Most terms searched one by one; a pasted paragraph is judged on its longest words. */
export const maxTermSearches = 12;

/**
 * The terms to search one by one, as pagefind reads them (lower case, punctuation as spaces):
 * distinctive words only, longest first, at most `maxTermSearches`.
 */
export function searchTerms(query: string): string[] {
  const words = query
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((word) => word.length > 1 && !isStopword(word));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, maxTermSearches);
}

/**
 * Shorter and shorter beginnings of a term that found nothing, for typos past the first letters
 * ("delegaton" finds "delegat..."). Pagefind matches every term as a prefix, so a beginning that
 * stops before the slip finds the word. Never shorter than four letters, which match too much.
 */
export function typoPrefixes(term: string): string[] {
  const prefixes: string[] = [];
  for (let length = term.length - 1; length >= 4; length -= 1) prefixes.push(term.slice(0, length));
  return prefixes;
}

/** Adjacent word pairs: a page holding most of a query's pairs holds the query's wording. */
export function wordPairs(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let index = 1; index < words.length; index += 1)
    pairs.add(`${words[index - 1]} ${words[index]}`);
  return pairs;
}
