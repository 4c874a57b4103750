import type { FacetGroup } from "./question-filters";

type Props = {
  group: FacetGroup;
  chosen: readonly string[];
  /** Questions per value under the other filters, once the rows are read; the library's until then. */
  counts: ReadonlyMap<string, number> | undefined;
  onToggle: (value: string, checked: boolean) => void;
};

/** One facet's checkboxes, folded when the facet is long and nothing in it is chosen. */
export function FacetGroupChoices({ group, chosen, counts, onToggle }: Props) {
  const open = group.options.length <= 6 || chosen.length > 0;
  return (
    <details open={open} className="rounded-lg border border-border p-3">
      <summary className="cursor-pointer font-semibold">
        {group.legend}
        {chosen.length > 0 ? (
          <span className="font-normal text-muted"> ({chosen.length} chosen)</span>
        ) : null}
      </summary>
      <fieldset className="mt-2">
        <legend className="sr-only">{group.legend}</legend>
        <ul className="max-h-72 space-y-1 overflow-y-auto">
          {group.options.map((option) => (
            <li key={option.value}>
              <label className="flex min-h-8 cursor-pointer items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={group.facet}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                  className="h-4 w-4 accent-accent"
                />
                <span className="flex-1">{option.label}</span>{" "}
                <span className="text-muted">
                  {counts ? (counts.get(option.value) ?? 0) : option.count}
                  <span className="sr-only"> questions</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
