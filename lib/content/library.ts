import type { Guide, Role } from "./parse";
import type { ContentProblem } from "./problems";

export type Library = {
  guides: Guide[];
  roles: Role[];
};

/**
 * Checks what no single file can: that every cross-link names a page that exists and that ids which
 * progress is keyed on are unique across the whole library.
 */
export function findLibraryProblems(
  { guides, roles }: Library,
  /** Slugs of every file present, valid or not, so one broken file does not cascade into link errors. */
  present: { guides: readonly string[]; roles: readonly string[] } = { guides: [], roles: [] },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const guideSlugs = new Set([...guides.map((guide) => guide.slug), ...present.guides]);
  const roleSlugs = new Set([...roles.map((role) => role.slug), ...present.roles]);
  const known = (set: Set<string>) => [...set].sort().join(", ");

  const checkLinks = (file: string, field: string, slugs: readonly string[], targets: Set<string>, kind: string, self?: string) => {
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

  for (const guide of guides) {
    checkLinks(guide.sourceFile, "relatedSkills", guide.relatedSkills, guideSlugs, "skill guide", guide.slug);
    checkLinks(guide.sourceFile, "relatedRoles", guide.relatedRoles, roleSlugs, "role");
    guide.questions.forEach((question, index) => {
      if (question.roles) checkLinks(guide.sourceFile, `questions[${index}].roles`, question.roles, roleSlugs, "role");
    });
  }
  for (const role of roles) {
    checkLinks(role.sourceFile, "skills", role.skills.map((skill) => skill.slug), guideSlugs, "skill guide");
    checkLinks(role.sourceFile, "relatedRoles", role.relatedRoles, roleSlugs, "role", role.slug);
  }

  for (const [file, slug] of findDuplicates([...guides, ...roles].map((page) => [page.sourceFile, page.slug] as const))) {
    problems.push({ file, path: "slug", message: `slug "${slug}" is already used by another file` });
  }

  // Question and knowledge-check ids share one namespace: both are keys in a learner's progress.
  const idOwners: (readonly [string, string, string])[] = [];
  for (const page of [...guides, ...roles]) {
    page.questions.forEach((question, index) => idOwners.push([page.sourceFile, `questions[${index}].id`, question.id]));
  }
  for (const guide of guides) {
    guide.knowledgeChecks.forEach((check, index) => idOwners.push([guide.sourceFile, `knowledgeChecks[${index}].id`, check.id]));
  }
  const firstOwner = new Map<string, string>();
  for (const [file, path, id] of idOwners) {
    const owner = firstOwner.get(id);
    if (owner) problems.push({ file, path, message: `duplicate id "${id}" (first used in ${owner}); ids must be unique across the library` });
    else firstOwner.set(id, `${file} ${path}`);
  }
  return problems;
}

function findDuplicates(entries: readonly (readonly [string, string])[]): [string, string][] {
  const seen = new Set<string>();
  const duplicates: [string, string][] = [];
  for (const [file, value] of entries) {
    if (seen.has(value)) duplicates.push([file, value]);
    seen.add(value);
  }
  return duplicates;
}
