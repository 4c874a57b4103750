import type { TocEntry } from "@/lib/content/render";

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="On this page" className="no-print text-sm">
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">On this page</h2>
      <ol className="space-y-1 border-l border-border">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className="-ml-px block border-l border-transparent py-1 pl-3 text-fg no-underline hover:border-accent hover:text-accent">
              {entry.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
