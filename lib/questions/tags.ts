import type { Library } from "../content/library";
import type { Guide } from "../content/parse";
import type { LibraryQuestion } from "./collect";

export type TagEntry = { tag: string; guides: Guide[]; questions: LibraryQuestion[] };

/**
 * Every tag with the guides that carry it and the questions that carry it, sorted by tag. A
 * question is listed under its own tags only: the guide's tags describe the guide, and inheriting
 * them would file every question of a broad guide under every one of its topics.
 */
export function tagIndex(library: Library, questions: readonly LibraryQuestion[]): TagEntry[] {
  const entries = new Map<string, TagEntry>();
  const entryFor = (tag: string) => {
    let entry = entries.get(tag);
    if (!entry) {
      entry = { tag, guides: [], questions: [] };
      entries.set(tag, entry);
    }
    return entry;
  };
  for (const guide of [...library.guides].sort((a, b) => a.title.localeCompare(b.title)))
    for (const tag of guide.tags) entryFor(tag).guides.push(guide);
  for (const question of questions)
    for (const tag of new Set(question.question.tags)) entryFor(tag).questions.push(question);
  return [...entries.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

/** "technical-debt" -> "Technical debt": tags are slugs, headings read better as words. */
export function tagLabel(tag: string): string {
  const words = tag.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
