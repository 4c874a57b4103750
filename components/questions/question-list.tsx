import { DifficultyBadge, TypeBadge } from "@/components/badges";
import type { LibraryQuestion } from "@/lib/questions/collect";
import { questionPath } from "@/lib/questions/paths";
import { encodeFacetAttribute, type QuestionFacet } from "@/lib/questions/filter";

/** The facet values of one question, as the hub's filter reads them. */
export function questionFacetValues(entry: LibraryQuestion): Record<QuestionFacet, string[]> {
  return {
    skill: entry.skill ? [entry.skill] : [],
    tag: entry.question.tags,
    difficulty: [entry.question.difficulty],
    type: [entry.question.type],
    role: entry.roles,
  };
}

/**
 * A list of questions, each linking to its own page. With `filterable`, each row carries its facet
 * values as data attributes for the hub's filter island. Plain links, not next/link: a list of
 * hundreds should not prefetch every page that scrolls into view.
 */
export function QuestionLinkList({
  entries,
  id,
  filterable = false,
  label,
}: {
  entries: LibraryQuestion[];
  id?: string;
  filterable?: boolean;
  label: string;
}) {
  return (
    <ul id={id} aria-label={label} className="space-y-3">
      {entries.map((entry) => {
        const facets = questionFacetValues(entry);
        const data = filterable
          ? {
              "data-question-row": entry.question.id,
              "data-skill": encodeFacetAttribute(facets.skill),
              "data-tag": encodeFacetAttribute(facets.tag),
              "data-difficulty": encodeFacetAttribute(facets.difficulty),
              "data-type": encodeFacetAttribute(facets.type),
              "data-role": encodeFacetAttribute(facets.role),
            }
          : {};
        return (
          <li key={entry.question.id} {...data} className="rounded-lg border border-border p-4">
            <a href={questionPath(entry.question.id)} className="font-semibold leading-snug">
              {entry.question.question}
            </a>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
              <TypeBadge type={entry.question.type} />
              <DifficultyBadge difficulty={entry.question.difficulty} />
              <span>
                {entry.owner.kind === "guide" ? "Guide" : "Role"}: {entry.owner.title}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
