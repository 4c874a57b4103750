"use client";

import { lazy, Suspense, useCallback, useId, useMemo } from "react";
import type { QuestionItem } from "@/lib/practice/bank-types";
import type { Entry, SessionAction } from "@/lib/practice/runner";

type Props = {
  item: QuestionItem;
  entry: Entry;
  act: (action: SessionAction) => void;
  label: string;
};

// The answer notebook (saving, history, feedback) is fetched when a question is first on screen,
// not with the practice page: the page's own JavaScript at load stays within its budget.
const AnswerNotebook = lazy(() =>
  import("../notebook/answer-notebook").then((module) => ({ default: module.AnswerNotebook })),
);

/** The plain box, shown for the moment the notebook takes to load; the session keeps what is typed. */
function PlainDraftBox({ entry, act, label }: Omit<Props, "item">) {
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
        rows={6}
        className="w-full rounded-md border border-border bg-bg p-3 text-fg"
      />
    </div>
  );
}

/** The learner's written answer to the current question, kept with the session and in the notebook. */
export function DraftBox({ item, entry, act, label }: Props) {
  const question = useMemo(
    () => ({ id: item.id, question: item.question, type: item.type, signals: item.signals }),
    [item],
  );
  const onChange = useCallback((text: string) => act({ type: "draft", text }), [act]);
  const { ticked, recorded } = entry;
  const confirmSignals = useCallback(
    (confirmed: number[]) => {
      for (const signal of item.signals.keys())
        if (confirmed.includes(signal) !== ticked.includes(signal))
          act({ type: "toggle-signal", signal });
    },
    [item.signals, ticked, act],
  );
  return (
    <Suspense fallback={<PlainDraftBox entry={entry} act={act} label={label} />}>
      <AnswerNotebook
        key={item.id}
        question={question}
        label={label}
        value={entry.draft}
        onChange={onChange}
        grade={entry.grade}
        onConfirmSignals={recorded ? undefined : confirmSignals}
      />
    </Suspense>
  );
}
