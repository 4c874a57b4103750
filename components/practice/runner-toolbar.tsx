import type { PracticeItem } from "@/lib/practice/bank-types";
import { formatClock } from "@/lib/practice/clock";
import { practiceModeLabels } from "@/lib/practice/config";
import type { SessionState } from "@/lib/practice/runner";
import { secondaryButton } from "../button-styles";
import type { QuestionTimer } from "./hooks/use-question-timer";

type Props = {
  state: SessionState;
  item: PracticeItem;
  timer: QuestionTimer;
  onShowShortcuts: () => void;
};

/** Where the learner is in the set, the question timer, and the shortcuts button. */
export function RunnerToolbar({ state, item, timer, onShowShortcuts }: Props) {
  const isMock = state.mode === "mock";
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted">
        {practiceModeLabels[state.mode]} · Question {state.index + 1} of {state.itemIds.length} ·
        from{" "}
        <a href={item.sourceKind === "guide" ? `/guides/${item.source}` : `/roles/${item.source}`}>
          {item.sourceTitle}
        </a>
      </p>
      <div className="flex items-center gap-2">
        {timer.visible ? (
          <span
            className={`font-mono text-lg ${isMock && timer.remaining <= 0 ? "text-bad" : ""}`}
            aria-label={
              isMock
                ? `Time left ${formatClock(timer.remaining)}`
                : `Time spent ${formatClock(timer.spent)}`
            }
            role="timer"
          >
            {isMock ? formatClock(timer.remaining) : formatClock(timer.spent)}
          </span>
        ) : null}
        <button
          type="button"
          className={secondaryButton}
          onClick={timer.toggle}
          aria-pressed={timer.visible && timer.running}
        >
          {!timer.visible ? "Start timer" : timer.running ? "Pause timer" : "Resume timer"}
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={onShowShortcuts}
          aria-haspopup="dialog"
        >
          <span aria-hidden="true">?</span>{" "}
          <span className="sr-only sm:not-sr-only">Shortcuts</span>
        </button>
      </div>
    </div>
  );
}
