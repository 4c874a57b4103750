"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  emptyProgress,
  emptySessionHistory,
  loadProgress,
  loadSessionHistory,
  type Progress,
  type SessionHistory,
} from "@/lib/practice/progress";
import { openStorage, type SafeStorage } from "@/lib/storage/safe-storage";
import { storageKeys } from "@/lib/storage/keys";
import { isNewerVersion, newerVersionNotice, parseJson } from "@/lib/storage/versioned";

export type LearnerData = {
  ready: boolean;
  progress: Progress;
  sessions: SessionHistory;
  persistent: boolean;
  notices: string[];
  storage: SafeStorage | null;
  saveProgress: (next: Progress) => void;
  /** The progress as last saved, for updates that finish after an await. */
  latestProgress: () => Progress;
  saveSessions: (next: SessionHistory) => void;
  /** Shows progress and sessions that were already written (an import's one all-or-nothing write). */
  adoptSaved: (progress: Progress, sessions: SessionHistory) => void;
  addNotice: (notice: string) => void;
  dismissNotice: (notice: string) => void;
};

const unavailableNotice =
  "Your browser is not letting Leadwise save anything (private browsing, blocked storage or a full quota). You can practise as normal; progress from this visit will not be kept.";

type LearnerState = Pick<
  LearnerData,
  "ready" | "progress" | "sessions" | "persistent" | "notices" | "storage"
>;

/**
 * The learner's stored progress and session history. Loads each stored part on its own, collecting a
 * notice for any part that had to be migrated or reset. The returned object is memoised: it changes
 * only when what it holds changes, so effects that depend on it do not re-run on every render.
 */
export function useLearnerData(): LearnerData {
  const progressRef = useRef<Progress>(emptyProgress());
  const [state, setState] = useState<LearnerState>({
    ready: false,
    progress: emptyProgress(),
    sessions: emptySessionHistory(),
    persistent: true,
    notices: [],
    storage: null,
  });
  const { storage } = state;

  useEffect(() => {
    const storage = openStorage();
    const progress = loadProgress(storage.read(storageKeys.progress));
    const sessions = loadSessionHistory(storage.read(storageKeys.sessions));
    // What a newer Leadwise wrote is never overwritten: those keys keep their stored value.
    if (progress.newer) storage.protect(storageKeys.progress);
    if (sessions.newer) storage.protect(storageKeys.sessions);
    const activeRaw = storage.read(storageKeys.activeSession);
    const activeIsNewer = activeRaw !== null && isNewerVersion(parseJson(activeRaw), 1);
    if (activeIsNewer) storage.protect(storageKeys.activeSession);
    // A part that was migrated or reset is written back at once, so the notice shows only once.
    if (progress.notice && !progress.legacy && !progress.newer)
      storage.write(storageKeys.progress, JSON.stringify(progress.value));
    if (sessions.notice && !sessions.newer)
      storage.write(storageKeys.sessions, JSON.stringify(sessions.value));
    const notices = [
      progress.notice,
      sessions.notice,
      activeIsNewer && !progress.newer ? newerVersionNotice("unfinished session") : null,
      storage.persistent ? null : unavailableNotice,
    ].filter((notice): notice is string => notice !== null);
    progressRef.current = progress.value;
    setState({
      ready: true,
      progress: progress.value,
      sessions: sessions.value,
      persistent: storage.persistent,
      notices,
      storage,
    });
    const legacy = progress.legacy;
    if (legacy) {
      // Upgrading an old store rebuilds schedules, which needs the scheduler: load it for this only.
      void import("@/lib/practice/review").then(({ migrateProgressV1 }) => {
        const migrated = migrateProgressV1(legacy);
        progressRef.current = migrated;
        storage.write(storageKeys.progress, JSON.stringify(migrated));
        setState((current) => ({ ...current, progress: migrated }));
      });
    }
  }, []);

  const afterWrite = useCallback(() => {
    if (!storage || storage.persistent) return;
    setState((current) => ({
      ...current,
      persistent: false,
      notices: current.notices.includes(unavailableNotice)
        ? current.notices
        : [...current.notices, unavailableNotice],
    }));
  }, [storage]);

  const saveProgress = useCallback(
    (next: Progress) => {
      progressRef.current = next;
      storage?.write(storageKeys.progress, JSON.stringify(next));
      setState((current) => ({ ...current, progress: next }));
      afterWrite();
    },
    [storage, afterWrite],
  );

  const saveSessions = useCallback(
    (next: SessionHistory) => {
      storage?.write(storageKeys.sessions, JSON.stringify(next));
      setState((current) => ({ ...current, sessions: next }));
      afterWrite();
    },
    [storage, afterWrite],
  );

  const adoptSaved = useCallback((progress: Progress, sessions: SessionHistory) => {
    progressRef.current = progress;
    setState((current) => ({ ...current, progress, sessions }));
  }, []);

  const addNotice = useCallback(
    (notice: string) =>
      setState((current) => ({
        ...current,
        notices: current.notices.includes(notice) ? current.notices : [...current.notices, notice],
      })),
    [],
  );
  const dismissNotice = useCallback(
    (notice: string) =>
      setState((current) => ({
        ...current,
        notices: current.notices.filter((candidate) => candidate !== notice),
      })),
    [],
  );

  const latestProgress = useCallback(() => progressRef.current, []);

  return useMemo(
    () => ({
      ...state,
      saveProgress,
      latestProgress,
      saveSessions,
      adoptSaved,
      addNotice,
      dismissNotice,
    }),
    [state, saveProgress, latestProgress, saveSessions, adoptSaved, addNotice, dismissNotice],
  );
}
