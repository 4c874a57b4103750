"use client";

import { useCallback, useMemo } from "react";
import type { QuestionItem } from "@/lib/practice/bank-types";
import type { Entry, SessionAction } from "@/lib/practice/runner";
import { AnswerNotebook } from "./answer-notebook";

type Props = {
  item: QuestionItem;
  entry: Entry;
  act: (action: SessionAction) => void;
  label: string;
};

/**
 * The notebook's answer box inside a practice session: the session keeps the text too, the
 * candidate's grade goes on the attempt, and ticks confirmed in the feedback become the session's.
 */
export function RunnerAnswer({ item, entry, act, label }: Props) {
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
    <AnswerNotebook
      key={item.id}
      question={question}
      label={label}
      value={entry.draft}
      onChange={onChange}
      grade={entry.grade}
      onConfirmSignals={recorded ? undefined : confirmSignals}
    />
  );
}
