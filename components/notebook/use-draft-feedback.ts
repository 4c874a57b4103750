"use client";

import { useEffect, useState } from "react";
import type * as Feedback from "@/lib/notebook/feedback";
import type { DraftFeedback, FeedbackQuestion } from "@/lib/notebook/feedback";

type FeedbackModule = typeof Feedback;

// The analysis (with its sentence splitter and stemmer) is fetched once, the first time a page
// needs it: when the candidate starts writing, never at page load.
let feedbackModule: Promise<FeedbackModule> | null = null;
export const loadFeedback = (): Promise<FeedbackModule> =>
  (feedbackModule ??= import("@/lib/notebook/feedback"));

const settleMs = 400;

/**
 * Feedback on `text`, recomputed a moment after the candidate stops typing. Null until there is
 * something to read and the analysis has loaded.
 */
export function useDraftFeedback(
  question: FeedbackQuestion,
  text: string,
  recordedSeconds?: number,
): DraftFeedback | null {
  const [feedback, setFeedback] = useState<DraftFeedback | null>(null);
  const hasText = text.trim().length > 0;

  useEffect(() => {
    if (!hasText) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void loadFeedback().then(({ analyseDraft }) => {
        if (current) setFeedback(analyseDraft(question, text, recordedSeconds));
      });
    }, settleMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [question, text, hasText, recordedSeconds]);

  return hasText ? feedback : null;
}
