"use client";

import { useId, useState } from "react";
import type { QuestionItem } from "@/lib/practice/bank-types";
import type { Level } from "@/lib/content/vocabulary";
import { LevelExpectations } from "../level-expectations";
import { secondaryButton } from "@/components/button-styles";

const scoreLabels = ["Not yet scored", "1 · No signal", "2 · Weak", "3 · Solid", "4 · Strong"];

function QuestionSheet({ item, number }: { item: QuestionItem; number: number }) {
  const [ticked, setTicked] = useState<number[]>([]);
  const [score, setScore] = useState(0);
  const notesId = useId();
  const scoreId = useId();
  return (
    <li className="break-inside-avoid rounded-lg border border-border p-4">
      <h3 className="mb-3 text-xl font-semibold">
        <span className="text-muted">Q{number}. </span>
        {item.question}
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
            Press with these follow-ups
          </h4>
          <ol className="list-decimal space-y-1 pl-5">
            {item.followUps.map((followUp) => (
              <li key={followUp}>{followUp}</li>
            ))}
          </ol>
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
            Listen for (tick what you hear)
          </legend>
          {item.signals.map((signal, index) => (
            <label key={signal} className="flex min-h-11 items-start gap-2 py-1">
              <input
                type="checkbox"
                className="mt-1 size-4 accent-[var(--accent)]"
                checked={ticked.includes(index)}
                onChange={() =>
                  setTicked((current) =>
                    current.includes(index)
                      ? current.filter((value) => value !== index)
                      : [...current, index],
                  )
                }
              />
              <span>{signal}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="mt-4">
        <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">Red flags</h4>
        <ul className="list-disc space-y-1 pl-5">
          {item.redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      </div>
      <div className="mt-4">
        <LevelExpectations
          levels={Object.entries(item.levelsHtml) as [Level, string][]}
          heading="h4"
          headingClass="text-sm font-semibold uppercase tracking-wide text-muted"
        />
      </div>
      <div className="mt-4 grid gap-4 md:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor={scoreId} className="block text-sm font-semibold">
            Score
          </label>
          <select
            id={scoreId}
            value={score}
            onChange={(event) => setScore(Number(event.target.value))}
            className="mt-1 min-h-11 w-full rounded-md border border-border bg-bg px-2 text-fg"
          >
            {scoreLabels.map((label, value) => (
              <option key={label} value={value}>
                {label}
              </option>
            ))}
          </select>
          <p className="mt-1 text-sm text-muted">
            {ticked.length} of {item.signals.length} signals heard
          </p>
        </div>
        <div>
          <label htmlFor={notesId} className="block text-sm font-semibold">
            Notes
          </label>
          <textarea
            id={notesId}
            rows={3}
            className="mt-1 w-full rounded-md border border-border bg-bg p-2 text-fg"
            placeholder="What they said, in their words; what you would probe next."
          />
        </div>
      </div>
    </li>
  );
}

/**
 * The interviewer's side of a paired practice: the same seeded questions as the candidate's link,
 * with what to press and what to listen for. Nothing is sent between the two browsers.
 */
export function InterviewerSheet({ items }: { items: QuestionItem[] }) {
  return (
    <section aria-labelledby="interviewer-heading">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="interviewer-heading" className="text-2xl font-semibold">
            Interviewer sheet
          </h2>
          <p className="text-muted">
            Ask each question in order; the candidate&apos;s link shows only the questions. Notes
            stay on this screen.
          </p>
        </div>
        <button
          type="button"
          onClick={() => window.print()}
          className={`no-print ${secondaryButton}`}
        >
          Print the sheet
        </button>
      </div>
      {items.length === 0 ? (
        <p className="rounded-md border border-border bg-surface p-4">
          This link names no interview questions, so there is nothing to ask. The interviewer sheet
          lists interview questions only; knowledge checks are practised alone.{" "}
          <a href="/practice">Choose questions to practise</a>.
        </p>
      ) : (
        <ol className="space-y-6">
          {items.map((item, index) => (
            <QuestionSheet key={item.id} item={item} number={index + 1} />
          ))}
        </ol>
      )}
    </section>
  );
}
