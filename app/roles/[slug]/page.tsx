import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { notFound } from "next/navigation";
import { LinkCards } from "@/components/guide/guide-parts";
import { TableOfContents } from "@/components/guide/table-of-contents";
import { JsonLd } from "@/components/json-ld";
import { PractiseLinks } from "@/components/practise-links";
import { PageSection, Prose } from "@/components/page-section";
import { QuestionCard, QuestionTable } from "@/components/question-card";
import { getLibrary, getRoleBySlug, getRoleSlugs } from "@/lib/content/load";
import { renderedRole } from "@/lib/content/rendered";
import { skillsForRole } from "@/lib/content/roles";
import { formatDate } from "@/lib/format";
import { pageMetadata } from "@/lib/seo/metadata";
import { roleStructuredData } from "@/lib/seo/structured-data";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/roles/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const role = getRoleBySlug(slug);
  if (!role) return {};
  return pageMetadata({
    title: `${role.title} interviews`,
    description: role.summary,
    path: `/roles/${role.slug}`,
    type: "article",
    modifiedTime: role.updated,
  });
}

export default async function RolePage({ params }: PageProps<"/roles/[slug]">) {
  const { slug } = await params;
  const role = getRoleBySlug(slug);
  if (!role) notFound();
  const library = getLibrary();
  const rendered = renderedRole(role);
  const skills = skillsForRole(role, library);
  const relatedRoles = role.relatedRoles.flatMap((related) =>
    library.roles.filter((candidate) => candidate.slug === related),
  );
  const [owns, ...otherSections] = rendered.sections;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <JsonLd data={roleStructuredData(role)} />
      <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li>
            <PageLink href="/roles">Roles</PageLink>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page" className="text-fg">
            {role.title}
          </li>
        </ol>
      </nav>
      <header
        className="mb-8 max-w-3xl"
        data-pagefind-body
        data-pagefind-meta="kind:role"
        data-pagefind-filter="kind:role"
      >
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-accent">Role guide</p>
        <h1 className="mb-3 text-4xl font-bold tracking-tight sm:text-5xl">{role.title}</h1>
        <p className="text-lg text-muted">{role.summary}</p>
        <p className="mt-3 text-sm text-muted">
          {role.readingMinutes} min read · Updated{" "}
          <time dateTime={role.updated}>{formatDate(role.updated)}</time> · {role.questions.length}{" "}
          role questions
        </p>
      </header>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
        <aside className="mb-8 lg:order-2 lg:mb-0">
          <div className="lg:sticky lg:top-4">
            <TableOfContents entries={rendered.toc} />
          </div>
        </aside>
        <div className="min-w-0 space-y-12 lg:order-1" data-pagefind-body>
          {owns ? (
            <PageSection id={owns.id} title={owns.heading}>
              <Prose html={owns.html} />
            </PageSection>
          ) : null}
          <PageSection id="skills" title="Skills to study">
            <ol className="space-y-3">
              {skills.map(({ guide, why }) => (
                <li key={guide.slug} className="rounded-lg border border-border p-4">
                  <PageLink
                    href={`/guides/${guide.slug}`}
                    className="font-semibold"
                    data-pagefind-filter="skill"
                  >
                    {guide.title}
                  </PageLink>
                  <p className="mt-1 text-fg">{why ?? guide.summary}</p>
                </li>
              ))}
            </ol>
          </PageSection>
          {otherSections.map((section) => (
            <PageSection key={section.id} id={section.id} title={section.heading}>
              <Prose html={section.html} />
            </PageSection>
          ))}
          <PageSection id="interview-questions" title="Interview questions">
            <PractiseLinks
              filter={{ roles: [role.slug] }}
              name={role.title}
              withKnowledgeCheck={false}
            />
            <QuestionTable
              questions={rendered.questions}
              caption={`${role.title} interview questions`}
            />
            <div className="space-y-6">
              {rendered.questions.map((question, index) => (
                <QuestionCard key={question.id} question={question} number={index + 1} />
              ))}
            </div>
          </PageSection>
          <PageSection id="related" title="Related roles and guides">
            {relatedRoles.length > 0 ? (
              <>
                <h3 className="mb-3 font-semibold">Related roles</h3>
                <LinkCards
                  label="Related roles"
                  items={relatedRoles.map((related) => ({
                    href: `/roles/${related.slug}`,
                    title: related.title,
                    summary: related.summary,
                  }))}
                />
              </>
            ) : null}
            <p className="mt-6">
              <PageLink href="/guides">Browse all skill guides</PageLink>
            </p>
          </PageSection>
        </div>
      </div>
    </div>
  );
}
