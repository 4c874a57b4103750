import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { getLibrary } from "@/lib/content/load";
import { collectLibraryQuestions } from "@/lib/questions/collect";
import { tagPath } from "@/lib/questions/paths";
import { tagIndex, tagLabel } from "@/lib/questions/tags";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Topics",
  description:
    "Every topic in Leadwise, from alignment to technical debt, with the guides and interview questions filed under each.",
  path: "/tags",
});

export default function TagsPage() {
  const library = getLibrary();
  const tags = tagIndex(library, collectLibraryQuestions(library));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">Topics</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">
        {tags.length} topics across the guides and interview questions. Each topic page lists the
        guides that cover it and the questions that test it.
      </p>
      <ul aria-label="Topics" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {tags.map((entry) => (
          <li key={entry.tag}>
            <PageLink
              href={tagPath(entry.tag)}
              className="flex h-full flex-col rounded-lg border border-border p-4 no-underline hover:border-accent"
            >
              <span className="font-semibold text-accent">{tagLabel(entry.tag)}</span>
              <span className="mt-1 text-sm text-muted">
                {entry.guides.length} guide{entry.guides.length === 1 ? "" : "s"} ·{" "}
                {entry.questions.length} question{entry.questions.length === 1 ? "" : "s"}
              </span>
            </PageLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
