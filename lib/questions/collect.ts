import type { Library } from "../content/library";
import type { InterviewQuestion } from "../content/schema";
import { skillsForRole } from "../content/roles";
import { oncePerObject } from "../once-per-object";

/** The page a question is written on: a skill guide or a role page. */
export type QuestionOwner = { kind: "guide" | "role"; slug: string; title: string };

export type LibraryQuestion = {
  question: InterviewQuestion;
  owner: QuestionOwner;
  /** The skill guide the question belongs to; role questions have none. */
  skill: string | null;
  /**
   * The roles whose loops draw on the question: a role's own questions; for a guide question, the
   * roles its author names, or else every role whose page lists the guide under "Skills to study".
   */
  roles: string[];
};

// Every question page, its metadata and its Open Graph image ask for the whole list: 3 lists per
// page, each as long as the library, made 36,000 times for 1,000 guides. One list per library object
// (the loader caches that per build process) turns it into a lookup.
const collected = new WeakMap<Library, readonly LibraryQuestion[]>();
const byIdCache = new WeakMap<Library, ReadonlyMap<string, LibraryQuestion>>();

/** Every interview question in the library, guides first (by title), then roles, each in page order. */
export function collectLibraryQuestions(library: Library): LibraryQuestion[] {
  return [...libraryQuestions(library)];
}

/**
 * The same list as collectLibraryQuestions, not copied: the one to hand to relatedQuestions, whose
 * index is kept per list.
 */
export function libraryQuestions(library: Library): readonly LibraryQuestion[] {
  return oncePerObject(collected, library, collectQuestions);
}

/** One question of the library by id, without walking the list. */
export function findLibraryQuestion(library: Library, id: string): LibraryQuestion | undefined {
  const byId = oncePerObject(
    byIdCache,
    library,
    (owner) => new Map(libraryQuestions(owner).map((entry) => [entry.question.id, entry])),
  );
  return byId.get(id);
}

function collectQuestions(library: Library): LibraryQuestion[] {
  const guides = [...library.guides].sort((a, b) => a.title.localeCompare(b.title));
  const roles = [...library.roles].sort((a, b) => a.title.localeCompare(b.title));
  const rolesByGuide = new Map<string, string[]>();
  for (const role of roles) {
    for (const { guide } of skillsForRole(role, library)) {
      rolesByGuide.set(guide.slug, [...(rolesByGuide.get(guide.slug) ?? []), role.slug]);
    }
  }
  return [
    ...guides.flatMap((guide) =>
      guide.questions.map((question) => ({
        question,
        owner: { kind: "guide" as const, slug: guide.slug, title: guide.title },
        skill: guide.slug,
        roles: question.roles ?? rolesByGuide.get(guide.slug) ?? [],
      })),
    ),
    ...roles.flatMap((role) =>
      role.questions.map((question) => ({
        question,
        owner: { kind: "role" as const, slug: role.slug, title: role.title },
        skill: null,
        roles: [role.slug],
      })),
    ),
  ];
}

/** Where each tag and each owning page occurs in one list of questions, by position. */
type RelatednessIndex = { byTag: Map<string, number[]>; byOwner: Map<string, number[]> };

// A question page scored every question in the library against its own: 12,000 comparisons on
// each of 12,000 pages for 1,000 guides (5 ms a page). The index lists only the questions that can
// score, once per list (the page passes the library's cached one).
const relatednessIndexes = new WeakMap<readonly LibraryQuestion[], RelatednessIndex>();

const ownerKey = (owner: QuestionOwner) => `${owner.kind}:${owner.slug}`;

function buildRelatednessIndex(all: readonly LibraryQuestion[]): RelatednessIndex {
  const index: RelatednessIndex = { byTag: new Map(), byOwner: new Map() };
  const add = (map: Map<string, number[]>, key: string, position: number) => {
    const positions = map.get(key);
    if (positions) positions.push(position);
    else map.set(key, [position]);
  };
  all.forEach((entry, position) => {
    for (const tag of entry.question.tags) add(index.byTag, tag, position);
    add(index.byOwner, ownerKey(entry.owner), position);
  });
  return index;
}

/**
 * Questions that sit close to this one: the same page and shared tags count, so a learner reading
 * about one disagreement question sees the other disagreement questions first, wherever they live.
 * Each shared tag scores 2 and the same page 1; ties keep the list's order.
 */
export function relatedQuestions(
  entry: LibraryQuestion,
  all: readonly LibraryQuestion[],
  limit = 5,
): LibraryQuestion[] {
  const { byTag, byOwner } = oncePerObject(relatednessIndexes, all, buildRelatednessIndex);
  const scores = new Map<number, number>();
  const addScore = (positions: readonly number[] | undefined, points: number) => {
    for (const position of positions ?? [])
      scores.set(position, (scores.get(position) ?? 0) + points);
  };
  for (const tag of new Set(entry.question.tags)) addScore(byTag.get(tag), 2);
  addScore(byOwner.get(ownerKey(entry.owner)), 1);
  return [...scores]
    .filter(([position]) => all[position]?.question.id !== entry.question.id)
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
    .slice(0, limit)
    .flatMap(([position]) => all[position] ?? []);
}
