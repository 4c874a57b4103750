import type { ReactNode } from "react";
import { ShareButton } from "./share/share-button";

/**
 * A top-level section of a long page: its id is the `#anchor` the table of contents links to, and
 * the share button beside the heading shares exactly that anchor. The button sits outside the h2 so
 * the section's accessible name stays its title.
 */
export function PageSection({
  id,
  title,
  children,
  intro,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 border-t border-border pt-8 first:border-t-0 first:pt-0"
    >
      <div className="mb-4 flex items-start justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight">
          <a href={`#${id}`} className="text-fg no-underline hover:underline">
            {title}
          </a>
        </h2>
        <ShareButton anchor={id} label={`Copy link to section: ${title}`} />
      </div>
      {/* Intros explain the page's furniture (the same words on every guide), so search skips them. */}
      {intro ? (
        <div className="mb-4 text-muted" data-pagefind-ignore>
          {intro}
        </div>
      ) : null}
      {children}
    </section>
  );
}

/** Sanitised HTML from lib/content/markdown (the only source of HTML strings on the site). */
export function Prose({ html, className = "" }: { html: string; className?: string }) {
  return (
    <div
      className={`prose max-w-prose prose-headings:scroll-mt-4 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
