"use client";

import { lazy, Suspense } from "react";
import type { QuestionType } from "@/lib/content/vocabulary";

// The recorder is fetched with the first question on screen, not with the practice page, whose
// launcher never needs it: that keeps the page's own JavaScript at load within its budget.
const AnswerRecorder = lazy(() =>
  import("./answer-recorder").then((module) => ({ default: module.AnswerRecorder })),
);

/** The recorder, with a placeholder of its height while it loads so nothing below it jumps. */
export function LazyAnswerRecorder(props: { itemId: string; questionType: QuestionType }) {
  return (
    <Suspense fallback={<div aria-hidden="true" className="mb-4 min-h-[4.5rem]" />}>
      <AnswerRecorder {...props} />
    </Suspense>
  );
}
