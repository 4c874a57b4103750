"use client";

import { useId, useMemo, useState } from "react";
import type { QuestionType } from "@/lib/content/vocabulary";
import { DraftFeedbackView } from "./draft-feedback-view";

/**
 * Feedback on a recording: the candidate types or pastes what they said, and the feedback reads
 * it with the recording's own length, so it can speak about pace. The audio is never transcribed
 * or sent anywhere; the transcript stays on this page.
 */
export function TranscriptFeedback({
  seconds,
  questionType,
}: {
  seconds: number;
  questionType: QuestionType;
}) {
  const [transcript, setTranscript] = useState("");
  const id = useId();
  const question = useMemo(
    () => ({ question: "", type: questionType, signals: [] as string[] }),
    [questionType],
  );
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        What you said (type or paste a transcript for feedback on length and pace)
      </label>
      <textarea
        id={id}
        value={transcript}
        onChange={(event) => setTranscript(event.target.value)}
        rows={4}
        className="w-full rounded-md border border-border bg-bg p-3 text-fg"
      />
      <DraftFeedbackView
        question={question}
        text={transcript}
        recordedSeconds={seconds}
        buttonLabel="Feedback on this recording"
      />
    </div>
  );
}
