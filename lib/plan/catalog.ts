import type { Library } from "../content/library";
import { skillsForRole } from "../content/roles";
import type { PlanCatalog } from "./schedule";

const wordsReadPerMinute = 230;
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Build-time only: what the plan needs from the library. A role's skills are exactly the guides its
 * page lists (skillsForRole); a guide's reading step is its core concepts, sized by their words,
 * because the whole guide (about half an hour) would not leave room for every skill before a loop.
 */
export function planCatalog(library: Library): PlanCatalog {
  return {
    roles: library.roles.map((role) => ({
      slug: role.slug,
      title: role.title,
      skills: skillsForRole(role, library).map((skill) => skill.guide.slug),
    })),
    guides: library.guides.map((guide) => ({
      slug: guide.slug,
      title: guide.title,
      conceptMinutes: Math.max(
        2,
        Math.ceil(
          countWords(guide.concepts.map((concept) => concept.explanation).join(" ")) /
            wordsReadPerMinute,
        ),
      ),
    })),
  };
}
