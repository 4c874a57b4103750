"use client";

import { useMemo } from "react";
import type { PracticeManifest } from "@/lib/practice/bank-types";
import { reviewsPerDay, type Progress, type SessionHistory } from "@/lib/practice/progress";
import { summarizeProgress, type ProgressFigures } from "@/lib/practice/progress-summary";

/**
 * What the dashboard shows, as of when the page opened. Every figure comes from summarizeProgress,
 * the same function the home page and the practice page use; null until the manifest (which says
 * which ids are still in the library) is in.
 */
export function useProgressFigures(
  progress: Progress,
  sessions: SessionHistory,
  manifest: PracticeManifest | null,
): { summary: ProgressFigures | null; days: { date: string; count: number }[] } {
  const now = useMemo(() => new Date(), []);
  return useMemo(
    () => ({
      summary: manifest
        ? summarizeProgress({
            records: progress.records,
            manifest,
            sessions: sessions.sessions,
            now,
          })
        : null,
      days: reviewsPerDay(progress, 30, now),
    }),
    [progress, sessions, manifest, now],
  );
}
