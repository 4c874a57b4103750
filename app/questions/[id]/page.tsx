import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { notFound } from "next/navigation";
import { DifficultyBadge, TypeBadge } from "@/components/badges";
import { QuestionDetails } from "@/components/question-card";
import { SavedAnswer } from "@/components/notebook/saved-answer";
import { QuestionLinkList } from "@/components/questions/question-list";
import { ShareButton } from "@/components/share/share-button";
import { getLibrary } from "@/lib/content/load";
import { markdownToPlainText } from "@/lib/content/markdown";
import {
  collectLibraryQuestions,
  findLibraryQuestion,
  libraryQuestions,
  relatedQuestions,
  type LibraryQuestion,
} from "@/lib/questions/collect";
import { practiseQuestionPath } from "@/lib/practice/set-links";
import { ownerPath, tagPath } from "@/lib/questions/paths";
import { renderedQuestionsById } from "@/lib/questions/rendered";
import { pageMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

function findQuestion(
  id: string,
): { entry: LibraryQuestion; all: readonly LibraryQuestion[] } | undefined {
  const library = getLibrary();
  const entry = findLibraryQuestion(library, id);
  return entry ? { entry, all: libraryQuestions(library) } : undefined;
}

export function generateStaticParams() {
  return collectLibraryQuestions(getLibrary()).map((entry) => ({ id: entry.question.id }));
}

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  return `${text.slice(0, length - 1).replace(/\s+\S*$/, "")}…`;
}

export async function generateMetadata({
  params,
}: PageProps<"/questions/[id]">): Promise<Metadata> {
  const { id } = await params;
  const found = findQuestion(id);
  if (!found) return {};
  const { question, owner } = found.entry;
  return pageMetadata({
    title: truncate(question.question, 90),
    description: truncate(
      `Interview question from ${owner.title}: ${markdownToPlainText(question.whyAsked)}`,
      158,
    ),
    path: `/questions/${question.id}`,
    type: "article",
    // A question shares the card of the guide or role it is written on: a card per question was
    // 12,000 images for 1,000 guides, over half the build's time and of what it wrote (README,
    // Performance). The question itself is the shared link's title and description.
    card: {
      path: `${ownerPath(owner)}/opengraph-image`,
      alt: `Leadwise ${owner.kind === "guide" ? "skill" : "role"} guide: ${owner.title}`,
    },
  });
}

export default async function QuestionPage({ params }: PageProps<"/questions/[id]">) {
  const { id } = await params;
  const found = findQuestion(id);
  const rendered = renderedQuestionsById(getLibrary()).get(id);
  if (!found || !rendered) notFound();
  const { entry, all } = found;
  const { question, owner } = entry;
  const related = relatedQuestions(entry, all);
  const ownerLabel = owner.kind === "guide" ? `Guide: ${owner.title}` : `Role: ${owner.title}`;

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li>
            <PageLink href="/questions">Questions</PageLink>
            <span aria-hidden="true"> / </span>
          </li>
          <li>
            <PageLink href={ownerPath(owner)}>{owner.title}</PageLink>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page" className="text-fg">
            This question
          </li>
        </ol>
      </nav>
      <article
        aria-labelledby="question-heading"
        data-pagefind-body
        data-pagefind-meta="kind:question"
        data-pagefind-filter="kind:question"
      >
        <header
          className="mb-8"
          data-pagefind-filter={owner.kind === "guide" ? `skill:${owner.title}` : undefined}
        >
          {/* Labels and badges stay out of the indexed text (data-pagefind-ignore still reads the meta
              inside it), so a search excerpt starts at the question, not at "Behavioral medium". */}
          <p
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-accent"
            data-pagefind-ignore
          >
            Interview question · <span data-pagefind-meta="context">{ownerLabel}</span>
          </p>
          <h1
            id="question-heading"
            className="mb-4 text-3xl font-bold leading-tight tracking-tight sm:text-4xl"
          >
            {question.question}
          </h1>
          <div className="flex flex-wrap items-center gap-2" data-pagefind-ignore>
            <TypeBadge type={question.type} />
            <DifficultyBadge difficulty={question.difficulty} />
            {question.tags.length > 0 ? (
              <ul aria-label="Tags" className="flex flex-wrap gap-2" data-pagefind-ignore>
                {question.tags.map((tag) => (
                  <li key={tag}>
                    <PageLink
                      href={tagPath(tag)}
                      className="inline-flex min-h-6 items-center rounded-full bg-surface-strong px-3 py-1 text-xs text-fg no-underline hover:underline"
                    >
                      {tag}
                    </PageLink>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <div className="no-print mt-5 flex flex-wrap items-center gap-3" data-pagefind-ignore>
            <a
              href={practiseQuestionPath(question.id)}
              className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-accent-fg no-underline"
            >
              Practise this question
            </a>
            <PageLink
              href={`${ownerPath(owner)}#${question.id}`}
              className="inline-flex min-h-11 items-center rounded-md border border-border px-4 no-underline hover:bg-surface"
            >
              Read it in {owner.title}
            </PageLink>
            <ShareButton anchor="" label="Share this question" text="Share" />
          </div>
        </header>
        <SavedAnswer questionId={question.id} />
        <QuestionDetails question={rendered} heading="h2" />
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="related-questions" className="mt-12 border-t border-border pt-8">
          <h2 id="related-questions" className="mb-4 text-2xl font-semibold tracking-tight">
            Related questions
          </h2>
          <QuestionLinkList entries={related} label="Related questions" />
          <p className="mt-4">
            <PageLink href="/questions">Browse every interview question</PageLink>
          </p>
        </section>
      ) : null}
    </div>
  );
}
