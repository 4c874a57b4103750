import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { notFound } from "next/navigation";
import { LinkCards } from "@/components/guide/guide-parts";
import { QuestionLinkList } from "@/components/questions/question-list";
import { PractiseList } from "@/components/practise-list";
import { getLibrary } from "@/lib/content/load";
import { stableSeed } from "@/lib/practice/seeded";
import { collectLibraryQuestions } from "@/lib/questions/collect";
import { questionsWithTagsPath } from "@/lib/questions/paths";
import { tagIndex, tagLabel, type TagEntry } from "@/lib/questions/tags";
import { pageMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

function allTags(): TagEntry[] {
  const library = getLibrary();
  return tagIndex(library, collectLibraryQuestions(library));
}

export function generateStaticParams() {
  return allTags().map((entry) => ({ tag: entry.tag }));
}

export async function generateMetadata({ params }: PageProps<"/tags/[tag]">): Promise<Metadata> {
  const { tag } = await params;
  const entry = allTags().find((candidate) => candidate.tag === tag);
  if (!entry) return {};
  return pageMetadata({
    title: `${tagLabel(tag)}: guides and interview questions`,
    description: `Leadwise guides and interview questions on ${tagLabel(tag).toLowerCase()}: ${entry.guides.length} guides and ${entry.questions.length} questions with strong answers.`,
    path: `/tags/${tag}`,
  });
}

export default async function TagPage({ params }: PageProps<"/tags/[tag]">) {
  const { tag } = await params;
  const entry = allTags().find((candidate) => candidate.tag === tag);
  if (!entry) notFound();
  const label = tagLabel(tag);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li>
            <PageLink href="/tags">Topics</PageLink>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page" className="text-fg">
            {label}
          </li>
        </ol>
      </nav>
      <h1 className="mb-2 text-4xl font-bold tracking-tight">{label}</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">
        Everything filed under <code>{tag}</code>: {entry.guides.length} guide
        {entry.guides.length === 1 ? "" : "s"} and {entry.questions.length} interview question
        {entry.questions.length === 1 ? "" : "s"}.
      </p>
      {entry.guides.length > 0 ? (
        <section aria-labelledby="tag-guides" className="mb-10">
          <h2 id="tag-guides" className="mb-4 text-2xl font-semibold tracking-tight">
            Guides
          </h2>
          <LinkCards
            label={`Guides tagged ${tag}`}
            items={entry.guides.map((guide) => ({
              href: `/guides/${guide.slug}`,
              title: guide.title,
              summary: guide.summary,
            }))}
          />
        </section>
      ) : null}
      {entry.questions.length > 0 ? (
        <section aria-labelledby="tag-questions">
          <h2 id="tag-questions" className="mb-4 text-2xl font-semibold tracking-tight">
            Interview questions
          </h2>
          <PractiseList
            ids={entry.questions.map((question) => question.question.id)}
            seed={stableSeed(`tag:${tag}`)}
          />
          <QuestionLinkList entries={entry.questions} label={`Questions tagged ${tag}`} />
          <p className="mt-4">
            <PageLink href={questionsWithTagsPath([tag])}>
              Filter these questions further in the question hub
            </PageLink>
          </p>
        </section>
      ) : null}
    </div>
  );
}
