"use client";

import { useCallback, useMemo, useRef } from "react";
import type { CheckItem } from "@/lib/practice/bank-types";
import { gradeLabels, type Grade } from "@/lib/practice/grading";
import {
  currentEntry,
  isLastItem,
  type SessionAction,
  type SessionState,
} from "@/lib/practice/runner";

export type RunnerActions = {
  /** The strong answer's heading, focused when the answer is revealed. */
  answerRef: React.RefObject<HTMLHeadingElement | null>;
  reveal: () => void;
  choose: (check: CheckItem, option: number) => void;
  grade: (value: Grade) => void;
  next: () => void;
  previous: () => void;
  skip: () => void;
};

/** What the runner's buttons and keys do, with what each one tells a screen reader. */
export function useRunnerActions(
  state: SessionState,
  act: (action: SessionAction) => void,
  announce: (text: string) => void,
  onFinish: () => void,
): RunnerActions {
  const answerRef = useRef<HTMLHeadingElement>(null);
  const entry = currentEntry(state);
  const last = isLastItem(state);

  const reveal = useCallback(() => {
    act({ type: "reveal" });
    requestAnimationFrame(() => answerRef.current?.focus());
  }, [act]);

  const choose = useCallback(
    (check: CheckItem, option: number) => {
      if (entry.choice !== null) return;
      const correct = check.options[option]?.correct ?? false;
      act({ type: "choose", option, correct });
      announce(
        correct
          ? `Correct: ${check.options[option]?.text ?? ""}`
          : `Not quite. The answer is ${check.options.find((candidate) => candidate.correct)?.text ?? ""}`,
      );
    },
    [entry.choice, act, announce],
  );

  const grade = useCallback(
    (value: Grade) => {
      if (!entry.revealed || entry.recorded) return;
      act({ type: "grade", grade: value });
      announce(`Graded ${gradeLabels[value]}.`);
    },
    [entry.revealed, entry.recorded, act, announce],
  );

  const next = useCallback(
    () => (last ? onFinish() : act({ type: "next" })),
    [last, onFinish, act],
  );
  const previous = useCallback(() => act({ type: "previous" }), [act]);
  const skip = useCallback(
    () => (last ? onFinish() : act({ type: "skip" })),
    [last, onFinish, act],
  );

  return useMemo(
    () => ({ answerRef, reveal, choose, grade, next, previous, skip }),
    [reveal, choose, grade, next, previous, skip],
  );
}
