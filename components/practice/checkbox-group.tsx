function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];
}

/** A fieldset of checkboxes whose value is the list of ticked options. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  columns = "sm:grid-cols-2",
}: {
  legend: string;
  options: { value: T; label: string }[];
  selected: T[];
  onChange: (next: T[]) => void;
  columns?: string;
}) {
  return (
    <fieldset className="rounded-lg border border-border p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      <div className={`grid gap-1 ${columns}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded px-2 hover:bg-surface"
          >
            <input
              type="checkbox"
              className="size-4 accent-[var(--accent)]"
              checked={selected.includes(option.value)}
              onChange={() => onChange(toggle(selected, option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
