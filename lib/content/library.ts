import type { Guide, Role } from "./parse";
import type { ContentProblem } from "./problems";

export type Library = {
  guides: Guide[];
  roles: Role[];
};

/**
 * What the library-wide checks read of a page: its links and the ids progress is keyed on. A valid
 * page gives it exactly; a page that failed its schema gives what its raw front matter holds, so one
 * broken field does not hide the page's other problems until the next run.
 */
export type LinkView = {
  kind: "guide" | "role";
  sourceFile: string;
  slug: string | null;
  relatedSkills: string[];
  relatedRoles: string[];
  /** A role's "Skills to study". */
  skills: string[];
  questions: { id: string | null; roles: string[] | null }[];
  knowledgeChecks: { id: string | null }[];
};

export function linkViewOfGuide(guide: Guide): LinkView {
  return {
    kind: "guide",
    sourceFile: guide.sourceFile,
    slug: guide.slug,
    relatedSkills: guide.relatedSkills,
    relatedRoles: guide.relatedRoles,
    skills: [],
    questions: guide.questions.map((question) => ({ id: question.id, roles: question.roles ?? null })),
    knowledgeChecks: guide.knowledgeChecks.map((check) => ({ id: check.id })),
  };
}

export function linkViewOfRole(role: Role): LinkView {
  return {
    kind: "role",
    sourceFile: role.sourceFile,
    slug: role.slug,
    relatedSkills: [],
    relatedRoles: role.relatedRoles,
    skills: role.skills.map((skill) => skill.slug),
    questions: role.questions.map((question) => ({ id: question.id, roles: null })),
    knowledgeChecks: [],
  };
}

const stringOrNull = (value: unknown) => (typeof value === "string" ? value : null);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
const records = (value: unknown) =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === "object" ? (item as Record<string, unknown>) : {})) : [];

/** The links and ids of a page whose front matter failed its schema, read leniently. */
export function linkViewOfRaw(kind: LinkView["kind"], sourceFile: string, raw: Record<string, unknown>): LinkView {
  return {
    kind,
    sourceFile,
    slug: stringOrNull(raw.slug),
    relatedSkills: kind === "guide" ? strings(raw.relatedSkills) : [],
    relatedRoles: strings(raw.relatedRoles),
    skills: kind === "role" ? records(raw.skills).map((skill) => stringOrNull(skill.slug) ?? "") : [],
    questions: records(raw.questions).map((question) => ({
      id: stringOrNull(question.id),
      roles: kind === "guide" && Array.isArray(question.roles) ? strings(question.roles) : null,
    })),
    knowledgeChecks: kind === "guide" ? records(raw.knowledgeChecks).map((check) => ({ id: stringOrNull(check.id) })) : [],
  };
}

/**
 * Checks what no single file can: that every cross-link names a page that exists and that ids which
 * progress is keyed on are unique across the whole library.
 */
export function findLibraryProblems(
  pages: readonly LinkView[],
  /** Slugs of every file present, valid or not, so one broken file does not cascade into link errors. */
  present: { guides: readonly string[]; roles: readonly string[] } = { guides: [], roles: [] },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slugsOf = (kind: LinkView["kind"]) => pages.filter((page) => page.kind === kind && page.slug !== null).map((page) => page.slug ?? "");
  const guideSlugs = new Set([...slugsOf("guide"), ...present.guides]);
  const roleSlugs = new Set([...slugsOf("role"), ...present.roles]);
  const known = (set: Set<string>) => [...set].sort().join(", ");

  const checkLinks = (file: string, field: string, slugs: readonly string[], targets: Set<string>, kind: string, self?: string | null) => {
    slugs.forEach((slug, index) => {
      if (slug === self) problems.push({ file, path: `${field}[${index}]`, message: `"${slug}" links the page to itself` });
      else if (!targets.has(slug)) {
        problems.push({ file, path: `${field}[${index}]`, message: `unknown ${kind} "${slug}"; expected one of: ${known(targets)}` });
      }
    });
    const seen = new Set<string>();
    slugs.forEach((slug, index) => {
      if (seen.has(slug)) problems.push({ file, path: `${field}[${index}]`, message: `"${slug}" is listed twice` });
      seen.add(slug);
    });
  };

  for (const page of pages) {
    if (page.kind === "guide") {
      checkLinks(page.sourceFile, "relatedSkills", page.relatedSkills, guideSlugs, "skill guide", page.slug);
      checkLinks(page.sourceFile, "relatedRoles", page.relatedRoles, roleSlugs, "role");
      page.questions.forEach((question, index) => {
        if (question.roles) checkLinks(page.sourceFile, `questions[${index}].roles`, question.roles, roleSlugs, "role");
      });
    } else {
      checkLinks(page.sourceFile, "skills", page.skills, guideSlugs, "skill guide");
      checkLinks(page.sourceFile, "relatedRoles", page.relatedRoles, roleSlugs, "role", page.slug);
    }
  }

  const seenSlugs = new Set<string>();
  for (const page of pages) {
    if (page.slug === null) continue;
    if (seenSlugs.has(page.slug)) problems.push({ file: page.sourceFile, path: "slug", message: `slug "${page.slug}" is already used by another file` });
    seenSlugs.add(page.slug);
  }

  // Question and knowledge-check ids share one namespace: both are keys in a learner's progress.
  const idOwners: (readonly [string, string, string])[] = [];
  for (const page of pages) {
    page.questions.forEach((question, index) => {
      if (question.id !== null) idOwners.push([page.sourceFile, `questions[${index}].id`, question.id]);
    });
  }
  for (const page of pages) {
    page.knowledgeChecks.forEach((check, index) => {
      if (check.id !== null) idOwners.push([page.sourceFile, `knowledgeChecks[${index}].id`, check.id]);
    });
  }
  const firstOwner = new Map<string, string>();
  for (const [file, path, id] of idOwners) {
    const owner = firstOwner.get(id);
    if (owner) problems.push({ file, path, message: `duplicate id "${id}" (first used in ${owner}); ids must be unique across the library` });
    else firstOwner.set(id, `${file} ${path}`);
  }
  return problems;
}
