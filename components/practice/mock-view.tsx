import type { QuestionItem } from "@/lib/practice/bank-types";
import type { Entry, SessionAction } from "@/lib/practice/runner";
import { secondaryButton } from "../button-styles";
import { AnswerRecorder } from "./answer-recorder";
import { DraftBox } from "./draft-box";

type Props = { item: QuestionItem; entry: Entry; act: (action: SessionAction) => void };

/** Mock interview: answer against the clock, then take the interviewer's follow-ups one at a time. */
export function MockView({ item, entry, act }: Props) {
  const shown = item.followUps.slice(0, entry.followUpsShown);
  return (
    <div>
      <DraftBox entry={entry} act={act} label="Your answer, as you would say it" />
      <AnswerRecorder itemId={item.id} questionType={item.type} />
      <section aria-labelledby="follow-ups-heading" className="rounded-md border border-border p-4">
        <h3 id="follow-ups-heading" className="mb-2 font-semibold">
          The interviewer presses
        </h3>
        {shown.length === 0 ? (
          <p className="text-muted">No follow-up yet. Answer first, then ask for one.</p>
        ) : null}
        <ol className="list-decimal space-y-2 pl-5" aria-live="polite">
          {shown.map((followUp) => (
            <li key={followUp}>{followUp}</li>
          ))}
        </ol>
        {entry.followUpsShown < item.followUps.length ? (
          <button
            type="button"
            className={`${secondaryButton} mt-3`}
            onClick={() => act({ type: "show-follow-up", total: item.followUps.length })}
          >
            Next follow-up <kbd className="ml-1 font-mono text-xs">F</kbd>
          </button>
        ) : (
          <p className="mt-3 text-sm text-muted">That is every follow-up for this question.</p>
        )}
      </section>
    </div>
  );
}
