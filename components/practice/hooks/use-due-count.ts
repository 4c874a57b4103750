"use client";

import { useMemo } from "react";
import type { PracticeManifest } from "@/lib/practice/bank-types";
import type { Progress } from "@/lib/practice/progress";
import { summarizeProgress } from "@/lib/practice/progress-summary";

/** How many questions are due: the same summary as the home page's and /progress's figure. */
export function useDueCount(progress: Progress, manifest: PracticeManifest | null): number {
  return useMemo(
    () =>
      manifest
        ? summarizeProgress({ records: progress.records, manifest, now: new Date() }).due
        : 0,
    [progress, manifest],
  );
}
