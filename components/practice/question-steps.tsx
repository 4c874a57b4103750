import type { SessionAction, SessionState } from "@/lib/practice/runner";

type Props = { state: SessionState; act: (action: SessionAction) => void };

/** One button per question in the set, showing which are answered or skipped; jumps to it. */
export function QuestionSteps({ state, act }: Props) {
  return (
    <ol className="mb-6 flex flex-wrap gap-1" aria-label="Questions in this set">
      {state.itemIds.map((id, index) => {
        const itemEntry = state.entries[id];
        const status =
          itemEntry?.grade != null ? "answered" : itemEntry?.skipped ? "skipped" : "not answered";
        return (
          <li key={id}>
            <button
              type="button"
              onClick={() => act({ type: "go-to", index })}
              aria-current={index === state.index ? "step" : undefined}
              aria-label={`Question ${index + 1}, ${status}`}
              className={`size-11 rounded-md border text-sm ${index === state.index ? "border-accent bg-accent text-accent-fg" : itemEntry?.grade != null ? "border-border bg-surface-strong text-fg" : "border-border text-fg"}`}
            >
              {index + 1}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
