"use client";

import { useId, useState } from "react";
import type { Aspect, DraftFeedback, FeedbackPoint, PointTone } from "@/lib/notebook/feedback";

const aspectLabels: Record<Aspect, string> = {
  structure: "Structure",
  ownership: "Ownership: I and we",
  evidence: "Evidence",
  length: "Length",
  language: "Hedging, vague words and filler",
  coverage: "This question's signals",
};

const toneLabels: Record<PointTone, { text: string; mark: string; className: string }> = {
  strength: { text: "Keep", mark: "✓", className: "text-good" },
  improve: { text: "Worth a rewrite", mark: "!", className: "text-bad" },
  note: { text: "For you to judge", mark: "·", className: "text-muted" },
};

function Point({ point }: { point: FeedbackPoint }) {
  const tone = toneLabels[point.tone];
  const quotesAreSignals = point.aspect === "coverage";
  return (
    <li className="rounded-md border border-border p-3">
      <p className="text-sm font-semibold">
        <span aria-hidden="true" className={`mr-1 ${tone.className}`}>
          {tone.mark}
        </span>
        {aspectLabels[point.aspect]} <span className="font-normal text-muted">({tone.text})</span>
      </p>
      <p className="mt-1">{point.finding}</p>
      {point.quotes.length > 0 && !quotesAreSignals ? (
        <ul aria-label="From your draft" className="mt-2 space-y-1">
          {point.quotes.map((quote) => (
            <li key={quote}>
              <q className="block border-l-4 border-border pl-3 italic">{quote}</q>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2 text-sm text-muted">Why it matters: {point.why}</p>
    </li>
  );
}

/**
 * The question's signals with the ones the draft appears to touch ticked as suggestions. The
 * candidate confirms or clears each; once they touch one, the ticks are theirs, not the tool's.
 */
function SuggestedSignals({
  signals,
  suggested,
  onConfirm,
}: {
  signals: readonly string[];
  suggested: readonly number[];
  onConfirm?: (ticked: number[]) => void;
}) {
  const [own, setOwn] = useState<number[] | null>(null);
  const ticked = own ?? [...suggested];
  const id = useId();
  const toggle = (index: number) => {
    const next = ticked.includes(index)
      ? ticked.filter((value) => value !== index)
      : [...ticked, index];
    setOwn(next);
  };
  return (
    <fieldset className="rounded-md border border-border p-3">
      <legend className="px-1 font-semibold">Which signals does your draft cover?</legend>
      <p className="mb-2 text-sm text-muted">
        Ticked where your words meet a signal's words. That is a guess: confirm or clear each one.
      </p>
      <ul className="space-y-1">
        {signals.map((signal, index) => (
          <li key={signal} className="flex items-start gap-2">
            <input
              id={`${id}-${index}`}
              type="checkbox"
              className="mt-1 size-5"
              checked={ticked.includes(index)}
              onChange={() => toggle(index)}
            />
            <label htmlFor={`${id}-${index}`}>
              {signal}
              {suggested.includes(index) ? (
                <span className="ml-2 text-xs text-muted">(suggested)</span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
      {onConfirm ? (
        <button
          type="button"
          className="mt-3 min-h-11 rounded-md border border-border px-3"
          onClick={() => onConfirm(ticked)}
        >
          Use these ticks when I grade
        </button>
      ) : null}
    </fieldset>
  );
}

/** What the analysis found, point by point, with the draft's own words quoted. */
export function FeedbackPanel({
  feedback,
  signals,
  onConfirmSignals,
}: {
  feedback: DraftFeedback;
  signals: readonly string[];
  onConfirmSignals?: (ticked: number[]) => void;
}) {
  return (
    <section aria-label="Feedback on your draft" className="space-y-3">
      <p className="text-sm text-muted">
        Worked out in this browser from your words and the question; nothing is sent anywhere. It
        points at what interviewers listen for. It is not a grade: you grade.
      </p>
      <ul className="space-y-3">
        {feedback.points.map((point) => (
          <Point key={`${point.aspect}-${point.finding}`} point={point} />
        ))}
      </ul>
      {signals.length > 0 ? (
        <SuggestedSignals
          signals={signals}
          suggested={feedback.suggestedSignals}
          onConfirm={onConfirmSignals}
        />
      ) : null}
    </section>
  );
}
