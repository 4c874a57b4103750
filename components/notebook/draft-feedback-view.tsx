"use client";

import { useState } from "react";
import type { FeedbackQuestion } from "@/lib/notebook/feedback";
import { FeedbackPanel } from "./feedback-panel";
import { useDraftFeedback } from "./use-draft-feedback";

/** A button that opens feedback on the text; the analysis runs only while it is open. */
export function DraftFeedbackView({
  question,
  text,
  recordedSeconds,
  onConfirmSignals,
  buttonLabel = "Feedback on this draft",
}: {
  question: FeedbackQuestion;
  text: string;
  recordedSeconds?: number;
  onConfirmSignals?: (ticked: number[]) => void;
  buttonLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-2">
      <button
        type="button"
        aria-expanded={open}
        className="min-h-11 rounded-md border border-border px-3"
        onClick={() => setOpen((value) => !value)}
        disabled={text.trim() === ""}
      >
        {open ? "Hide feedback" : buttonLabel}
      </button>
      {open ? (
        <OpenFeedback
          question={question}
          text={text}
          recordedSeconds={recordedSeconds}
          onConfirmSignals={onConfirmSignals}
        />
      ) : null}
    </div>
  );
}

function OpenFeedback({
  question,
  text,
  recordedSeconds,
  onConfirmSignals,
}: {
  question: FeedbackQuestion;
  text: string;
  recordedSeconds?: number;
  onConfirmSignals?: (ticked: number[]) => void;
}) {
  const feedback = useDraftFeedback(question, text, recordedSeconds);
  return (
    <div className="mt-3" aria-live="polite">
      {feedback ? (
        <FeedbackPanel
          feedback={feedback}
          signals={question.signals}
          onConfirmSignals={onConfirmSignals}
        />
      ) : (
        <p className="text-muted">Reading your draft…</p>
      )}
    </div>
  );
}
