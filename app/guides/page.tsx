import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { allTags, catalogCategories, toGuideCard } from "@/lib/catalog/cards";
import { getAllGuides } from "@/lib/content/load";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "All skill guides",
  description:
    "Every Leadwise skill guide for technical-leadership interviews, grouped by category and filterable by tag.",
  path: "/guides",
});

export default function GuidesPage() {
  const guides = getAllGuides();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">Skill guides</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">
        {guides.length} guides to the skills tech-lead, staff and engineering-manager loops test.
        Each has the concepts, how the skill shows up at each level, interview questions with strong
        answers, and the red flags interviewers listen for.
      </p>
      <Island
        name="GuideCatalog"
        props={{
          guides: guides.map(toGuideCard),
          categories: catalogCategories,
          tags: allTags(guides),
        }}
      />
    </div>
  );
}
