"use client";

import { lazy, Suspense } from "react";
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
const RunnerAnswer = lazy(() =>
  import("../notebook/runner-answer").then((module) => ({ default: module.RunnerAnswer })),
);

/** The learner's written answer to the current question, kept with the session and in the notebook. */
export function DraftBox(props: Props) {
  return (
    <Suspense fallback={<div aria-busy="true" className="mb-4 min-h-44" />}>
      <RunnerAnswer {...props} />
    </Suspense>
  );
}
