"use client";

import { useEffect, useRef, type Dispatch } from "react";
import type { PracticeItem } from "@/lib/practice/bank-types";
import { practiceModeLabels } from "@/lib/practice/config";
import { gradeLabels, type Grade } from "@/lib/practice/grading";
import {
  missedItemIds,
  quizScore,
  type SessionAction,
  type SessionState,
} from "@/lib/practice/runner";
import { countStatuses, entryStatusLabel } from "@/lib/practice/entry-status";
import { GradeButtons } from "./grade-buttons";
import { primaryButton, secondaryButton, secondaryButtonInline } from "@/components/button-styles";

type Props = {
  state: SessionState;
  items: ReadonlyMap<string, PracticeItem>;
  act: Dispatch<SessionAction>;
  onGradeInReview: (id: string, grade: Grade) => void;
  missedHref: string | null;
  onNewSet: () => void;
};

/** The end of a set: score or grades, each answer, and a way straight back into what was missed. */
export function PracticeSummary({
  state,
  items,
  act,
  onGradeInReview,
  missedHref,
  onNewSet,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const score = quizScore(state, items);
  const entries = state.itemIds.map((id) => ({
    id,
    item: items.get(id),
    entry: state.entries[id],
  }));
  const statuses = countStatuses(entries.map(({ entry }) => entry));
  const graded = statuses.graded;
  const gradeCounts = ([1, 2, 3, 4] as const).map((grade) => ({
    grade,
    count: entries.filter(({ entry }) => entry?.grade === grade).length,
  }));
  const missed = missedItemIds(state).length;

  return (
    <section aria-labelledby="summary-heading" className="space-y-6">
      <div className="rounded-lg border border-border p-6">
        <h2
          id="summary-heading"
          ref={headingRef}
          tabIndex={-1}
          className="mb-2 text-2xl font-semibold focus:outline-none"
        >
          {practiceModeLabels[state.mode]} finished
        </h2>
        {score.total > 0 ? (
          <p className="text-lg">
            You scored{" "}
            <strong>
              {score.correct} of {score.total}
            </strong>
            {score.answered < score.total ? ` (${score.total - score.answered} not answered)` : ""}.
          </p>
        ) : null}
        <p className="text-muted">
          {graded} of {state.itemIds.length} graded
          {graded > 0
            ? `: ${gradeCounts
                .filter(({ count }) => count > 0)
                .map(({ grade, count }) => `${count} ${gradeLabels[grade].toLowerCase()}`)
                .join(", ")}`
            : ""}
          {statuses.answered > 0 ? `; ${statuses.answered} answered, not graded yet` : ""}
          {statuses.skipped > 0 ? `; ${statuses.skipped} skipped` : ""}.
          {state.mode === "mock"
            ? " Review each answer below against the signals an interviewer listens for, and grade it."
            : ""}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          {missedHref ? (
            <a href={missedHref} className={`${primaryButton} no-underline`}>
              Practise what I missed ({missed})
            </a>
          ) : null}
          <button type="button" onClick={onNewSet} className={secondaryButton}>
            Start another set
          </button>
          <a href="/progress" className={secondaryButtonInline}>
            See your progress
          </a>
        </div>
      </div>

      <ol className="space-y-4">
        {entries.map(({ id, item, entry }, index) => (
          <li key={id} className="rounded-lg border border-border p-4">
            <h3 className="font-semibold">
              <span className="text-muted">{index + 1}. </span>
              {item?.question ?? id}
            </h3>
            <p className="mt-1 text-sm text-muted">
              {entryStatusLabel(entry)}
              {entry?.seconds ? ` · ${Math.round(entry.seconds / 6) / 10} min` : ""}
            </p>
            {state.mode === "mock" && item?.kind === "question" && entry ? (
              <div className="mt-3 space-y-3">
                {entry.draft ? (
                  <div>
                    <h4 className="text-sm font-semibold uppercase tracking-wide text-muted">
                      Your answer
                    </h4>
                    <p className="whitespace-pre-wrap">{entry.draft}</p>
                  </div>
                ) : null}
                <details className="rounded-md bg-surface p-3">
                  <summary className="font-semibold">The strong answer</summary>
                  <div
                    className="prose mt-2 max-w-none"
                    dangerouslySetInnerHTML={{ __html: item.strongAnswerHtml }}
                  />
                </details>
                <fieldset className="rounded-md border border-border p-3">
                  <legend className="px-1 font-semibold">Signals your answer covered</legend>
                  {item.signals.map((signal, signalIndex) => (
                    <label key={signal} className="flex min-h-11 items-start gap-3 py-1">
                      <input
                        type="checkbox"
                        className="mt-1 size-4 accent-[var(--accent)]"
                        checked={entry.ticked.includes(signalIndex)}
                        disabled={entry.recorded}
                        onChange={() => {
                          act({ type: "go-to", index });
                          act({ type: "toggle-signal", signal: signalIndex });
                        }}
                      />
                      <span>{signal}</span>
                    </label>
                  ))}
                </fieldset>
                <GradeButtons
                  item={item}
                  entry={{ ...entry, revealed: true }}
                  onGrade={(grade) => onGradeInReview(id, grade)}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
