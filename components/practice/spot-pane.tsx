"use client";

import { useMemo, type Dispatch } from "react";
import type { PracticeItem, QuestionItem } from "@/lib/practice/bank-types";
import {
  gradeForWeakAnswer,
  redFlagsOfSiblings,
  resultSummary,
  scoreWeakAnswer,
  weakAnswerOptions,
} from "@/lib/practice/weak-answer";
import type { Entry, SessionAction } from "@/lib/practice/runner";
import { WeakAnswerView } from "./weak-answer-view";

/** Spot-the-weak-answer for one question: its options, scoring and grade. Loaded only in that mode. */
export function SpotPane({
  item,
  items,
  entry,
  seed,
  act,
  announce,
}: {
  item: QuestionItem;
  items: ReadonlyMap<string, PracticeItem>;
  entry: Entry;
  seed: string;
  act: Dispatch<SessionAction>;
  announce: (message: string) => void;
}) {
  const options = useMemo(
    () => weakAnswerOptions(item, redFlagsOfSiblings(item, [...items.values()]), seed),
    [item, items, seed],
  );
  return (
    <WeakAnswerView
      item={item}
      options={options}
      ticked={entry.ticked}
      onToggle={(option) => act({ type: "toggle-signal", signal: option })}
      checked={entry.revealed}
      onCheck={() => {
        const score = scoreWeakAnswer(options, entry.ticked);
        act({ type: "reveal" });
        act({ type: "grade", grade: gradeForWeakAnswer(score.score) });
        announce(resultSummary(score));
      }}
    />
  );
}
