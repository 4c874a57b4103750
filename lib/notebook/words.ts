/**
 * Counting words needs no language library, so pages that only show a saved answer's length
 * import this and not the sentence splitter and stemmer behind the feedback.
 */

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’$%.,-]*/gu;

/** Words as a reader counts them: "p95", "don't", "$1.2M" and "30%" are one word each. */
export function wordsOf(text: string): string[] {
  return (text.match(wordPattern) ?? []).map((word) => word.replace(/[.,'’-]+$/, ""));
}
