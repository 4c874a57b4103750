"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadProgress, loadSessionHistory, type Progress, type SessionHistory } from "@/lib/practice/progress";
import { openStorage, type SafeStorage } from "@/lib/practice/storage";
import { storageKeys } from "@/lib/practice/storage-keys";

export type LearnerData = {
  ready: boolean;
  progress: Progress;
  sessions: SessionHistory;
  persistent: boolean;
  notices: string[];
  storage: SafeStorage | null;
  saveProgress(next: Progress): void;
  saveSessions(next: SessionHistory): void;
  addNotice(notice: string): void;
  dismissNotice(notice: string): void;
};

const unavailableNotice =
  "Your browser is not letting Leadwise save anything (private browsing, blocked storage or a full quota). You can practise as normal; progress from this visit will not be kept.";

/** Loads each stored part on its own, collecting a notice for any part that had to be migrated or reset. */
export function useLearnerData(): LearnerData {
  const storageRef = useRef<SafeStorage | null>(null);
  const [state, setState] = useState<{ ready: boolean; progress: Progress; sessions: SessionHistory; persistent: boolean; notices: string[] }>({
    ready: false,
    progress: { version: 2, records: {} },
    sessions: { version: 1, sessions: [] },
    persistent: true,
    notices: [],
  });

  useEffect(() => {
    const storage = openStorage();
    storageRef.current = storage;
    const progress = loadProgress(storage.read(storageKeys.progress));
    const sessions = loadSessionHistory(storage.read(storageKeys.sessions));
    // A part that was migrated or reset is written back at once, so the notice shows only once.
    if (progress.notice) storage.write(storageKeys.progress, JSON.stringify(progress.value));
    if (sessions.notice) storage.write(storageKeys.sessions, JSON.stringify(sessions.value));
    const notices = [progress.notice, sessions.notice, storage.persistent ? null : unavailableNotice].filter((notice): notice is string => notice !== null);
    setState({ ready: true, progress: progress.value, sessions: sessions.value, persistent: storage.persistent, notices });
  }, []);

  const afterWrite = useCallback(() => {
    const storage = storageRef.current;
    if (!storage || storage.persistent) return;
    setState((current) => ({ ...current, persistent: false, notices: current.notices.includes(unavailableNotice) ? current.notices : [...current.notices, unavailableNotice] }));
  }, []);

  const saveProgress = useCallback(
    (next: Progress) => {
      storageRef.current?.write(storageKeys.progress, JSON.stringify(next));
      setState((current) => ({ ...current, progress: next }));
      afterWrite();
    },
    [afterWrite],
  );

  const saveSessions = useCallback(
    (next: SessionHistory) => {
      storageRef.current?.write(storageKeys.sessions, JSON.stringify(next));
      setState((current) => ({ ...current, sessions: next }));
      afterWrite();
    },
    [afterWrite],
  );

  const addNotice = useCallback((notice: string) => setState((current) => ({ ...current, notices: current.notices.includes(notice) ? current.notices : [...current.notices, notice] })), []);
  const dismissNotice = useCallback((notice: string) => setState((current) => ({ ...current, notices: current.notices.filter((candidate) => candidate !== notice) })), []);

  return { ...state, storage: storageRef.current, saveProgress, saveSessions, addNotice, dismissNotice };
}
