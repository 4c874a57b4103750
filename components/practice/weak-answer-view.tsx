"use client";

import { useEffect, useId, useRef } from "react";
import type { QuestionItem } from "@/lib/practice/bank-types";
import { resultSummary, scoreWeakAnswer, type WeakAnswerOption } from "@/lib/practice/weak-answer";
import { primaryButton } from "@/components/button-styles";

/**
 * "Spot the weak answer": a flawed answer, the red flags to tick, and after checking, what was
 * found, missed or wrongly ticked. State lives in the parent (the runner), which also announces
 * `resultSummary` in its live region; this view only renders and reports clicks.
 */

type Props = {
  item: QuestionItem;
  options: WeakAnswerOption[];
  ticked: number[];
  onToggle: (index: number) => void;
  checked: boolean;
  onCheck: () => void;
};

type Outcome = "found" | "missed" | "wrongly" | "avoided";

/** Each outcome is said in words and marked with an icon, so colour is never the only cue. */
const outcomes: Record<Outcome, { icon: string; label: string; box: string; tone: string }> = {
  found: {
    icon: "✓",
    label: "Found: this answer has this problem",
    box: "border-good bg-good-soft",
    tone: "text-good",
  },
  missed: {
    icon: "!",
    label: "Missed: this answer has this problem",
    box: "border-warn bg-warn-soft",
    tone: "text-warn",
  },
  wrongly: {
    icon: "✗",
    label: "Wrongly ticked: this answer does not have this problem",
    box: "border-bad bg-bad-soft",
    tone: "text-bad",
  },
  avoided: {
    icon: "–",
    label: "Rightly left: this answer does not have this problem",
    box: "border-border",
    tone: "text-muted",
  },
};

function outcomeOf(option: WeakAnswerOption, isTicked: boolean): Outcome {
  if (option.committed) return isTicked ? "found" : "missed";
  return isTicked ? "wrongly" : "avoided";
}

function Html({ html }: { html: string }) {
  return <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function WeakAnswerView({ item, options, ticked, onToggle, checked, onCheck }: Props) {
  const id = useId();
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const wasChecked = useRef(checked);

  // The check button disappears once pressed; move focus to the results so it is not lost to the
  // page. Returning to an already checked question does not steal focus.
  useEffect(() => {
    if (checked && !wasChecked.current) resultsRef.current?.focus();
    wasChecked.current = checked;
  }, [checked]);

  const weakAnswer = item.weakAnswer;
  if (!weakAnswer) {
    return (
      <p className="rounded-md bg-surface p-3">
        This question has no weak answer to spot yet. Skip to the next one.
      </p>
    );
  }

  const tickedSet = new Set(ticked);
  const result = scoreWeakAnswer(options, ticked);

  return (
    <div className="space-y-5">
      <section aria-labelledby={`${id}-said`} className="rounded-md border border-border p-4">
        <h3 id={`${id}-said`} className="mb-2 font-semibold">
          A candidate said:
        </h3>
        <blockquote className="border-l-4 border-accent pl-4">
          <Html html={weakAnswer.answerHtml} />
        </blockquote>
      </section>

      <fieldset className="rounded-md border border-border p-4" aria-describedby={`${id}-hint`}>
        <legend className="px-1 font-semibold">Which problems does this answer have?</legend>
        <p id={`${id}-hint`} className="mb-2 text-sm text-muted">
          Tick every problem you hear. Some of these are red flags this answer avoids.
        </p>
        <ul className="space-y-2">
          {options.map((option, index) => {
            const isTicked = tickedSet.has(index);
            const outcome = checked ? outcomes[outcomeOf(option, isTicked)] : null;
            const inputId = `${id}-option-${index}`;
            return (
              <li
                key={option.text}
                className={`rounded-md border ${outcome ? outcome.box : "border-transparent"}`}
              >
                <label
                  htmlFor={inputId}
                  className={`flex min-h-11 items-start gap-3 rounded-md px-2 py-2 ${checked ? "" : "cursor-pointer hover:bg-surface"}`}
                >
                  <input
                    id={inputId}
                    type="checkbox"
                    className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
                    checked={isTicked}
                    disabled={checked}
                    onChange={() => onToggle(index)}
                    aria-describedby={outcome ? `${inputId}-outcome` : undefined}
                  />
                  <span className="flex-1 text-fg">
                    {option.text}
                    {outcome ? (
                      <span
                        id={`${inputId}-outcome`}
                        className={`mt-1 block text-sm font-semibold ${outcome.tone}`}
                      >
                        <span aria-hidden="true" className="mr-1 font-mono">
                          {outcome.icon}
                        </span>
                        {outcome.label}
                      </span>
                    ) : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {!checked ? (
        <button type="button" className={primaryButton} onClick={onCheck}>
          Check my answer
        </button>
      ) : (
        <>
          <section
            aria-labelledby={`${id}-results`}
            className="space-y-3 rounded-md bg-surface p-4"
          >
            <h3
              id={`${id}-results`}
              ref={resultsRef}
              tabIndex={-1}
              className="font-semibold focus:outline-none"
            >
              What was wrong with it
            </h3>
            <p className="font-semibold">{resultSummary(result)}</p>
            <Html html={weakAnswer.explanationHtml} />
          </section>
          <section aria-labelledby={`${id}-strong`} className="rounded-md border border-border p-4">
            <h3 id={`${id}-strong`} className="mb-2 font-semibold">
              A strong answer, for comparison
            </h3>
            <Html html={item.strongAnswerHtml} />
          </section>
        </>
      )}
    </div>
  );
}
