"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { fetchItems } from "@/lib/practice/bank-client";
import type { PracticeItem, PracticeManifest, QuestionItem } from "@/lib/practice/bank-types";
import {
  defaultConfig,
  parsePracticeQuery,
  practiceQueryString,
  type PracticeConfig,
} from "@/lib/practice/config";
import { dueIds } from "@/lib/practice/progress";
import { startSession, type SessionState } from "@/lib/practice/runner";
import { newSeed } from "@/lib/practice/seeded";
import { buildSession } from "@/lib/practice/session";
import type { ActiveSession } from "./use-active-session";
import type { LearnerData } from "./use-learner-data";

export type SessionLauncher = {
  /** Set items loaded for the session (or the interviewer's sheet). */
  items: ReadonlyMap<string, PracticeItem>;
  loadError: string | null;
  /** Parts of the link that were not understood and were dropped. */
  ignored: string[];
  emptyHint: string | null;
  initialConfig: PracticeConfig;
  resumable: SessionState | null;
  interviewerItems: QuestionItem[] | null;
  dueCount: number;
  startFromConfig: (config: PracticeConfig) => Promise<void>;
  resume: () => Promise<void>;
  discardResumable: () => void;
  newSet: () => void;
};

const bankFailed =
  "The question bank could not be loaded. Check your connection and reload the page.";
const itemsFailed = "Some questions could not be loaded. Check your connection and try again.";

/** Everything that starts a session: the link on arrival, the launcher's form, resuming, a new set. */
export function useSessionLauncher(
  manifest: PracticeManifest | null,
  manifestFailed: boolean,
  learner: LearnerData,
  active: ActiveSession,
): SessionLauncher {
  const { ready, progress, latestProgress } = learner;
  const { dispatch, readStored, discardStored } = active;
  const [items, setItems] = useState<ReadonlyMap<string, PracticeItem>>(new Map());
  const [itemsError, setItemsError] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [emptyHint, setEmptyHint] = useState<string | null>(null);
  const [initialConfig, setInitialConfig] = useState<PracticeConfig>(defaultConfig);
  const [resumable, setResumable] = useState<SessionState | null>(null);
  const [interviewerItems, setInterviewerItems] = useState<QuestionItem[] | null>(null);

  const knownIds = useMemo(() => new Set(manifest?.items.map((item) => item.id) ?? []), [manifest]);
  const dueCount = useMemo(
    () => (ready ? dueIds(progress, new Date(), knownIds).length : 0),
    [ready, progress, knownIds],
  );

  const begin = useCallback(
    async (state: SessionState) => {
      if (!manifest) return;
      try {
        setItems(await fetchItems(manifest, state.itemIds));
      } catch {
        setItemsError(itemsFailed);
        return;
      }
      window.history.replaceState(null, "", `/practice?${state.query}`);
      dispatch({ type: "load", state });
      setResumable(null);
    },
    [manifest, dispatch],
  );

  const showInterviewerSheet = useCallback(
    async (itemIds: string[], query: string) => {
      if (!manifest) return;
      // The interviewer's sheet is read-only: no session, nothing stored.
      const loaded = await fetchItems(manifest, itemIds).catch(() => null);
      if (!loaded) return setItemsError(itemsFailed);
      window.history.replaceState(null, "", `/practice?${query}`);
      setInterviewerItems(
        itemIds.flatMap((id) => {
          const item = loaded.get(id);
          return item?.kind === "question" ? [item] : [];
        }),
      );
    },
    [manifest],
  );

  const startWith = useCallback(
    async (config: PracticeConfig, stored: SessionState | null) => {
      if (!manifest) return;
      const seed = config.seed ?? newSeed();
      // The latest progress, not the rendered one: starting must not depend on every grade.
      const due = config.review ? dueIds(latestProgress(), new Date(), knownIds) : [];
      const { itemIds } = buildSession(manifest, { ...config, seed }, due);
      if (itemIds.length === 0) {
        setEmptyHint(
          config.review
            ? "Nothing is due for review right now. Practise a new set instead."
            : "No question matches that set. Choose different filters.",
        );
        setInitialConfig({ ...config, seed: null });
        return;
      }
      const query = practiceQueryString({ ...config, seed });
      if (config.view === "interviewer") return showInterviewerSheet(itemIds, query);
      // Reloading mid-session lands on the same link: pick up where it was left.
      if (stored && stored.query === query) return begin(stored);
      const id = seed + Date.now().toString(36);
      return begin(startSession(id, config, query, itemIds, new Date()));
    },
    [manifest, latestProgress, knownIds, begin, showInterviewerSheet],
  );

  // Once the bank and the learner's data are in: read the link and decide what to show. Every
  // dependency is stable from then on, so this runs once.
  useEffect(() => {
    if (!manifest || !ready) return;
    const { config, ignored: dropped } = parsePracticeQuery(window.location.search, {
      skills: manifest.guides.map((guide) => guide.slug),
      roles: manifest.roles.map((role) => role.slug),
      tags: manifest.tags,
      ids: manifest.items.map((item) => item.id),
    });
    setIgnored(dropped);
    setInitialConfig(config);
    const stored = readStored();
    if (config.seed || config.ids.length > 0 || config.review) void startWith(config, stored);
    else if (stored) setResumable(stored);
  }, [manifest, ready, readStored, startWith]);

  const startFromConfig = useCallback(
    (config: PracticeConfig) => startWith({ ...config, seed: null }, null),
    [startWith],
  );
  const resume = useCallback(async () => {
    if (resumable) await begin(resumable);
  }, [resumable, begin]);
  const discardResumable = useCallback(() => {
    discardStored();
    setResumable(null);
  }, [discardStored]);
  const newSet = useCallback(() => {
    dispatch({ type: "load", state: null });
    setInitialConfig({ ...defaultConfig });
    window.history.replaceState(null, "", "/practice");
  }, [dispatch]);

  const loadError = manifestFailed ? bankFailed : itemsError;
  return useMemo(
    () => ({
      items,
      loadError,
      ignored,
      emptyHint,
      initialConfig,
      resumable,
      interviewerItems,
      dueCount,
      startFromConfig,
      resume,
      discardResumable,
      newSet,
    }),
    [
      items,
      loadError,
      ignored,
      emptyHint,
      initialConfig,
      resumable,
      interviewerItems,
      dueCount,
      startFromConfig,
      resume,
      discardResumable,
      newSet,
    ],
  );
}
