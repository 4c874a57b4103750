"use client";

import { useCallback, useEffect, useMemo, useReducer, type Dispatch } from "react";
import {
  activeSessionSchema,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from "@/lib/practice/runner";
import { storageKeys } from "@/lib/storage/keys";
import { parseJson } from "@/lib/storage/versioned";
import type { LearnerData } from "./use-learner-data";

export type ActiveSessionAction = SessionAction | { type: "load"; state: SessionState | null };

export type ActiveSession = {
  session: SessionState | null;
  dispatch: Dispatch<ActiveSessionAction>;
  /** The unfinished session saved before a reload, or null (a damaged one is discarded with a notice). */
  readStored: () => SessionState | null;
  discardStored: () => void;
};

function activeSessionReducer(
  state: SessionState | null,
  action: ActiveSessionAction,
): SessionState | null {
  if (action.type === "load") return action.state;
  return state ? sessionReducer(state, action) : state;
}

const damagedNotice =
  "Your unfinished session could not be read, so it was discarded. Your progress and history were not affected.";

/** The session being practised, saved after every step so a reload resumes it. */
export function useActiveSession(learner: LearnerData): ActiveSession {
  const { storage, addNotice } = learner;
  const [session, dispatch] = useReducer(activeSessionReducer, null);

  const readStored = useCallback((): SessionState | null => {
    const raw = storage?.read(storageKeys.activeSession) ?? null;
    if (!raw || storage?.isProtected(storageKeys.activeSession)) return null;
    const parsed = activeSessionSchema.safeParse(parseJson(raw));
    if (parsed.success && !parsed.data.session.finishedAt) return parsed.data.session;
    storage?.remove(storageKeys.activeSession);
    addNotice(damagedNotice);
    return null;
  }, [storage, addNotice]);

  const discardStored = useCallback(() => storage?.remove(storageKeys.activeSession), [storage]);

  useEffect(() => {
    if (!session || !storage) return;
    const timeout = window.setTimeout(() => {
      if (session.finishedAt) storage.remove(storageKeys.activeSession);
      else storage.write(storageKeys.activeSession, JSON.stringify({ version: 1, session }));
    }, 250);
    return () => window.clearTimeout(timeout);
  }, [session, storage]);

  return useMemo(
    () => ({ session, dispatch, readStored, discardStored }),
    [session, readStored, discardStored],
  );
}
