"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { useEffect, useMemo, useRef, useState } from "react";
import { manifestPath, type PracticeManifest } from "@/lib/practice/bank-types";
import { practiceModeLabels } from "@/lib/practice/config";
import {
  dueIds,
  emptyProgress,
  emptySessionHistory,
  masteryBySkill,
  mergeProgress,
  mergeSessionHistory,
  reviewsPerDay,
} from "@/lib/practice/progress";
import { buildExport, parseImport } from "@/lib/learner-export/progress-export";
import { storageKeys } from "@/lib/storage/keys";
import type { SafeStorage } from "@/lib/storage/safe-storage";
import { emptyStoryBank, mergeStories } from "@/lib/stories/story";
import { Notices } from "../practice/notices";
import { useLearnerData } from "../practice/use-learner-data";
import { useStories } from "../stories/use-stories";
import { MasteryTable } from "./mastery-table";
import { ReviewsChart } from "./reviews-chart";
import { downloadFile, exportDateStamp } from "@/lib/download-file";

const buttonClass =
  "inline-flex min-h-11 items-center rounded-md border border-border px-4 font-semibold text-fg no-underline hover:bg-surface";

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

export function ProgressDashboard() {
  const learner = useLearnerData();
  const stories = useStories();
  const [manifest, setManifest] = useState<PracticeManifest | null>(null);
  const [status, setStatus] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmDialog = useRef<HTMLDialogElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus when the dialog opens (autoFocus only applies at first render).
  const openResetDialog = () => {
    confirmDialog.current?.showModal();
    keepButton.current?.focus();
  };

  useEffect(() => {
    fetch(manifestPath)
      .then((response) =>
        response.ok
          ? (response.json() as Promise<PracticeManifest>)
          : Promise.reject(new Error(String(response.status))),
      )
      .then(setManifest, () =>
        setStatus(
          "The question bank could not be loaded, so mastery by skill is not shown. Reload to try again.",
        ),
      );
  }, []);

  const now = useMemo(() => new Date(), []);
  const knownIds = useMemo(() => new Set(manifest?.items.map((item) => item.id) ?? []), [manifest]);
  const due = learner.ready && manifest ? dueIds(learner.progress, now, knownIds).length : 0;
  const mastery = manifest ? masteryBySkill(learner.progress, manifest, now) : [];
  const days = reviewsPerDay(learner.progress, 30, now);
  const practisedCount = Object.keys(learner.progress.records).length;

  const exportProgress = () => {
    downloadFile(
      JSON.stringify(
        buildExport(learner.progress, learner.sessions, new Date(), stories.bank),
        null,
        2,
      ),
      "application/json",
      `leadwise-progress-${exportDateStamp()}.json`,
    );
    setStatus("Your progress was exported as a JSON file.");
  };

  const importProgress = async (file: File) => {
    const result = parseImport(await file.text());
    if (!result.ok) {
      setStatus(result.error);
      return;
    }
    const progress = mergeProgress(learner.progress, result.value.progress);
    const sessions = mergeSessionHistory(learner.sessions, result.value.sessions);
    const importedStories = result.value.stories;
    const bank = importedStories ? mergeStories(stories.bank, importedStories) : stories.bank;
    const written = learner.storage?.writeAll([
      [storageKeys.progress, JSON.stringify(progress)],
      [storageKeys.sessions, JSON.stringify(sessions)],
      ...(importedStories ? ([[storageKeys.stories, JSON.stringify(bank)]] as const) : []),
    ]);
    if (!written) {
      setStatus(importRefusal(learner.storage));
      return;
    }
    learner.adoptSaved(progress, sessions);
    stories.adoptSaved(bank);
    const storyCount = importedStories?.stories.length ?? 0;
    setStatus(
      `Imported ${Object.keys(result.value.progress.records).length} question records and ${storyCount} ${storyCount === 1 ? "story" : "stories"}; ` +
        "for each question the more recent review was kept, and for each story the more recent edit.",
    );
  };

  const reset = () => {
    learner.saveProgress(emptyProgress());
    learner.saveSessions(emptySessionHistory());
    learner.storage?.remove(storageKeys.activeSession);
    stories.save(emptyStoryBank());
    confirmDialog.current?.close();
    setStatus("All progress on this device was deleted.");
  };

  if (!learner.ready || !stories.ready) return <p className="text-muted">Loading your progress…</p>;

  return (
    <div className="space-y-10">
      <Notices
        notices={stories.notice ? [...learner.notices, stories.notice] : learner.notices}
        onDismiss={(notice) =>
          notice === stories.notice ? stories.dismissNotice() : learner.dismissNotice(notice)
        }
      />
      <p
        role="status"
        aria-live="polite"
        className={status ? "rounded-md border border-border bg-surface p-3" : "sr-only"}
      >
        {status}
      </p>

      <section aria-labelledby="due-heading" className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-border p-4">
          <h2 id="due-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
            Due for review
          </h2>
          <p className="text-4xl font-bold">{due}</p>
          {due > 0 ? (
            <a href="/practice?review=due" className="mt-2 inline-block font-semibold">
              Start the review →
            </a>
          ) : (
            <p className="text-sm text-muted">Nothing due right now.</p>
          )}
        </div>
        <div className="rounded-lg border border-border p-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">
            Questions practised
          </h2>
          <p className="text-4xl font-bold">{practisedCount}</p>
        </div>
        <div className="rounded-lg border border-border p-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">
            Sessions finished
          </h2>
          <p className="text-4xl font-bold">{learner.sessions.sessions.length}</p>
        </div>
      </section>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading" className="mb-3 text-2xl font-semibold">
          Reviews over time
        </h2>
        <ReviewsChart days={days} />
      </section>

      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading" className="mb-3 text-2xl font-semibold">
          Mastery by skill
        </h2>
        <p className="mb-3 text-sm text-muted">
          Mastered means your last grade on a question was Good or Easy.
        </p>
        <MasteryTable mastery={mastery} />
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-3 text-2xl font-semibold">
          Recent sessions
        </h2>
        {learner.sessions.sessions.length === 0 ? (
          <p className="text-muted">
            No finished sessions yet. <a href="/practice">Start one</a>.
          </p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border">
            {learner.sessions.sessions.slice(0, 10).map((session) => (
              <li key={session.id} className="p-3">
                <span className="font-semibold">{practiceModeLabels[session.mode]}</span> ·{" "}
                {new Date(session.finishedAt).toLocaleString()} · {session.answered} of{" "}
                {session.total} answered
                {session.correct !== null ? ` · ${session.correct} correct` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading" className="mb-2 text-2xl font-semibold">
          Your data
        </h2>
        <p className="mb-4 max-w-2xl text-muted">
          Progress and your <a href="/stories">story bank</a> live only in this browser. Export them
          to move them to another device or keep a copy; importing merges, keeping the more recent
          review of each question and the more recent edit of each story.
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className={buttonClass} onClick={exportProgress}>
            Export progress
          </button>
          <button type="button" className={buttonClass} onClick={() => fileInput.current?.click()}>
            Import progress
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            tabIndex={-1}
            aria-label="Progress file to import"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importProgress(file);
              event.target.value = "";
            }}
          />
          <button
            type="button"
            className={`${buttonClass} border-bad text-bad`}
            onClick={() => openResetDialog()}
          >
            Reset progress…
          </button>
        </div>
      </section>

      <dialog
        ref={confirmDialog}
        aria-labelledby="reset-title"
        className="m-auto max-w-md rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
      >
        <h2 id="reset-title" className="mb-2 text-xl font-semibold">
          Delete all progress?
        </h2>
        <p className="mb-4">
          This deletes every grade, review date, session and story on this device. Export first if
          you might want it back.
        </p>
        <div className="flex gap-3">
          <button
            type="button"
            className="min-h-11 rounded-md bg-bad px-4 font-semibold text-bg"
            onClick={reset}
          >
            Delete everything
          </button>
          <button
            ref={keepButton}
            type="button"
            className={buttonClass}
            onClick={() => confirmDialog.current?.close()}
          >
            Keep my progress
          </button>
        </div>
      </dialog>
    </div>
  );
}
