import { useId } from "react";
import type { SearchFilters } from "@/lib/search/engine";

const kindOptions = [
  { value: "", label: "Everything" },
  { value: "guide", label: "Guides" },
  { value: "question", label: "Questions" },
  { value: "role", label: "Roles" },
] as const;

const isKind = (value: string): value is NonNullable<SearchFilters["kind"]> =>
  value === "guide" || value === "question" || value === "role";

const selectClass =
  "min-h-11 w-full rounded-md border border-border bg-bg px-2 text-base text-fg sm:w-auto";

/** Narrow the results to one kind of page and one skill; native selects, so keyboards and readers know them. */
export function SearchFilterControls({
  filters,
  skills,
  onChange,
}: {
  filters: SearchFilters;
  skills: string[];
  onChange: (filters: SearchFilters) => void;
}) {
  const ids = { kind: useId(), skill: useId() };
  return (
    <div className="mt-2 flex shrink-0 flex-wrap gap-x-4 gap-y-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={ids.kind} className="text-muted">
          Show
        </label>
        <select
          id={ids.kind}
          value={filters.kind ?? ""}
          onChange={(event) => {
            const kind = event.target.value;
            onChange({ ...filters, kind: isKind(kind) ? kind : undefined });
          }}
          className={selectClass}
        >
          {kindOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={ids.skill} className="text-muted">
          Skill
        </label>
        <select
          id={ids.skill}
          value={filters.skill ?? ""}
          onChange={(event) => onChange({ ...filters, skill: event.target.value || undefined })}
          className={selectClass}
        >
          <option value="">Any skill</option>
          {skills.map((skill) => (
            <option key={skill} value={skill}>
              {skill}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
