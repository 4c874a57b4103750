import type { QuestionItem } from "@/lib/practice/bank-types";
import type { Entry, SessionAction } from "@/lib/practice/runner";
import { AnswerRecorder } from "./answer-recorder";
import { DraftBox } from "./draft-box";

type Props = { item: QuestionItem; entry: Entry; act: (action: SessionAction) => void };

/** The candidate's side of a paired link: the question only; the interviewer holds the rest. */
export function CandidateView({ item, entry, act }: Props) {
  return (
    <div>
      <p className="mb-4 rounded-md bg-surface p-3 text-sm">
        Your interviewer has the follow-ups and what they listen for. Answer out loud; jot the beats
        here if it helps.
      </p>
      <DraftBox entry={entry} act={act} label="Your answer, as you would say it" />
      <AnswerRecorder itemId={item.id} questionType={item.type} />
    </div>
  );
}
