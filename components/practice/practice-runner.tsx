"use client";

import { lazy, Suspense } from "react";
import type { PracticeItem } from "@/lib/practice/bank-types";
import {
  currentEntry,
  currentItemId,
  type SessionAction,
  type SessionState,
} from "@/lib/practice/runner";
import { usePracticeShortcuts } from "./hooks/use-practice-shortcuts";
import { useQuestionFocus } from "./hooks/use-question-focus";
import { useQuestionTimer } from "./hooks/use-question-timer";
import { useRunnerActions } from "./hooks/use-runner-actions";
import { PairLinks } from "./pair-links";
import { QuestionBody } from "./question-body";
import { QuestionSteps } from "./question-steps";
import { RunnerToolbar } from "./runner-toolbar";
import { SessionNav } from "./session-nav";

// The shortcuts list loads when first opened, keeping the runner's first load small.
const ShortcutsDialog = lazy(() =>
  import("./shortcuts-dialog").then((module) => ({ default: module.ShortcutsDialog })),
);

type Props = {
  state: SessionState;
  items: ReadonlyMap<string, PracticeItem>;
  act: (action: SessionAction) => void;
  announce: (message: string) => void;
  onFinish: () => void;
};

/** One question at a time: wires the runner's hooks to its views. */
export function PracticeRunner({ state, items, act, announce, onFinish }: Props) {
  const candidateView = new URLSearchParams(state.query).get("view") === "candidate";
  const item = items.get(currentItemId(state));
  const entry = currentEntry(state);
  const headingRef = useQuestionFocus(state.index, state.itemIds.length, announce);
  const timer = useQuestionTimer(state, act, announce);
  const actions = useRunnerActions(state, act, announce, onFinish);
  const shortcuts = usePracticeShortcuts({
    state,
    item,
    revealed: entry.revealed,
    candidateView,
    actions,
    act,
    toggleTimer: timer.toggle,
  });

  if (!item)
    return <p role="alert">This question is no longer in the library. Skip to the next one.</p>;

  return (
    <div>
      <RunnerToolbar
        state={state}
        item={item}
        timer={timer}
        onShowShortcuts={shortcuts.openDialog}
      />
      {!candidateView && (state.mode === "flashcards" || state.mode === "mock") ? (
        <PairLinks query={state.query} />
      ) : null}
      <QuestionSteps state={state} act={act} />
      <article
        aria-labelledby="practice-question"
        className="rounded-lg border border-border p-4 sm:p-6"
      >
        <h2
          id="practice-question"
          ref={headingRef}
          tabIndex={-1}
          className="mb-4 text-2xl font-semibold leading-snug focus:outline-none"
        >
          {item.question}
        </h2>
        <QuestionBody
          state={state}
          item={item}
          items={items}
          entry={entry}
          candidateView={candidateView}
          actions={actions}
          act={act}
          announce={announce}
        />
      </article>
      <SessionNav state={state} actions={actions} onFinish={onFinish} />
      {shortcuts.dialogOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={shortcuts.closeDialog} />
        </Suspense>
      ) : null}
    </div>
  );
}
