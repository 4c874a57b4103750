import type { Guide } from "../content/parse";
import { categoryLabels, categorySchema } from "../content/schema";
import type { GuideCard } from "./filter";

export function toGuideCard(guide: Guide): GuideCard {
  return {
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
    category: guide.category,
    tags: guide.tags,
    questionCount: guide.questions.length,
    readingMinutes: guide.readingMinutes,
  };
}

export const catalogCategories = categorySchema.options.map((id) => ({
  id,
  ...categoryLabels[id],
}));

export function allTags(guides: readonly Guide[]): string[] {
  return [...new Set(guides.flatMap((guide) => guide.tags))].sort();
}
