"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import type { PracticeItem } from "@/lib/practice/bank-types";
import type { PracticeMode } from "@/lib/practice/config";
import { gradeForChoice, gradeLabels, type Grade } from "@/lib/practice/grading";
import { recordSession } from "@/lib/practice/progress";
import {
  currentEntry,
  currentItemId,
  summarizeSession,
  type SessionAction,
} from "@/lib/practice/runner";
import { describeInterval } from "@/lib/practice/stored-card";
import type { ActiveSession } from "./use-active-session";
import type { LearnerData } from "./use-learner-data";

export type ReviewRecording = {
  /** Applies a learner's action, writing a pending grade to the schedule when they move on. */
  act: (action: SessionAction) => void;
  /** Grades a question from the end-of-set review (mock interviews are graded after the round). */
  gradeInReview: (id: string, grade: Grade) => void;
};

const movingActions = new Set<SessionAction["type"]>([
  "next",
  "previous",
  "skip",
  "go-to",
  "finish",
]);

/** Writes grades to the FSRS schedule and a finished session to the history. */
export function useReviewRecording(
  learner: LearnerData,
  active: ActiveSession,
  items: ReadonlyMap<string, PracticeItem>,
  announce: (text: string) => void,
): ReviewRecording {
  const { latestProgress, saveProgress, sessions, saveSessions } = learner;
  const { session, dispatch } = active;

  const record = useCallback(
    (id: string, grade: Grade, mode: PracticeMode) => {
      const at = new Date();
      dispatch({ type: "recorded", id });
      // The scheduler (ts-fsrs) loads with the first grade, not with the page.
      void import("@/lib/practice/review").then(({ recordReview }) => {
        const next = recordReview(latestProgress(), id, grade, mode, at);
        saveProgress(next);
        const card = next.records[id]?.card;
        if (card)
          announce(`Saved as ${gradeLabels[grade]}. Next review ${describeInterval(card, at)}.`);
      });
    },
    [dispatch, latestProgress, saveProgress, announce],
  );

  const act = useCallback(
    (action: SessionAction) => {
      if (!session) return;
      const entry = currentEntry(session);
      const id = currentItemId(session);
      if (movingActions.has(action.type) && entry.grade !== null && !entry.recorded)
        record(id, entry.grade, session.mode);
      dispatch(action);
      if (action.type === "choose" && entry.choice === null)
        record(id, gradeForChoice(action.correct), session.mode);
    },
    [session, dispatch, record],
  );

  const gradeInReview = useCallback(
    (id: string, grade: Grade) => {
      if (!session) return;
      dispatch({ type: "go-to", index: session.itemIds.indexOf(id) });
      dispatch({ type: "reveal" });
      dispatch({ type: "grade", grade });
      record(id, grade, session.mode);
    },
    [session, dispatch, record],
  );

  // A finished session goes into the history once: saving the history changes `sessions`, which
  // runs this effect again for the same session.
  const summarizedRef = useRef<string | null>(null);
  useEffect(() => {
    if (!session?.finishedAt || summarizedRef.current === session.id) return;
    summarizedRef.current = session.id;
    saveSessions(recordSession(sessions, summarizeSession(session, items, new Date())));
  }, [session, items, sessions, saveSessions]);

  return useMemo(() => ({ act, gradeInReview }), [act, gradeInReview]);
}
