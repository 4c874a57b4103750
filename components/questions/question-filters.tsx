"use client";

import { useEffect, useLayoutEffect, useState } from "react";
import {
  decodeFacetValues,
  emptyQuestionFilter,
  isFilterEmpty,
  matchesQuestionFilter,
  parseQuestionQuery,
  questionFacetCounts,
  questionQueryString,
  type QuestionFacet,
  type QuestionFacetValues,
  type QuestionFilter,
  withFacetValue,
} from "@/lib/questions/filter";
import { stableSeed } from "@/lib/practice/seeded";
import { PractiseList } from "../practise-list";
import { useQueryFollows } from "../use-query-follows";
import { FacetGroupChoices } from "./facet-group-choices";

export type FacetOption = { value: string; label: string; count: number };
export type FacetGroup = { facet: QuestionFacet; legend: string; options: FacetOption[] };

type Props = {
  groups: FacetGroup[];
  total: number;
  /** The id of the server-rendered list whose rows (`[data-question-row]`) this island shows and hides. */
  listId: string;
};

type Row = { element: HTMLElement; values: QuestionFacetValues };

const groupsId = "question-filter-groups";

/**
 * The hub's static HTML lists every question; this island reads each row's facets from its data
 * attributes, hides the rows a filter excludes and keeps the filter in the URL. The list itself is
 * never copied into JavaScript, which keeps the page's script small.
 */
export function QuestionFilters({ groups, total, listId }: Props) {
  const [filter, setFilter] = useState<QuestionFilter>(emptyQuestionFilter);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const list = document.getElementById(listId);
    const found = [...(list?.querySelectorAll<HTMLElement>("[data-question-row]") ?? [])].map(
      (element) => ({
        element,
        values: decodeFacetValues((name) => element.getAttribute(name)),
      }),
    );
    const known = Object.fromEntries(
      groups.map((group) => [group.facet, group.options.map((option) => option.value)]),
    ) as Record<QuestionFacet, string[]>;
    const parsed = parseQuestionQuery(window.location.search, known);
    setRows(found);
    setFilter(parsed.filter);
    setIgnored(parsed.ignored);
  }, [groups, listId]);

  // Before paint, so the count above the list and the list itself never disagree on screen.
  useLayoutEffect(() => {
    for (const row of rows) row.element.hidden = !matchesQuestionFilter(row.values, filter);
  }, [rows, filter]);

  const followQuery = useQueryFollows(filter, questionQueryString);

  // Updates are functions of the current filter, so a tap made before the island was live and
  // replayed right after it read the URL adds to that filter instead of replacing it.
  const change = (next: (current: QuestionFilter) => QuestionFilter) => {
    followQuery();
    setFilter(next);
    setIgnored([]);
  };

  const toggle = (facet: QuestionFacet, value: string, checked: boolean) =>
    change((current) => withFacetValue(current, facet, value, checked));

  // Before the rows are read (and without JavaScript) the server's counts for the whole library stand.
  const counts =
    rows.length > 0
      ? questionFacetCounts(
          rows.map((row) => row.values),
          filter,
        )
      : null;
  const shown = rows.filter((row) => matchesQuestionFilter(row.values, filter));
  const visible = rows.length > 0 ? shown.length : total;

  const active = Object.values(filter).reduce((sum, values) => sum + values.length, 0);

  return (
    <div className="no-print">
      {ignored.length > 0 ? (
        <p
          role="status"
          className="mb-3 rounded-md border border-warn bg-warn-soft p-3 text-sm text-fg"
        >
          Ignored unknown filter{ignored.length > 1 ? "s" : ""}: <code>{ignored.join(", ")}</code>.
          Showing questions for the filters we recognise.
        </p>
      ) : null}
      {/* On a phone the groups fold behind this one button, so the first question is on the
          first screen; its text carries what the folded panel would show: active filters and results. */}
      <button
        type="button"
        aria-expanded={open}
        aria-controls={groupsId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        className="mb-3 flex min-h-11 w-full items-center justify-between gap-2 rounded-md border border-border px-4 text-left font-semibold hover:bg-surface lg:hidden"
      >
        <span>
          Filters{active > 0 ? ` (${active} active)` : ""}: {visible} of {total} questions
        </span>
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <p
        role="status"
        aria-live="polite"
        className="mb-3 font-semibold max-lg:sr-only"
        data-visible-count={visible}
      >
        Showing {visible} of {total} questions
        {visible === 0 ? ". No question matches every filter: untick one or clear them all." : ""}
      </p>
      <PractiseList
        ids={shown.flatMap((row) => row.element.dataset.questionRow ?? [])}
        seed={stableSeed(`questions${questionQueryString(filter)}`)}
      />
      <div
        id={groupsId}
        role="group"
        aria-label="Filter questions"
        className={`${open ? "flex" : "hidden lg:flex"} flex-col gap-3`}
      >
        {groups.map((group) => (
          <FacetGroupChoices
            key={group.facet}
            group={group}
            chosen={filter[group.facet]}
            counts={counts?.[group.facet]}
            onToggle={(value, checked) => toggle(group.facet, value, checked)}
          />
        ))}
        {!isFilterEmpty(filter) ? (
          <button
            type="button"
            onClick={() => change(emptyQuestionFilter)}
            className="min-h-11 rounded-md border border-border px-4 text-sm hover:bg-surface"
          >
            Clear all filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
