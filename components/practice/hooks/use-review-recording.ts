"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
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
import { storeGrade } from "@/lib/practice/store-grade";
import { describeInterval } from "@/lib/practice/stored-card";
import type { ActiveSession } from "./use-active-session";
import type { LearnerData } from "./use-learner-data";

export type UnsavedGrade = { id: string; grade: Grade; mode: PracticeMode; message: string };

export type ReviewRecording = {
  /** Applies a learner's action, writing a pending grade to the schedule when they move on. */
  act: (action: SessionAction) => void;
  /** Grades a question from the end-of-set review (mock interviews are graded after the round). */
  gradeInReview: (id: string, grade: Grade) => void;
  /** Grades that could not be stored, each offered again. */
  unsaved: UnsavedGrade[];
  retry: () => void;
};

const movingActions = new Set<SessionAction["type"]>([
  "next",
  "previous",
  "skip",
  "go-to",
  "finish",
]);

/**
 * Writes grades to the FSRS schedule and a finished session to the history. A grade is marked
 * recorded (and announced as saved) only once it is stored; one that fails is listed to retry.
 */
export function useReviewRecording(
  learner: LearnerData,
  active: ActiveSession,
  items: ReadonlyMap<string, PracticeItem>,
  announce: (text: string) => void,
): ReviewRecording {
  const { latestProgress, saveProgress, sessions, saveSessions } = learner;
  const { session, dispatch } = active;
  const [unsaved, setUnsaved] = useState<UnsavedGrade[]>([]);
  const pending = useRef(new Set<string>());

  const record = useCallback(
    (id: string, grade: Grade, mode: PracticeMode) => {
      if (pending.current.has(id)) return;
      pending.current.add(id);
      const at = new Date();
      void storeGrade({
        // The scheduler (ts-fsrs) loads with the first grade, not with the page.
        loadReview: () => import("@/lib/practice/review"),
        latestProgress,
        saveProgress,
        id,
        grade,
        mode,
        at,
      }).then((result) => {
        pending.current.delete(id);
        const others = (list: UnsavedGrade[]) => list.filter((entry) => entry.id !== id);
        if (result.ok) {
          dispatch({ type: "recorded", id });
          setUnsaved(others);
          announce(
            `Saved as ${gradeLabels[grade]}. Next review ${describeInterval(result.card, at)}.`,
          );
        } else {
          setUnsaved((list) => [...others(list), { id, grade, mode, message: result.message }]);
          announce(result.message);
        }
      });
    },
    [dispatch, latestProgress, saveProgress, announce],
  );

  const retry = useCallback(() => {
    for (const entry of unsaved) record(entry.id, entry.grade, entry.mode);
  }, [unsaved, record]);

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

  // A finished session goes into the history once, and not again when Back brings its summary back.
  const summarizedRef = useRef<string | null>(null);
  useEffect(() => {
    if (!session?.finishedAt || summarizedRef.current === session.id) return;
    summarizedRef.current = session.id;
    if (sessions.sessions.some((saved) => saved.id === session.id)) return;
    saveSessions(recordSession(sessions, summarizeSession(session, items, new Date())));
  }, [session, items, sessions, saveSessions]);

  return useMemo(
    () => ({ act, gradeInReview, unsaved, retry }),
    [act, gradeInReview, unsaved, retry],
  );
}
