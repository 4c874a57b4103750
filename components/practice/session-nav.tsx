import { isLastItem, type SessionState } from "@/lib/practice/runner";
import { primaryButton, secondaryButton } from "../button-styles";
import type { RunnerActions } from "./hooks/use-runner-actions";

type Props = { state: SessionState; actions: RunnerActions; onFinish: () => void };

/** Previous, skip, next (or finish on the last question), and finish early. */
export function SessionNav({ state, actions, onFinish }: Props) {
  const last = isLastItem(state);
  return (
    <nav aria-label="Session" className="mt-6 flex flex-wrap gap-3">
      <button
        type="button"
        className={secondaryButton}
        onClick={actions.previous}
        disabled={state.index === 0}
      >
        ← Previous
      </button>
      <button type="button" className={secondaryButton} onClick={actions.skip}>
        Skip
      </button>
      <button type="button" className={primaryButton} onClick={actions.next}>
        {last ? "Finish" : "Next →"}
      </button>
      {!last ? (
        <button type="button" className={`${secondaryButton} ml-auto`} onClick={onFinish}>
          Finish early
        </button>
      ) : null}
    </nav>
  );
}
