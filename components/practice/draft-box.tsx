import { useId } from "react";
import type { Entry, SessionAction } from "@/lib/practice/runner";

type Props = { entry: Entry; act: (action: SessionAction) => void; label: string };

/** The learner's written answer to the current question, kept with the session. */
export function DraftBox({ entry, act, label }: Props) {
  const id = useId();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        value={entry.draft}
        onChange={(event) => act({ type: "draft", text: event.target.value })}
        rows={5}
        className="w-full rounded-md border border-border bg-bg p-3 text-fg"
        placeholder="Situation, task, action, result: say it out loud, or jot the beats here."
      />
    </div>
  );
}
