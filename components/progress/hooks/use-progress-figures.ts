"use client";

import { useMemo } from "react";
import type { PracticeManifest } from "@/lib/practice/bank-types";
import { dueIds, masteryBySkill, reviewsPerDay, type Progress } from "@/lib/practice/progress";

/** What the dashboard shows, computed from the stored progress as of when the page opened. */
export function useProgressFigures(progress: Progress, manifest: PracticeManifest | null) {
  const now = useMemo(() => new Date(), []);
  return useMemo(() => {
    const knownIds = new Set(manifest?.items.map((item) => item.id) ?? []);
    return {
      due: manifest ? dueIds(progress, now, knownIds).length : 0,
      mastery: manifest ? masteryBySkill(progress, manifest, now) : [],
      days: reviewsPerDay(progress, 30, now),
      practised: Object.keys(progress.records).length,
    };
  }, [progress, manifest, now]);
}
