import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { notFound } from "next/navigation";
import { QuestionCard, QuestionTable } from "@/components/question-card";
import {
  ConceptList,
  ExampleProjectTable,
  FaqList,
  LinkCards,
  ResourceList,
  ResumeTipList,
} from "@/components/guide/guide-parts";
import { KnowledgeCheckList } from "@/components/guide/knowledge-check-list";
import { TableOfContents } from "@/components/guide/table-of-contents";
import { JsonLd } from "@/components/json-ld";
import { PractiseLinks } from "@/components/practise-links";
import { PageSection, Prose } from "@/components/page-section";
import { ShareButton } from "@/components/share/share-button";
import { getGuideBySlug, getGuideSlugs, getLibrary } from "@/lib/content/load";
import { guidePartIds, type RenderedSection } from "@/lib/content/render";
import { renderedGuide } from "@/lib/content/rendered";
import { categoryLabels } from "@/lib/content/schema";
import { formatDate } from "@/lib/format";
import { questionsWithTagsPath, tagPath } from "@/lib/questions/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { ankiGuidePath, ankiLibraryPath } from "@/lib/takeaway/library-files";
import { guideStructuredData } from "@/lib/seo/structured-data";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGuideSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/guides/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const guide = getGuideBySlug(slug);
  if (!guide) return {};
  return pageMetadata({
    title: `${guide.title}: interview guide`,
    description: guide.summary,
    path: `/guides/${guide.slug}`,
    type: "article",
    modifiedTime: guide.updated,
  });
}

function NarrativeSection({ section }: { section: RenderedSection }) {
  return (
    <PageSection id={section.id} title={section.heading}>
      <Prose html={section.html} />
    </PageSection>
  );
}

