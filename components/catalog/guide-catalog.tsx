"use client";

import { PageLink } from "@/components/page-link";
import { useEffect, useId, useState } from "react";
import { useQueryFollows } from "@/components/use-query-follows";
import {
  catalogQueryString,
  filterGuides,
  parseCatalogQuery,
  type CatalogFilter,
  type GuideCard,
} from "@/lib/catalog/filter";
import type { Category } from "@/lib/content/schema";

type Props = {
  guides: GuideCard[];
  categories: { id: Category; label: string; blurb: string }[];
  tags: string[];
};

/**
 * The static HTML lists every guide; this island filters it by category and tag and keeps the
 * choice in the URL (`?category=&tag=`) so a filtered view can be shared.
 */
export function GuideCatalog({ guides, categories, tags }: Props) {
  const [filter, setFilter] = useState<CatalogFilter>({ category: null, tag: null });
  const [ignored, setIgnored] = useState<string[]>([]);
  const tagSelectId = useId();

  useEffect(() => {
    const parsed = parseCatalogQuery(
      window.location.search,
      categories.map((category) => category.id),
      tags,
    );
    setFilter(parsed.filter);
    setIgnored(parsed.ignored);
  }, [categories, tags]);

  // Updates are functions of the current filter, so a tap replayed right after the island read
  // the URL keeps the URL's choice.
  const followQuery = useQueryFollows(filter, catalogQueryString);
  const update = (change: Partial<CatalogFilter>) => {
    followQuery();
    setFilter((current) => ({ ...current, ...change }));
    setIgnored([]);
  };

  const visible = filterGuides(guides, filter);
  const shownCategories = categories.filter((category) =>
    visible.some((guide) => guide.category === category.id),
  );

  return (
    <div>
      <div
        role="group"
        aria-label="Filter guides"
        className="no-print mb-6 flex flex-col gap-4 rounded-lg border border-border p-4"
      >
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">Category</legend>
          <div className="flex flex-wrap gap-2">
            {[{ id: null, label: "All" } as const, ...categories].map((category) => (
              <button
                key={category.id ?? "all"}
                type="button"
                aria-pressed={filter.category === category.id}
                onClick={() => update({ category: category.id })}
                className="min-h-11 rounded-full border border-border px-4 text-sm aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg"
              >
                {category.label}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={tagSelectId} className="text-sm font-semibold">
            Tag
          </label>
          <select
            id={tagSelectId}
            value={filter.tag ?? ""}
            onChange={(event) => update({ tag: event.target.value || null })}
            className="min-h-11 rounded-md border border-border bg-bg px-3 text-fg"
          >
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      </div>

      {ignored.length > 0 ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-warn bg-warn-soft p-3 text-sm text-fg"
        >
          Ignored unknown filter{ignored.length > 1 ? "s" : ""}: <code>{ignored.join(", ")}</code>.
          Showing guides for the filters we recognise.
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="mb-4 text-sm text-muted">
        Showing {visible.length} of {guides.length} guides
      </p>

      {shownCategories.map((category) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`} className="mb-10">
          <h2 id={`category-${category.id}`} className="text-2xl font-semibold">
            {category.label}
          </h2>
          <p className="mb-4 text-muted">{category.blurb}</p>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {visible
              .filter((guide) => guide.category === category.id)
              .map((guide) => (
                <li key={guide.slug}>
                  <PageLink
                    href={`/guides/${guide.slug}`}
                    className="flex h-full flex-col rounded-lg border border-border p-4 no-underline hover:border-accent"
                  >
                    <span className="text-lg font-semibold text-accent">{guide.title}</span>
                    <span className="mt-1 flex-1 text-sm text-fg">{guide.summary}</span>
                    <span className="mt-3 text-xs text-muted">
                      {guide.questionCount} questions · {guide.readingMinutes} min read
                    </span>
                  </PageLink>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {visible.length === 0 ? (
        <p className="rounded-md border border-border p-4">
          No guide matches both filters.{" "}
          <button
            type="button"
            className="text-accent underline"
            onClick={() => update({ category: null, tag: null })}
          >
            Clear the filters
          </button>
        </p>
      ) : null}
    </div>
  );
}
