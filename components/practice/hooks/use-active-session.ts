"use client";

import { useCallback, useEffect, useMemo, useReducer, type Dispatch } from "react";
import {
  activeSessionSchema,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from "@/lib/practice/runner";
import { historyStateFor } from "@/lib/practice/history";
import { worthKeeping } from "@/lib/practice/resume";
import { storageKeys } from "@/lib/storage/keys";
import type { SafeStorage } from "@/lib/storage/safe-storage";
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

function storedSessionId(storage: SafeStorage): string | null {
  const raw = storage.read(storageKeys.activeSession);
  const parsed = raw ? activeSessionSchema.safeParse(parseJson(raw)) : null;
  return parsed?.success ? parsed.data.session.id : null;
}

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
      // The tab's history entry for this set carries it too, so Back returns to it as it was left.
      if (window.location.search.slice(1) === session.query)
        window.history.replaceState(historyStateFor(session), "", window.location.href);
      // A single question is never kept for later, and never replaces the set that is.
      if (worthKeeping(session))
        storage.write(storageKeys.activeSession, JSON.stringify({ version: 1, session }));
      else if (session.finishedAt && storedSessionId(storage) === session.id)
        storage.remove(storageKeys.activeSession);
    }, 250);
    return () => window.clearTimeout(timeout);
  }, [session, storage]);

  return useMemo(
    () => ({ session, dispatch, readStored, discardStored }),
    [session, readStored, discardStored],
  );
}
