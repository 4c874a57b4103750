import { storiesForSkill, type Story } from "./story";

export type SkillGuide = { slug: string; title: string };
export type SkillCoverage = SkillGuide & { stories: Story[] };
export type CoverageMatrix = { bySkill: SkillCoverage[]; uncovered: SkillGuide[] };

/**
 * For each guide (in the order given), the stories that show its skill, and the guides no story
 * shows yet: the gaps to write a story for before an interview. Skills of removed guides are ignored.
 */
export function coverageMatrix(
  stories: readonly Story[],
  guides: readonly SkillGuide[],
): CoverageMatrix {
  const bySkill = guides.map((guide) => ({
    slug: guide.slug,
    title: guide.title,
    stories: storiesForSkill(stories, guide.slug),
  }));
  return {
    bySkill,
    uncovered: bySkill
      .filter((row) => row.stories.length === 0)
      .map(({ slug, title }) => ({ slug, title })),
  };
}
