import {
  difficulties,
  questionTypes,
  type Difficulty,
  type QuestionType,
} from "../content/vocabulary";

/**
 * A practice set as a URL. The same parameters (with the seed) give the same questions in the same
 * order to whoever opens the link. Anything unrecognised is dropped and reported, never trusted.
 */

export const practiceModes = ["flashcards", "quiz", "mock", "spot"] as const;
export type PracticeMode = (typeof practiceModes)[number];

export const practiceModeLabels: Record<PracticeMode, string> = {
  flashcards: "Flashcards",
  quiz: "Knowledge check",
  mock: "Mock interview",
  spot: "Spot the weak answer",
};

/** Practising alone, or in a pair from one link: the candidate sees questions only. */
export const practiceViews = ["self", "candidate", "interviewer"] as const;
export type PracticeView = (typeof practiceViews)[number];

export type PracticeConfig = {
  mode: PracticeMode;
  view: PracticeView;
  skills: string[];
  roles: string[];
  tags: string[];
  difficulties: Difficulty[];
  types: QuestionType[];
  count: number;
  /** Per question, for mock interviews. */
  seconds: number;
  /** Fixes the order. Null until a session starts, which then writes one into the URL. */
  seed: string | null;
  /** An explicit list (one question, "what I missed"): taken in this order, no filters. */
  ids: string[];
  /** A review of whatever is due now. */
  review: boolean;
};

export const countLimits = { min: 1, max: 50, default: 10 } as const;
export const secondsLimits = { min: 30, max: 900, default: 180 } as const;
const maxListLength = 60;

export const defaultConfig: PracticeConfig = {
  mode: "flashcards",
  view: "self",
  skills: [],
  roles: [],
  tags: [],
  difficulties: [],
  types: [],
  count: countLimits.default,
  seconds: secondsLimits.default,
  seed: null,
  ids: [],
  review: false,
};

export type KnownValues = {
  skills: readonly string[];
  roles: readonly string[];
  tags: readonly string[];
  ids: readonly string[];
};

/** What a practice link may name: the manifest's skills, roles, tags and item ids. */
export function knownValues(manifest: {
  guides: readonly { slug: string }[];
  roles: readonly { slug: string }[];
  tags: readonly string[];
  items: readonly { id: string }[];
}): KnownValues {
  return {
    skills: manifest.guides.map((guide) => guide.slug),
    roles: manifest.roles.map((role) => role.slug),
    tags: manifest.tags,
    ids: manifest.items.map((item) => item.id),
  };
}

export type ParsedConfig = { config: PracticeConfig; ignored: string[] };

const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function clampInteger(raw: string, limits: { min: number; max: number }): number | null {
  if (!/^\d{1,9}$/.test(raw)) return null;
  return Math.min(limits.max, Math.max(limits.min, Number(raw)));
}

export function parsePracticeQuery(search: string, known: KnownValues): ParsedConfig {
  const params = new URLSearchParams(search);
  const config: PracticeConfig = { ...defaultConfig };
  const ignored: string[] = [];
  const ignore = (key: string, value: string, why: string) =>
    ignored.push(`${key}=${value.slice(0, 40)}${value.length > 40 ? "…" : ""} (${why})`);

  const pickList = <T extends string>(key: string, value: string, allowed: readonly T[]): T[] => {
    const kept: T[] = [];
    for (const entry of value.split(",").slice(0, maxListLength)) {
      const match = allowed.find((candidate) => candidate === entry);
      if (match) kept.push(match);
      else if (entry) ignore(key, entry, "unknown");
    }
    return [...new Set(kept)];
  };

  for (const [key, value] of params) {
    switch (key) {
      case "mode": {
        const mode = practiceModes.find((candidate) => candidate === value);
        if (mode) config.mode = mode;
        else ignore(key, value, "unknown mode");
        break;
      }
      case "view": {
        const view = practiceViews.find((candidate) => candidate === value);
        if (view) config.view = view;
        else ignore(key, value, "unknown view");
        break;
      }
      case "skills":
        config.skills = pickList(key, value, known.skills);
        break;
      case "roles":
        config.roles = pickList(key, value, known.roles);
        break;
      case "tags":
        config.tags = pickList(key, value, known.tags);
        break;
      case "difficulty":
        config.difficulties = pickList(key, value, difficulties);
        break;
      case "type":
        config.types = pickList(key, value, questionTypes);
        break;
      case "ids":
      case "q":
        config.ids = pickList(key, value, known.ids);
        break;
      case "count": {
        const count = clampInteger(value, countLimits);
        if (count === null) ignore(key, value, "not a number");
        else {
          if (String(count) !== value)
            ignore(key, value, `kept within ${countLimits.min}-${countLimits.max}`);
          config.count = count;
        }
        break;
      }
      case "time": {
        const seconds = clampInteger(value, secondsLimits);
        if (seconds === null) ignore(key, value, "not a number");
        else {
          if (String(seconds) !== value)
            ignore(key, value, `kept within ${secondsLimits.min}-${secondsLimits.max} seconds`);
          config.seconds = seconds;
        }
        break;
      }
      case "seed":
        if (/^[a-z0-9]{1,16}$/i.test(value)) config.seed = value.toLowerCase();
        else ignore(key, value, "a seed is 1-16 letters or digits");
        break;
      case "review":
        if (value === "due") config.review = true;
        else ignore(key, value, "only review=due is known");
        break;
      default:
        ignore(key, value, "unknown parameter");
    }
  }
  if (config.ids.length > 0) config.count = Math.min(config.ids.length, countLimits.max);
  return { config, ignored };
}

export function practiceQueryString(config: PracticeConfig): string {
  const params = new URLSearchParams();
  if (config.mode !== defaultConfig.mode) params.set("mode", config.mode);
  if (config.review) params.set("review", "due");
  if (config.ids.length > 0) params.set("ids", config.ids.join(","));
  else {
    if (config.skills.length > 0) params.set("skills", config.skills.join(","));
    if (config.roles.length > 0) params.set("roles", config.roles.join(","));
    if (config.tags.length > 0) params.set("tags", config.tags.join(","));
    if (config.difficulties.length > 0) params.set("difficulty", config.difficulties.join(","));
    if (config.types.length > 0) params.set("type", config.types.join(","));
    if (!config.review) params.set("count", String(config.count));
  }
  if (config.mode === "mock") params.set("time", String(config.seconds));
  if (config.seed) params.set("seed", config.seed);
  if (config.view !== "self") params.set("view", config.view);
  // Commas are safe in a query string and keep shared links readable.
  return params.toString().replace(/%2C/g, ",");
}

export function isSlugLike(value: string): boolean {
  return slugLike.test(value);
}
