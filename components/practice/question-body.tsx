import { lazy, Suspense } from "react";
import type { PracticeItem } from "@/lib/practice/bank-types";
import type { Entry, SessionAction, SessionState } from "@/lib/practice/runner";
import { CandidateView } from "./candidate-view";
import { FlashcardView } from "./flashcard-view";
import type { RunnerActions } from "./hooks/use-runner-actions";
import { MockView } from "./mock-view";
import { QuizView } from "./quiz-view";

// Only "spot the weak answer" sets use this view: it loads when first shown, keeping the runner small.
const SpotPane = lazy(() => import("./spot-pane").then((module) => ({ default: module.SpotPane })));

type Props = {
  state: SessionState;
  item: PracticeItem;
  items: ReadonlyMap<string, PracticeItem>;
  entry: Entry;
  candidateView: boolean;
  actions: RunnerActions;
  act: (action: SessionAction) => void;
  announce: (text: string) => void;
};

/** The current question's view for the set's mode (and the candidate's side of a paired link). */
export function QuestionBody(props: Props) {
  const { state, item, items, entry, candidateView, actions, act, announce } = props;
  if (item.kind === "check")
    return (
      <QuizView item={item} entry={entry} onChoose={(option) => actions.choose(item, option)} />
    );
  if (candidateView) return <CandidateView item={item} entry={entry} act={act} />;
  if (state.mode === "spot")
    return (
      <Suspense fallback={<p className="text-muted">Loading…</p>}>
        <SpotPane
          item={item}
          items={items}
          entry={entry}
          seed={new URLSearchParams(state.query).get("seed") ?? state.id}
          act={act}
          announce={announce}
        />
      </Suspense>
    );
  if (state.mode === "mock") return <MockView item={item} entry={entry} act={act} />;
  return (
    <FlashcardView
      item={item}
      entry={entry}
      act={act}
      onReveal={actions.reveal}
      onGrade={actions.grade}
      answerRef={actions.answerRef}
    />
  );
}
