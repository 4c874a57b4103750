import type { TocEntry } from "@/lib/content/render";

function TocLinks({ entries }: { entries: TocEntry[] }) {
  return (
    <ol className="space-y-1 border-l border-border">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.id}`}
            className="-ml-px block border-l border-transparent py-1 pl-3 text-fg no-underline hover:border-accent hover:text-accent"
          >
            {entry.label}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Desktop: a sticky list beside the text. Small screens: the same list folded into a disclosure,
 * so the guide starts on the first screen instead of after sixteen links. Only one is ever rendered
 * visibly (the other is display:none), so there is one "On this page" landmark at a time.
 */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <>
      <nav aria-label="On this page" className="no-print hidden text-sm lg:block">
        <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">
          On this page
        </h2>
        <TocLinks entries={entries} />
      </nav>
      <details className="no-print rounded-lg border border-border p-3 text-sm lg:hidden">
        <summary className="font-semibold">On this page</summary>
        <nav aria-label="On this page" className="mt-3">
          <TocLinks entries={entries} />
        </nav>
      </details>
    </>
  );
}
