import type { ManifestItem, PracticeManifest } from "./bank-types";
import { countLimits, type PracticeConfig } from "./config";
import { seededShuffle } from "./seeded";

/** Which manifest items a config selects, before ordering. Filters combine with AND; values within one filter with OR. */
export function matchingItems(
  manifest: PracticeManifest,
  config: PracticeConfig,
  dueIds: readonly string[] = [],
): ManifestItem[] {
  const wantedKind = config.mode === "quiz" ? "check" : "question";
  if (config.ids.length > 0 || config.review) {
    const wanted = config.ids.length > 0 ? config.ids : dueIds;
    const byId = new Map(manifest.items.map((item) => [item.id, item]));
    return wanted.flatMap((id) => {
      const item = byId.get(id);
      // An explicit list keeps both kinds: a review mixes flashcards and knowledge checks.
      return item ? [item] : [];
    });
  }
  return manifest.items.filter(
    (item) =>
      item.kind === wantedKind &&
      (config.mode !== "spot" || item.hasWeakAnswer) &&
      (config.skills.length === 0 && config.roles.length === 0
        ? true
        : config.skills.includes(item.source) ||
          config.roles.some((role) => item.roles.includes(role))) &&
      (config.tags.length === 0 || config.tags.some((tag) => item.tags.includes(tag))) &&
      (config.difficulties.length === 0 ||
        (item.difficulty !== null && config.difficulties.includes(item.difficulty))) &&
      (config.types.length === 0 || (item.type !== null && config.types.includes(item.type))),
  );
}

/**
 * The ordered item ids of a session. An explicit list keeps its order; a filtered set is shuffled
 * by the seed, so one link means one sequence. Filtering is by id order first, so a reordered
 * manifest cannot change the result.
 */
export function buildSession(
  manifest: PracticeManifest,
  config: PracticeConfig & { seed: string },
  dueIds: readonly string[] = [],
): { itemIds: string[]; available: number } {
  const matches = matchingItems(manifest, config, dueIds);
  if (config.ids.length > 0 || config.review) {
    return {
      itemIds: matches
        .slice(0, config.review ? countLimits.max : config.count)
        .map((item) => item.id),
      available: matches.length,
    };
  }
  const stable = [...matches].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    itemIds: seededShuffle(stable, config.seed)
      .slice(0, config.count)
      .map((item) => item.id),
    available: matches.length,
  };
}
