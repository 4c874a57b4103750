import { countLimits, defaultConfig, practiceQueryString, type PracticeMode } from "./config";
import { seededShuffle, stableSeed } from "./seeded";

/**
 * Links that start a set. Every "practise" link on a static page carries a seed, so it opens the
 * runner at question 1 (no launcher form in between) and names one set that can be shared as is.
 */

type SourceFilter = { skills: [string] } | { roles: [string] };

export function practiseSourcePath(filter: SourceFilter, mode: PracticeMode): string {
  const key = "skills" in filter ? `guide:${filter.skills[0]}` : `role:${filter.roles[0]}`;
  return `/practice?${practiceQueryString({ ...defaultConfig, ...filter, mode, seed: stableSeed(`${key}:${mode}`) })}`;
}

/**
 * A set of exactly these questions (a tag's, what the hub's filters show), in an order the seed
 * shuffles, at most the largest set the runner takes.
 */
export function practiseListPath(
  ids: readonly string[],
  seed: string,
  mode: PracticeMode = "flashcards",
): { href: string; count: number } {
  const chosen = seededShuffle([...ids].sort(), seed).slice(0, countLimits.max);
  return {
    href: `/practice?${practiceQueryString({ ...defaultConfig, mode, ids: chosen, seed })}`,
    count: chosen.length,
  };
}

export function practiseQuestionPath(id: string): string {
  return practiseListPath([id], stableSeed(`question:${id}`)).href;
}

/** Back to the launcher with this set's settings filled in: the same link without what starts it. */
export function settingsPath(query: string): string {
  const params = new URLSearchParams(query);
  for (const key of ["seed", "ids", "q", "review", "view"]) params.delete(key);
  const rest = params.toString().replace(/%2C/g, ",");
  return rest ? `/practice?${rest}` : "/practice";
}
