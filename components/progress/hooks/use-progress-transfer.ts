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
import { loadPlan, mergePlans } from "@/lib/plan/stored-plan";
import { emptyNotebook, mergeNotebooks } from "@/lib/notebook/notebook";
import { downloadFile, exportDateStamp } from "@/lib/download-file";
import type { LearnerData } from "../../practice/hooks/use-learner-data";
import type { StoriesData } from "../../stories/use-stories";
import type { NotebookData } from "../../notebook/use-notebook";

export type ProgressTransfer = {
  /** What the last export, import or reset did, in the learner's words. */
  status: string;
  exportProgress: () => void;
  importProgress: (file: File) => Promise<void>;
  resetAll: () => void;
};

function importRefusal(storage: SafeStorage | null): string {
  const protectedPart = [
    storageKeys.progress,
    storageKeys.sessions,
    storageKeys.stories,
    storageKeys.plan,
    storageKeys.notebook,
  ].some((key) => storage?.isProtected(key));
  if (protectedPart)
    return "Nothing was imported: the data on this device was saved by a newer version of Leadwise. Reload to get it, then import again.";
  if (!storage?.persistent)
    return "Nothing was imported: this browser is not letting Leadwise save anything (private browsing or blocked storage).";
  return "Nothing was imported: the file and your current progress together need more space than this browser allows Leadwise. Your data is unchanged. Free space by exporting and resetting, or import on another browser.";
}

/** Export, import (merging by most recent review or edit) and reset of everything stored. */
export function useProgressTransfer(
  learner: LearnerData,
  stories: StoriesData,
  notebook: NotebookData,
): ProgressTransfer {
  const [status, setStatus] = useState("");

  // The plan is read when needed: its page owns it, and this page only carries it in the file.
  const storedPlan = useCallback(
    () => loadPlan(learner.storage?.read(storageKeys.plan) ?? null).value,
    [learner.storage],
  );

  const exportProgress = useCallback(() => {
    const data = buildExport(
      learner.progress,
      learner.sessions,
      new Date(),
      stories.bank,
      storedPlan(),
      // An empty notebook is left out, so the file stays what older versions wrote.
      Object.keys(notebook.notebook.entries).length > 0 ? notebook.notebook : undefined,
    );
    downloadFile(
      JSON.stringify(data, null, 2),
      "application/json",
      `leadwise-progress-${exportDateStamp()}.json`,
    );
    setStatus("Your progress was exported as a JSON file.");
  }, [learner.progress, learner.sessions, stories.bank, storedPlan, notebook.notebook]);

  const importProgress = useCallback(
    async (file: File) => {
      const result = parseImport(await file.text());
      if (!result.ok) return setStatus(result.error);
      const progress = mergeProgress(learner.progress, result.value.progress);
      const sessions = mergeSessionHistory(learner.sessions, result.value.sessions);
      const importedStories = result.value.stories;
      const bank = importedStories ? mergeStories(stories.bank, importedStories) : stories.bank;
      const importedPlan = result.value.plan;
      const plan = importedPlan ? mergePlans(storedPlan(), importedPlan) : null;
      const importedAnswers = result.value.notebook;
      const answers = importedAnswers
        ? mergeNotebooks(notebook.notebook, importedAnswers)
        : notebook.notebook;
      const written = learner.storage?.writeAll([
        [storageKeys.progress, JSON.stringify(progress)],
        [storageKeys.sessions, JSON.stringify(sessions)],
        ...(importedStories ? ([[storageKeys.stories, JSON.stringify(bank)]] as const) : []),
        ...(plan ? ([[storageKeys.plan, JSON.stringify(plan)]] as const) : []),
        ...(importedAnswers ? ([[storageKeys.notebook, JSON.stringify(answers)]] as const) : []),
      ]);
      if (!written) return setStatus(importRefusal(learner.storage));
      learner.adoptSaved(progress, sessions);
      stories.adoptSaved(bank);
      notebook.adoptSaved(answers);
      const storyCount = importedStories?.stories.length ?? 0;
      const answerCount = Object.keys(importedAnswers?.entries ?? {}).length;
      const answersPart =
        answerCount > 0
          ? `, and answers to ${answerCount} ${answerCount === 1 ? "question" : "questions"}`
          : "";
      setStatus(
        `Imported ${Object.keys(result.value.progress.records).length} question records and ${storyCount} ${storyCount === 1 ? "story" : "stories"}${answersPart}; ` +
          "for each question the more recent review was kept, and for each story the more recent edit." +
          (answerCount > 0 ? " Every attempt at an answer was kept." : ""),
      );
    },
    [learner, stories, notebook, storedPlan],
  );

  const resetAll = useCallback(() => {
    learner.saveProgress(emptyProgress());
    learner.saveSessions(emptySessionHistory());
    learner.storage?.remove(storageKeys.activeSession);
    stories.save(emptyStoryBank());
    learner.storage?.remove(storageKeys.plan);
    notebook.update(() => emptyNotebook());
    setStatus("All progress on this device was deleted.");
  }, [learner, stories, notebook]);

  return useMemo(
    () => ({ status, exportProgress, importProgress, resetAll }),
    [status, exportProgress, importProgress, resetAll],
  );
}