export default async function GuidePage({ params }: PageProps<"/guides/[slug]">) {
  const { slug } = await params;
  const guide = getGuideBySlug(slug);
  if (!guide) notFound();
  const rendered = renderedGuide(guide);
  const library = getLibrary();
  const relatedSkills = guide.relatedSkills.flatMap((related) =>
    library.guides.filter((candidate) => candidate.slug === related),
  );
  const relatedRoles = guide.relatedRoles.flatMap((related) =>
    library.roles.filter((candidate) => candidate.slug === related),
  );

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <JsonLd data={guideStructuredData(rendered)} />
      <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li>
            <PageLink href="/guides">Guides</PageLink>
            <span aria-hidden="true"> / </span>
          </li>
          <li>
            <PageLink href={`/guides?category=${guide.category}`}>
              {categoryLabels[guide.category].label}
            </PageLink>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page" className="text-fg">
            {guide.title}
          </li>
        </ol>
      </nav>
      <header
        className="mb-8 max-w-3xl"
        data-pagefind-body
        data-pagefind-meta="kind:guide"
        data-pagefind-filter="kind:guide"
      >
        <p
          className="mb-2 text-sm font-semibold uppercase tracking-wide text-accent"
          data-pagefind-ignore
        >
          {categoryLabels[guide.category].label} · Skill guide
        </p>
        <h1
          className="mb-3 text-4xl font-bold tracking-tight sm:text-5xl"
          data-pagefind-filter="skill"
        >
          {guide.title}
        </h1>
        <p className="text-lg text-muted" data-pagefind-weight="3">
          {guide.summary}
        </p>
        <p className="mt-3 text-sm text-muted" data-pagefind-ignore>
          {guide.readingMinutes} min read · Updated{" "}
          <time dateTime={guide.updated}>{formatDate(guide.updated)}</time> ·{" "}
          {guide.questions.length} interview questions · {guide.knowledgeChecks.length} knowledge
          checks
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <ul aria-label="Tags" className="flex flex-wrap gap-2" data-pagefind-ignore>
            {guide.tags.map((tag) => (
              <li key={tag}>
                <PageLink
                  href={tagPath(tag)}
                  className="inline-flex rounded-full bg-surface-strong px-3 py-1 text-xs text-fg no-underline hover:underline"
                >
                  {tag}
                </PageLink>
              </li>
            ))}
          </ul>
          <ShareButton anchor="" label="Share this guide" text="Share" />
        </div>
      </header>

      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
        <aside className="mb-8 lg:order-2 lg:mb-0">
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
            <TableOfContents entries={rendered.toc} />
          </div>
        </aside>
        <div className="min-w-0 space-y-12 lg:order-1" data-pagefind-body>
          {rendered.leadSections.map((section) => (
            <NarrativeSection key={section.id} section={section} />
          ))}
          <PageSection id={guidePartIds.concepts} title="Core concepts">
            <ConceptList concepts={rendered.concepts} />
          </PageSection>
          {rendered.practiceSections.map((section) => (
            <NarrativeSection key={section.id} section={section} />
          ))}
          <PageSection
            id={guidePartIds.questions}
            title="Interview questions"
            intro={
              <p>
                Each question says why interviewers ask it, what a strong answer sounds like, the
                signals they tick, how they press, and the red flags of a weak answer.
              </p>
            }
          >
            <PractiseLinks
              filter={{ skills: [guide.slug] }}
              name={guide.title}
              withKnowledgeCheck
            />
            <QuestionTable
              questions={rendered.questions}
              caption={`${guide.title} interview questions`}
            />
            <div className="space-y-6">
              {rendered.questions.map((question, index) => (
                <QuestionCard key={question.id} question={question} number={index + 1} />
              ))}
            </div>
            <p className="no-print mt-6 flex flex-wrap gap-x-6 gap-y-2" data-pagefind-ignore>
              <PageLink href={questionsWithTagsPath(guide.tags)}>
                Browse more questions on these topics
              </PageLink>
              <a href={ankiGuidePath(guide.slug)} download={`leadwise-${guide.slug}.tsv`}>
                Download these questions for Anki (TSV)
              </a>
              <a href={ankiLibraryPath} download="leadwise-all-questions.tsv">
                Download every question in the library (TSV)
              </a>
            </p>
          </PageSection>
          <PageSection
            id={guidePartIds.knowledgeChecks}
            title="Check your understanding"
            intro={
              <p>
                Pick an answer before you open it: each option is explained, the wrong ones
                included.
              </p>
            }
          >
            <KnowledgeCheckList checks={rendered.knowledgeChecks} />
          </PageSection>
          <PageSection id={guidePartIds.resumeTips} title="Resume tips">
            <ResumeTipList tips={guide.resumeTips} />
          </PageSection>
          <PageSection id={guidePartIds.exampleProjects} title="Example projects">
            <ExampleProjectTable projects={guide.exampleProjects} />
          </PageSection>
          {rendered.careerImpact ? <NarrativeSection section={rendered.careerImpact} /> : null}
          <PageSection id={guidePartIds.resources} title="Learning resources">
            <ResourceList resources={guide.resources} />
            {guide.sources.length > 0 ? (
              <div className="mt-6">
                <h3 className="mb-2 font-semibold">Sources for figures in this guide</h3>
                <ul className="list-disc space-y-1 pl-5 text-sm">
                  {guide.sources.map((source) => (
                    <li key={source.claim}>
                      {source.claim}: {source.publisher}
                      {source.title ? (
                        <>
                          , <cite>{source.title}</cite>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </PageSection>
          <PageSection id={guidePartIds.faq} title="FAQ">
            <FaqList entries={rendered.faq} />
          </PageSection>
          <PageSection id={guidePartIds.related} title="Related skills and roles">
            <h3 className="mb-3 font-semibold">Related skills</h3>
            <LinkCards
              label="Related skills"
              items={relatedSkills.map((related) => ({
                href: `/guides/${related.slug}`,
                title: related.title,
                summary: related.summary,
              }))}
            />
            <h3 className="mb-3 mt-6 font-semibold">Roles where this matters</h3>
            <LinkCards
              label="Related roles"
              items={relatedRoles.map((role) => ({
                href: `/roles/${role.slug}`,
                title: role.title,
                summary: role.summary,
              }))}
            />
          </PageSection>
        </div>
      </div>
    </div>
  );
}
