import type { Library } from "./library";
import type { Guide, Role } from "./parse";

export type RoleSkill = { guide: Guide; why: string | null };

/**
 * The guides a role page lists: the role's own picks (with why, in its study order), then every
 * guide that names the role in relatedRoles, so cross-links hold in both directions.
 */
export function skillsForRole(role: Role, library: Library): RoleSkill[] {
  const picked: RoleSkill[] = role.skills.flatMap((skill) =>
    library.guides.filter((guide) => guide.slug === skill.slug).map((guide) => ({ guide, why: skill.why })),
  );
  const pickedSlugs = new Set(picked.map((skill) => skill.guide.slug));
  const backLinked = library.guides
    .filter((guide) => !pickedSlugs.has(guide.slug) && guide.relatedRoles.includes(role.slug))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((guide) => ({ guide, why: null }));
  return [...picked, ...backLinked];
}
