"use client";

import { useCallback, useMemo, useState } from "react";
import { buildExport, parseImport } from "@/lib/learner-export/progress-export";
import {
  emptyProgress,
  emptySessionHistory,
  mergeProgress,
  mergeSessionHistory,
} from "@/lib/practice/progress";
import { storageKeys } from "@/lib/storage/keys";
import type { SafeStorage } from "@/lib/storage/safe-storage";
import { emptyStoryBank, mergeStories } from "@/lib/stories/story";
import { downloadFile, exportDateStamp } from "@/lib/download-file";
import type { LearnerData } from "../../practice/hooks/use-learner-data";
import type { StoriesData } from "../../stories/use-stories";

export type ProgressTransfer = {
  /** What the last export, import or reset did, in the learner's words. */
  status: string;
  exportProgress: () => void;
  importProgress: (file: File) => Promise<void>;
  resetAll: () => void;
};

function importRefusal(storage: SafeStorage | null): string {
  const protectedPart = [storageKeys.progress, storageKeys.sessions, storageKeys.stories].some(
    (key) => storage?.isProtected(key),
  );
  if (protectedPart)
    return "Nothing was imported: the data on this device was saved by a newer version of Leadwise. Reload to get it, then import again.";
  if (!storage?.persistent)
    return "Nothing was imported: this browser is not letting Leadwise save anything (private browsing or blocked storage).";
  return "Nothing was imported: the file and your current progress together need more space than this browser allows Leadwise. Your data is unchanged. Free space by exporting and resetting, or import on another browser.";
}

/** Export, import (merging by most recent review or edit) and reset of everything stored. */
export function useProgressTransfer(learner: LearnerData, stories: StoriesData): ProgressTransfer {
  const [status, setStatus] = useState("");

  const exportProgress = useCallback(() => {
    const data = buildExport(learner.progress, learner.sessions, new Date(), stories.bank);
    downloadFile(
      JSON.stringify(data, null, 2),
      "application/json",
      `leadwise-progress-${exportDateStamp()}.json`,
    );
    setStatus("Your progress was exported as a JSON file.");
  }, [learner.progress, learner.sessions, stories.bank]);

  const importProgress = useCallback(
    async (file: File) => {
      const result = parseImport(await file.text());
      if (!result.ok) return setStatus(result.error);
      const progress = mergeProgress(learner.progress, result.value.progress);
      const sessions = mergeSessionHistory(learner.sessions, result.value.sessions);
      const importedStories = result.value.stories;
      const bank = importedStories ? mergeStories(stories.bank, importedStories) : stories.bank;
      const written = learner.storage?.writeAll([
        [storageKeys.progress, JSON.stringify(progress)],
        [storageKeys.sessions, JSON.stringify(sessions)],
        ...(importedStories ? ([[storageKeys.stories, JSON.stringify(bank)]] as const) : []),
      ]);
      if (!written) return setStatus(importRefusal(learner.storage));
      learner.adoptSaved(progress, sessions);
      stories.adoptSaved(bank);
      const storyCount = importedStories?.stories.length ?? 0;
      setStatus(
        `Imported ${Object.keys(result.value.progress.records).length} question records and ${storyCount} ${storyCount === 1 ? "story" : "stories"}; ` +
          "for each question the more recent review was kept, and for each story the more recent edit.",
      );
    },
    [learner, stories],
  );

  const resetAll = useCallback(() => {
    learner.saveProgress(emptyProgress());
    learner.saveSessions(emptySessionHistory());
    learner.storage?.remove(storageKeys.activeSession);
    stories.save(emptyStoryBank());
    setStatus("All progress on this device was deleted.");
  }, [learner, stories]);

  return useMemo(
    () => ({ status, exportProgress, importProgress, resetAll }),
    [status, exportProgress, importProgress, resetAll],
  );
}
