"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { emptyNotebook, loadNotebook, newAttemptId, type Notebook } from "@/lib/notebook/notebook";
import { openStorage, type SafeStorage } from "@/lib/storage/safe-storage";
import { storageKeys } from "@/lib/storage/keys";

export type NotebookData = {
  ready: boolean;
  notebook: Notebook;
  /** False when the browser will not keep what is saved (private mode, blocked storage, full quota). */
  persistent: boolean;
  /** Set when stored answers had to be dropped or reset on load, or a newer version wrote them. */
  notice: string | null;
  /** This page visit's attempt: what the candidate types now is saved under it. */
  attemptId: string;
  /** Starts a fresh attempt (a restore does, so the text it replaces stays in the history). */
  nextAttempt: () => string;
  /** Applies a change to the latest notebook and saves it. */
  update: (change: (current: Notebook) => Notebook) => void;
  /** Shows a notebook that was already written (an import's one all-or-nothing write). */
  adoptSaved: (next: Notebook) => void;
  dismissNotice: () => void;
  storage: SafeStorage | null;
};

/** The answer notebook from localStorage, validated attempt by attempt. */
export function useNotebook(): NotebookData {
  const storageRef = useRef<SafeStorage | null>(null);
  const latest = useRef<Notebook>(emptyNotebook());
  const [attemptId, setAttemptId] = useState(() => newAttemptId(new Date()));
  const nextAttempt = useCallback(() => {
    const id = newAttemptId(new Date());
    setAttemptId(id);
    return id;
  }, []);
  const [state, setState] = useState<{
    ready: boolean;
    notebook: Notebook;
    persistent: boolean;
    notice: string | null;
    storage: SafeStorage | null;
  }>({ ready: false, notebook: emptyNotebook(), persistent: true, notice: null, storage: null });

  useEffect(() => {
    const storage = openStorage();
    storageRef.current = storage;
    const loaded = loadNotebook(storage.read(storageKeys.notebook));
    // A notebook a newer Leadwise wrote is never overwritten; a repaired one is written back at once.
    if (loaded.newer) storage.protect(storageKeys.notebook);
    else if (loaded.notice) storage.write(storageKeys.notebook, JSON.stringify(loaded.value));
    latest.current = loaded.value;
    setState({
      ready: true,
      notebook: loaded.value,
      persistent: storage.persistent,
      notice: loaded.notice,
      storage,
    });
  }, []);

  const update = useCallback((change: (current: Notebook) => Notebook) => {
    const next = change(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    const storage = storageRef.current;
    storage?.write(storageKeys.notebook, JSON.stringify(next));
    setState((current) => ({
      ...current,
      notebook: next,
      persistent: storage?.persistent ?? false,
    }));
  }, []);

  const adoptSaved = useCallback((next: Notebook) => {
    latest.current = next;
    setState((current) => ({ ...current, notebook: next }));
  }, []);

  const dismissNotice = useCallback(
    () => setState((current) => ({ ...current, notice: null })),
    [],
  );

  return useMemo(
    () => ({ ...state, attemptId, nextAttempt, update, adoptSaved, dismissNotice }),
    [state, attemptId, nextAttempt, update, adoptSaved, dismissNotice],
  );
}
