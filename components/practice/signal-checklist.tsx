import type { QuestionItem } from "@/lib/practice/bank-types";
import type { Entry, SessionAction } from "@/lib/practice/runner";

type Props = {
  item: QuestionItem;
  entry: Entry;
  act: (action: SessionAction) => void;
  disabled: boolean;
};

/** The signals an interviewer listens for; the ones ticked suggest a grade. */
export function SignalChecklist({ item, entry, act, disabled }: Props) {
  return (
    <fieldset className="rounded-md border border-border p-4">
      <legend className="px-1 font-semibold">Which signals did your answer cover?</legend>
      <ul className="space-y-1">
        {item.signals.map((signal, index) => (
          <li key={signal}>
            <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded px-2 py-2 hover:bg-surface">
              <input
                type="checkbox"
                className="mt-1 size-4 accent-[var(--accent)]"
                checked={entry.ticked.includes(index)}
                disabled={disabled}
                onChange={() => act({ type: "toggle-signal", signal: index })}
              />
              <span>{signal}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
