"use client";

import { useMemo } from "react";
import type { NotebookRow } from "@/lib/notebook/listing";
import { describeAttempt } from "@/lib/notebook/listing";
import type { QuestionItem } from "@/lib/practice/bank-types";
import { practiceQuestionPath, questionPath } from "@/lib/questions/paths";
import { DraftFeedbackView } from "./draft-feedback-view";

/** One drafted question in the notebook: the latest answer, its history and feedback on it. */
export function NotebookEntry({
  row,
  question,
  sourceTitle,
}: {
  row: NotebookRow;
  question: QuestionItem | undefined;
  sourceTitle: string | null;
}) {
  const feedbackQuestion = useMemo(
    () =>
      question
        ? { question: question.question, type: question.type, signals: question.signals }
        : null,
    [question],
  );
  const earlier = row.attempts.slice(0, -1).reverse();
  return (
    <li className="rounded-md border border-border p-4">
      <h2 className="text-lg font-semibold">
        {question ? <a href={questionPath(row.id)}>{question.question}</a> : row.id}
      </h2>
      <p className="text-sm text-muted">
        {sourceTitle ?? "No longer in the library"} · Latest: {describeAttempt(row.latest)}
      </p>
      <p className="mt-2 whitespace-pre-wrap">{row.latest.text}</p>
      {earlier.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer">Earlier attempts ({earlier.length})</summary>
          <ol className="mt-2 space-y-2">
            {earlier.map((attempt) => (
              <li key={attempt.id}>
                <p className="text-sm text-muted">{describeAttempt(attempt)}</p>
                <p className="whitespace-pre-wrap border-l-4 border-border pl-3">{attempt.text}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <div className="mt-2 flex flex-wrap items-start gap-3">
        {question ? (
          <a
            href={practiceQuestionPath(row.id)}
            className="inline-flex min-h-11 items-center rounded-md border border-border px-3 no-underline"
          >
            Rewrite it in practice
          </a>
        ) : null}
      </div>
      {feedbackQuestion ? (
        <DraftFeedbackView question={feedbackQuestion} text={row.latest.text} />
      ) : null}
    </li>
  );
}
