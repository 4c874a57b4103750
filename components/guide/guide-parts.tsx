import { PageLink } from "@/components/page-link";
import type { RenderedGuide } from "@/lib/content/render";
import type { ExampleProject, LearningResource, ResumeTip } from "@/lib/content/schema";
import { Prose } from "../page-section";

export function ConceptList({ concepts }: { concepts: RenderedGuide["concepts"] }) {
  return (
    <div className="grid gap-4">
      {concepts.map((concept) => (
        <div
          key={concept.anchor}
          id={concept.anchor}
          data-pagefind-title={concept.name}
          className="scroll-mt-4 rounded-lg border border-border p-4"
        >
          <h3 className="text-lg font-semibold">{concept.name}</h3>
          {concept.origin ? (
            <p className="mb-2 text-sm text-muted" data-pagefind-weight="3">
              From {concept.origin}
            </p>
          ) : null}
          <Prose html={concept.html} />
        </div>
      ))}
    </div>
  );
}

export function ResumeTipList({ tips }: { tips: ResumeTip[] }) {
  return (
    <ul className="space-y-4">
      {tips.map((tip) => (
        <li key={tip.tip} className="rounded-lg border border-border p-4">
          <h3 className="mb-3 font-semibold">{tip.tip}</h3>
          <dl className="grid gap-3 md:grid-cols-2">
            <div className="rounded-md bg-bad-soft p-3">
              <dt className="text-xs font-semibold uppercase tracking-wide text-bad">Before</dt>
              <dd className="text-fg">{tip.before}</dd>
            </div>
            <div className="rounded-md bg-good-soft p-3">
              <dt className="text-xs font-semibold uppercase tracking-wide text-good">After</dt>
              <dd className="text-fg">{tip.after}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

const levelLabel: Record<ExampleProject["level"], string> = {
  senior: "Senior",
  staff: "Staff",
  manager: "Manager",
};

export function ExampleProjectTable({ projects }: { projects: ExampleProject[] }) {
  return (
    // A phone scrolls the four columns inside this region; it takes focus so keys can scroll it.
    <div
      className="overflow-x-auto rounded-lg border border-border"
      role="region"
      aria-label="Example projects table"
      tabIndex={0}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Example projects with their scope, what they signal and the level they suit
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="p-3">
              Project
            </th>
            <th scope="col" className="p-3">
              Scope
            </th>
            <th scope="col" className="p-3">
              What it signals
            </th>
            <th scope="col" className="p-3">
              Level
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.title} className="border-t border-border align-top">
              <th scope="row" className="p-3 font-semibold">
                {project.title}
              </th>
              <td className="p-3">{project.scope}</td>
              <td className="p-3">{project.signal}</td>
              <td className="p-3">{levelLabel[project.level]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const kindLabel: Record<LearningResource["kind"], string> = {
  book: "Book",
  article: "Article",
  paper: "Paper",
  talk: "Talk",
  report: "Report",
  guide: "Guide",
};

export function ResourceList({ resources }: { resources: LearningResource[] }) {
  return (
    <ul className="space-y-3">
      {resources.map((resource) => (
        <li key={resource.title} className="rounded-lg border border-border p-4">
          <p>
            <span className="mr-2 rounded border border-border px-1.5 py-0.5 text-xs text-muted">
              {kindLabel[resource.kind]}
            </span>
            {resource.url ? (
              <a href={resource.url} rel="noopener noreferrer" className="font-semibold">
                {resource.title}
              </a>
            ) : (
              <cite className="font-semibold not-italic">{resource.title}</cite>
            )}
            <span className="text-muted">
              {" "}
              by {resource.author}
              {resource.year ? ` (${resource.year})` : ""}
            </span>
          </p>
          <p className="mt-1 text-fg">{resource.note}</p>
        </li>
      ))}
    </ul>
  );
}

/** An accordion of native <details>: works without JavaScript and prints open. */
export function FaqList({ entries }: { entries: RenderedGuide["faq"] }) {
  return (
    <div className="divide-y divide-border rounded-lg border border-border">
      {entries.map((entry) => (
        <details
          key={entry.anchor}
          id={entry.anchor}
          data-pagefind-title={entry.question}
          className="group scroll-mt-4 p-4"
        >
          <summary className="font-semibold">
            <h3 className="inline">{entry.question}</h3>
          </summary>
          <div className="mt-2 space-y-2">
            {entry.answer.split(/\n\s*\n/).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        </details>
      ))}
    </div>
  );
}

export function LinkCards({
  items,
  label,
}: {
  items: { href: string; title: string; summary: string }[];
  label: string;
}) {
  return (
    // Summaries of other pages: indexed on their own pages, not repeated in this one's results.
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2" data-pagefind-ignore>
      {items.map((item) => (
        <li key={item.href}>
          <PageLink
            href={item.href}
            className="block h-full rounded-lg border border-border p-4 no-underline hover:border-accent"
          >
            <span className="font-semibold text-accent">{item.title}</span>
            <span className="mt-1 block text-sm text-muted">{item.summary}</span>
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
