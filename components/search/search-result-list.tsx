import type { SearchGroup } from "@/lib/search/results";

/** The results, grouped by kind (guides, sections, questions, roles), each with its marked excerpt. */
export function SearchResultList({
  groups,
  idPrefix,
}: {
  groups: SearchGroup[];
  idPrefix: string;
}) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`${idPrefix}-${group.kind}`} className="mb-4">
          <h3
            id={`${idPrefix}-${group.kind}`}
            className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted"
          >
            {group.label}
          </h3>
          <ul className="space-y-1">
            {group.hits.map((hit) => (
              <li key={hit.url}>
                <a
                  href={hit.url}
                  className="block rounded-md p-2 text-fg no-underline hover:bg-surface focus:bg-surface"
                >
                  <span className="block font-semibold text-accent">{hit.title}</span>
                  {hit.context ? (
                    <span className="block text-xs text-muted">{hit.context}</span>
                  ) : null}
                  <span className="mt-1 block text-sm">
                    {hit.excerpt.map((segment, index) =>
                      segment.marked ? (
                        <mark key={index} className="rounded-sm bg-accent-soft px-0.5 text-fg">
                          {segment.text}
                        </mark>
                      ) : (
                        <span key={index}>{segment.text}</span>
                      ),
                    )}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
