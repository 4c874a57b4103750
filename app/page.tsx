import { PageLink } from "@/components/page-link";
import { Island } from "@/components/islands/island";
import { catalogCategories } from "@/lib/catalog/cards";
import { getAllGuides, getAllRoles, getLibrary } from "@/lib/content/load";
import { planCatalog } from "@/lib/plan/catalog";
import { guidePartIds } from "@/lib/content/render";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  ...pageMetadata({
    title: `${site.name}: ${site.tagline}`,
    description: site.description,
    path: "/",
  }),
  title: { absolute: `${site.name}: ${site.tagline}` },
};

export default function HomePage() {
  const guides = getAllGuides();
  const roles = getAllRoles();
  const questionCount =
    guides.reduce((sum, guide) => sum + guide.questions.length, 0) +
    roles.reduce((sum, role) => sum + role.questions.length, 0);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <Island name="TodayStep" props={{ catalog: planCatalog(getLibrary()) }} />
      <Island name="DueReviews" props={{}} />
      <section aria-labelledby="intro-heading" className="mb-14 max-w-3xl">
        <h1 id="intro-heading" className="mb-4 text-4xl font-bold tracking-tight sm:text-5xl">
          Prepare for the leadership half of the loop.
        </h1>
        <p className="mb-6 text-lg text-muted">
          Tech-lead, staff and engineering-manager interviews are won on stories, judgement and
          trade-offs, not trivia. Leadwise has {guides.length} deep guides and {questionCount}{" "}
          interview questions, each with why it is asked, a strong answer, the signals interviewers
          tick and the red flags of a weak one. Nothing to sign up for: your progress stays in your
          browser.
        </p>
        <div className="flex flex-wrap gap-3">
          <PageLink
            href="/guides"
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-accent-fg no-underline"
          >
            Browse the guides
          </PageLink>
          <PageLink
            href="/practice"
            className="inline-flex min-h-11 items-center rounded-md border border-border px-5 font-semibold no-underline"
          >
            Practise questions
          </PageLink>
          <PageLink
            href="/plan"
            className="inline-flex min-h-11 items-center rounded-md border border-border px-5 font-semibold no-underline"
          >
            Plan to your loop date
          </PageLink>
          <PageLink
            href="/roles"
            className="inline-flex min-h-11 items-center rounded-md border border-border px-5 font-semibold no-underline"
          >
            Prepare for a role
          </PageLink>
        </div>
      </section>

      {catalogCategories.map((category) => {
        const inCategory = guides.filter((guide) => guide.category === category.id);
        if (inCategory.length === 0) return null;
        return (
          <section key={category.id} aria-labelledby={`home-${category.id}`} className="mb-12">
            <h2 id={`home-${category.id}`} className="text-2xl font-semibold">
              {category.label}
            </h2>
            <p className="mb-4 text-muted">{category.blurb}</p>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {inCategory.map((guide) => (
                <li key={guide.slug} className="flex flex-col rounded-lg border border-border p-4">
                  <PageLink href={`/guides/${guide.slug}`} className="text-lg font-semibold">
                    {guide.title}
                  </PageLink>
                  <p className="mt-1 flex-1 text-sm">{guide.summary}</p>
                  <PageLink
                    href={`/guides/${guide.slug}#${guidePartIds.questions}`}
                    className="mt-3 text-sm"
                  >
                    {/* The name starts with the visible words (WCAG 2.5.3): "13 interview questions". */}
                    {guide.questions.length} interview questions
                    <span className="sr-only"> in {guide.title}</span>{" "}
                    <span aria-hidden="true">→</span>
                  </PageLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="home-roles" className="mb-12">
        <h2 id="home-roles" className="text-2xl font-semibold">
          Preparing for a specific role
        </h2>
        <p className="mb-4 text-muted">
          What each role owns, how its loop runs, what separates levels, and which guides to study
          first.
        </p>
        <ul className="grid gap-4 sm:grid-cols-3">
          {roles.map((role) => (
            <li key={role.slug}>
              <PageLink
                href={`/roles/${role.slug}`}
                className="block h-full rounded-lg border border-border p-4 no-underline hover:border-accent"
              >
                <span className="font-semibold text-accent">{role.title}</span>
                <span className="mt-1 block text-sm text-fg">{role.summary}</span>
              </PageLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
