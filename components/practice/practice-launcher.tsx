"use client";

import { useId, useState, type ReactNode } from "react";
import type { PracticeManifest } from "@/lib/practice/bank-types";
import { countLimits, practiceModeLabels, type PracticeConfig } from "@/lib/practice/config";
import { matchingItems } from "@/lib/practice/session";
import { DueReviewBanner } from "./due-review-banner";
import { ModePicker } from "./mode-picker";
import { SetFilters } from "./set-filters";

const timeChoices = [60, 120, 180, 300, 600];

type Props = {
  manifest: PracticeManifest;
  initial: PracticeConfig;
  dueCount: number;
  resume: ReactNode;
  onStart: (config: PracticeConfig) => void;
  onReviewDue: () => void;
};

/** Choose a practice set: mode, filters and size; or resume, or review what is due. */
export function PracticeLauncher({
  manifest,
  initial,
  dueCount,
  resume,
  onStart,
  onReviewDue,
}: Props) {
  const [config, setConfig] = useState<PracticeConfig>({ ...initial, ids: [], review: false });
  const countId = useId();
  const timeId = useId();
  const update = (change: Partial<PracticeConfig>) =>
    setConfig((current) => ({ ...current, ...change }));
  const available = matchingItems(manifest, config).length;
  const planned = Math.min(available, config.count);

  return (
    <div className="space-y-8">
      {resume}
      <DueReviewBanner dueCount={dueCount} onReviewDue={onReviewDue} />

      <form
        aria-label="Choose a practice set"
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          if (available > 0) onStart(config);
        }}
      >
        <ModePicker selected={config.mode} onChange={(mode) => update({ mode })} />

        <SetFilters manifest={manifest} config={config} update={update} />

        <div className="flex flex-wrap items-end gap-6">
          <div>
            <label htmlFor={countId} className="block font-semibold">
              Questions
            </label>
            <input
              id={countId}
              type="number"
              inputMode="numeric"
              min={countLimits.min}
              max={countLimits.max}
              value={config.count}
              onChange={(event) =>
                update({
                  count: Math.min(
                    countLimits.max,
                    Math.max(countLimits.min, Number(event.target.value) || countLimits.min),
                  ),
                })
              }
              className="mt-1 min-h-11 w-24 rounded-md border border-border bg-bg px-3 text-fg"
            />
          </div>
          {config.mode === "mock" ? (
            <div>
              <label htmlFor={timeId} className="block font-semibold">
                Time per question
              </label>
              <select
                id={timeId}
                value={config.seconds}
                onChange={(event) => update({ seconds: Number(event.target.value) })}
                className="mt-1 min-h-11 rounded-md border border-border bg-bg px-3 text-fg"
              >
                {timeChoices.map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {seconds / 60} min
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <p aria-live="polite" className="min-h-11 flex-1 self-center text-sm text-muted">
            {available === 0
              ? "No question matches every filter. Remove one to widen the set."
              : `${available} match${available === 1 ? "es" : ""}; this set takes ${planned}. Leave skills and roles empty to draw from the whole library.`}
          </p>
          <button
            id="practice-start"
            type="submit"
            disabled={available === 0}
            className="min-h-11 rounded-md bg-accent px-6 font-semibold text-accent-fg disabled:opacity-60"
          >
            Start {practiceModeLabels[config.mode].toLowerCase()}
          </button>
        </div>
      </form>
    </div>
  );
}
