import type { Library } from "../content/library";
import type { InterviewQuestion } from "../content/schema";
import { skillsForRole } from "../content/roles";

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
  let questions = collected.get(library);
  if (!questions) {
    questions = collectQuestions(library);
    collected.set(library, questions);
  }
  return [...questions];
}

/** One question of the library by id, without walking the list. */
export function findLibraryQuestion(library: Library, id: string): LibraryQuestion | undefined {
  let byId = byIdCache.get(library);
  if (!byId) {
    byId = new Map(collectLibraryQuestions(library).map((entry) => [entry.question.id, entry]));
    byIdCache.set(library, byId);
  }
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

/**
 * Questions that sit close to this one: the same page and shared tags count, so a learner reading
 * about one disagreement question sees the other disagreement questions first, wherever they live.
 */
export function relatedQuestions(
  entry: LibraryQuestion,
  all: readonly LibraryQuestion[],
  limit = 5,
): LibraryQuestion[] {
  const tags = new Set(entry.question.tags);
  const scored = all
    .map((candidate, index) => {
      const sharedTags = candidate.question.tags.filter((tag) => tags.has(tag)).length;
      const samePage =
        candidate.owner.kind === entry.owner.kind && candidate.owner.slug === entry.owner.slug;
      return { candidate, index, score: sharedTags * 2 + (samePage ? 1 : 0) };
    })
    .filter(({ candidate, score }) => candidate.question.id !== entry.question.id && score > 0);
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}
