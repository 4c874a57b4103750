"use client";

import { useCallback, useEffect, useEffectEvent, useMemo, useState } from "react";
import type { PracticeItem } from "@/lib/practice/bank-types";
import type { Grade } from "@/lib/practice/grading";
import { optionOrder } from "@/lib/practice/option-order";
import { setSeed, type SessionAction, type SessionState } from "@/lib/practice/runner";
import type { RunnerActions } from "./use-runner-actions";

export type PracticeShortcuts = {
  dialogOpen: boolean;
  openDialog: () => void;
  closeDialog: () => void;
};

type Context = {
  state: SessionState;
  item: PracticeItem | undefined;
  revealed: boolean;
  /** The candidate's link: keys that would show what only the interviewer sees do nothing. */
  candidateView: boolean;
  actions: RunnerActions;
  act: (action: SessionAction) => void;
  toggleTimer: () => void;
};

/** A checkbox takes only Space, so the keys work while focus is on a ticked signal. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return target.type !== "checkbox";
  return target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable;
}

/** The runner's single-key shortcuts (R, 1-5, N/P, S, F, T, ?) and the dialog that lists them. */
export function usePracticeShortcuts(context: Context): PracticeShortcuts {
  const [dialogOpen, setDialogOpen] = useState(false);

  // Reads the latest session on each key press; the listener itself is added once.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.metaKey || event.ctrlKey || event.altKey || typingIn(event.target)) return;
    if (dialogOpen) return;
    if (event.key === "?") {
      event.preventDefault();
      setDialogOpen(true);
      return;
    }
    if (handleKey(event.key, context)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const openDialog = useCallback(() => setDialogOpen(true), []);
  const closeDialog = useCallback(() => setDialogOpen(false), []);
  return useMemo(
    () => ({ dialogOpen, openDialog, closeDialog }),
    [dialogOpen, openDialog, closeDialog],
  );
}

/** Performs what the key stands for here, if anything; true when it did. */
function handleKey(key: string, context: Context): boolean {
  const { state, item, revealed, candidateView, actions, act, toggleTimer } = context;
  if (!item) return false;
  if (item.kind === "check" && /^[1-5]$/.test(key)) {
    // The keys follow the letters on screen, not the order the options were written in.
    const written = optionOrder(item.id, item.options.length, setSeed(state))[Number(key) - 1];
    if (written === undefined) return false;
    actions.choose(item, written);
    return true;
  }
  if (candidateView && ["r", "f", "1", "2", "3", "4"].includes(key.toLowerCase())) return false;
  const flashcard = item.kind === "question" && state.mode === "flashcards";
  if (flashcard && /^[1-4]$/.test(key) && revealed) {
    actions.grade(Number(key) as Grade);
    return true;
  }
  switch (key.toLowerCase()) {
    case "r":
      if (flashcard && !revealed) actions.reveal();
      return true;
    case "f":
      if (item.kind === "question" && state.mode === "mock")
        act({ type: "show-follow-up", total: item.followUps.length });
      return true;
    case "n":
    case "arrowright":
      actions.next();
      return true;
    case "p":
    case "arrowleft":
      actions.previous();
      return true;
    case "s":
      actions.skip();
      return true;
    case "t":
      toggleTimer();
      return true;
    default:
      return false;
  }
}
