"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { openStorage, type SafeStorage } from "@/lib/storage/safe-storage";
import { storageKeys } from "@/lib/storage/keys";
import { emptyStoryBank, loadStories, type StoryBank } from "@/lib/stories/story";

export type StoriesData = {
  ready: boolean;
  bank: StoryBank;
  /** False when the browser will not keep what is saved (private mode, blocked storage, full quota). */
  persistent: boolean;
  /** Set when stored stories had to be dropped or reset on load. */
  notice: string | null;
  save: (next: StoryBank) => void;
  /** Shows a bank that was already written (an import's one all-or-nothing write). */
  adoptSaved: (next: StoryBank) => void;
  dismissNotice: () => void;
};

/**
 * The learner's story bank from localStorage, validated story by story. `readOnly` callers (the
 * picker inside the runner) never write: a repair is written back only where the learner manages
 * the bank, so they see the notice there rather than losing it in the middle of a session.
 */
export function useStories({ readOnly = false }: { readOnly?: boolean } = {}): StoriesData {
  const storageRef = useRef<SafeStorage | null>(null);
  const [state, setState] = useState<{
    ready: boolean;
    bank: StoryBank;
    persistent: boolean;
    notice: string | null;
  }>({
    ready: false,
    bank: emptyStoryBank(),
    persistent: true,
    notice: null,
  });

  useEffect(() => {
    const storage = openStorage();
    storageRef.current = storage;
    const loaded = loadStories(storage.read(storageKeys.stories));
    // A bank a newer Leadwise wrote is never overwritten; a repaired one is written back at once,
    // like the other parts, so the notice shows only once.
    if (loaded.newer) storage.protect(storageKeys.stories);
    else if (loaded.notice && !readOnly)
      storage.write(storageKeys.stories, JSON.stringify(loaded.value));
    setState({
      ready: true,
      bank: loaded.value,
      persistent: storage.persistent,
      notice: loaded.notice,
    });
  }, [readOnly]);

  const save = useCallback((next: StoryBank) => {
    const storage = storageRef.current;
    storage?.write(storageKeys.stories, JSON.stringify(next));
    setState((current) => ({ ...current, bank: next, persistent: storage?.persistent ?? false }));
  }, []);

  const adoptSaved = useCallback(
    (next: StoryBank) => setState((current) => ({ ...current, bank: next })),
    [],
  );

  const dismissNotice = useCallback(
    () => setState((current) => ({ ...current, notice: null })),
    [],
  );

  return { ...state, save, adoptSaved, dismissNotice };
}
