import type { ExcerptSegment, SearchGroup } from "@/lib/search/results";

function Excerpt({ segments }: { segments: ExcerptSegment[] }) {
  return (
    <span className="mt-1 block text-sm">
      {segments.map((segment, index) =>
        segment.marked ? (
          <mark key={index} className="rounded-sm bg-accent-soft px-0.5 text-fg">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}

/**
 * The results, one region per kind in the order of each kind's best hit. Each hit says where it
 * is; a question also offers its practice link, a separate link so the arrow keys reach it too.
 */
export function SearchResults({ groups, idPrefix }: { groups: SearchGroup[]; idPrefix: string }) {
  return groups.map((group) => (
    <section key={group.kind} aria-labelledby={`${idPrefix}-${group.kind}`} className="mb-4">
      <h3
        id={`${idPrefix}-${group.kind}`}
        className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted"
      >
        {group.label}
      </h3>
      <ul className="space-y-1">
        {group.hits.map((hit) => (
          <li key={hit.url} className="rounded-md hover:bg-surface">
            <a
              href={hit.url}
              className="block rounded-md p-2 text-fg no-underline focus:bg-surface"
            >
              <span className="block font-semibold text-accent">{hit.title}</span>
              <span className="block text-xs text-muted">{hit.where}</span>
              <Excerpt segments={hit.excerpt} />
            </a>
            {hit.practiseUrl ? (
              <a
                href={hit.practiseUrl}
                aria-label={`Practise this: ${hit.title}`}
                className="mb-1 ml-2 inline-flex min-h-11 items-center rounded-md px-2 text-sm font-semibold"
              >
                Practise this
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  ));
}
