"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { readPlanInputs } from "@/lib/plan/learner-state";
import { buildPlan, type Plan, type PlanCatalog, type PlanState } from "@/lib/plan/schedule";
import {
  doneMap,
  emptyPlan,
  toggleDone,
  withSettings,
  type StoredPlan,
} from "@/lib/plan/stored-plan";
import { storageKeys } from "@/lib/storage/keys";
import { openStorage, type SafeStorage } from "@/lib/storage/safe-storage";

export type PlanData = {
  ready: boolean;
  stored: StoredPlan;
  plan: Plan | null;
  today: string;
  notice: string | null;
  persistent: boolean;
  setSettings: (settings: StoredPlan["settings"]) => void;
  toggle: (step: string) => void;
};

/**
 * The stored loop plan and the schedule built from it, rebuilt whenever a step is ticked so the rest
 * re-balances at once. A plan a newer Leadwise wrote is shown and never written back.
 */
export function usePlan(catalog: PlanCatalog): PlanData {
  const storageRef = useRef<SafeStorage | null>(null);
  const [stored, setStored] = useState<StoredPlan>(emptyPlan);
  const [inputs, setInputs] = useState<Omit<PlanState, "done"> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [persistent, setPersistent] = useState(true);

  useEffect(() => {
    const storage = openStorage();
    storageRef.current = storage;
    const { loaded, state } = readPlanInputs(storage, new Date());
    if (loaded.newer) storage.protect(storageKeys.plan);
    else if (loaded.notice) storage.write(storageKeys.plan, JSON.stringify(loaded.value));
    setStored(loaded.value);
    setInputs(state);
    setNotice(loaded.notice);
    setPersistent(storage.persistent);
  }, []);

  const save = useCallback((next: StoredPlan) => {
    const storage = storageRef.current;
    storage?.write(storageKeys.plan, JSON.stringify(next));
    setStored(next);
    setPersistent(storage?.persistent ?? false);
  }, []);

  const setSettings = useCallback(
    (settings: StoredPlan["settings"]) => save(withSettings(stored, settings)),
    [save, stored],
  );
  const today = inputs?.today ?? "";
  const toggle = useCallback(
    (step: string) => save(toggleDone(stored, step, today)),
    [save, stored, today],
  );

  const plan = useMemo(
    () =>
      inputs && stored.settings
        ? buildPlan(stored.settings, catalog, { ...inputs, done: doneMap(stored) })
        : null,
    [catalog, inputs, stored],
  );

  return useMemo(
    () => ({
      ready: inputs !== null,
      stored,
      plan,
      today,
      notice,
      persistent,
      setSettings,
      toggle,
    }),
    [inputs, stored, plan, today, notice, persistent, setSettings, toggle],
  );
}
