"use client";

import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import type { SessionAction, SessionState } from "@/lib/practice/runner";
import { currentEntry, currentItemId } from "@/lib/practice/runner";

export type QuestionTimer = {
  visible: boolean;
  running: boolean;
  /** Seconds left on a mock interview question (negative once time is up). */
  remaining: number;
  /** Seconds spent on this question so far. */
  spent: number;
  toggle: () => void;
};

/**
 * The per-question clock: counts down in mock interviews (where it starts on its own on every
 * question) and counts up elsewhere once the learner starts it.
 */
export function useQuestionTimer(
  state: SessionState,
  act: (action: SessionAction) => void,
  announce: (text: string) => void,
): QuestionTimer {
  const isMock = state.mode === "mock";
  const [visible, setVisible] = useState(isMock);
  // The learner's start or pause holds for the question it was made on; a new question starts
  // afresh (running in a mock interview, stopped otherwise).
  const [choice, setChoice] = useState<{ index: number; running: boolean } | null>(null);
  const running = choice?.index === state.index ? choice.running : isMock;

  const toggle = useCallback(() => {
    setVisible(true);
    setChoice({ index: state.index, running: !running });
  }, [state.index, running]);

  // Counts wall-clock seconds, so a throttled background tab still keeps true time. The question's
  // index is a dependency so each question's count starts from its own first second.
  const tick = useEffectEvent((seconds: number) => act({ type: "tick-seconds", seconds }));
  useEffect(() => {
    if (!running || !visible) return;
    let last = Date.now();
    const interval = window.setInterval(() => {
      const whole = Math.floor((Date.now() - last) / 1000);
      if (whole <= 0) return;
      last += whole * 1000;
      tick(whole);
    }, 250);
    return () => window.clearInterval(interval);
  }, [running, visible, state.index]);

  // Time announcements are sparse: one minute left, and time up. Nothing every second.
  const spent = currentEntry(state).seconds;
  const remaining = state.secondsPerQuestion - spent;
  const itemId = currentItemId(state);
  const announcedRef = useRef("");
  useEffect(() => {
    if (!isMock) return;
    const key = `${itemId}:${remaining <= 0 ? "up" : remaining <= 60 ? "minute" : ""}`;
    if (key === announcedRef.current) return;
    if (remaining === 60 && state.secondsPerQuestion > 60)
      announce("One minute left on this question.");
    if (remaining === 0)
      announce("Time is up for this question. Finish your thought, then move on.");
    if (remaining === 60 || remaining === 0) announcedRef.current = key;
  }, [remaining, itemId, isMock, state.secondsPerQuestion, announce]);

  return useMemo(
    () => ({ visible, running, remaining, spent, toggle }),
    [visible, running, remaining, spent, toggle],
  );
}
