"use client";

import { useId, useState, type ReactNode } from "react";
import type { PracticeManifest } from "@/lib/practice/bank-types";
import {
  countLimits,
  practiceModeLabels,
  practiceModes,
  type PracticeConfig,
  type PracticeMode,
} from "@/lib/practice/config";
import { matchingItems } from "@/lib/practice/session";
import { difficulties, questionTypes } from "@/lib/content/vocabulary";

const modeDescriptions: Record<PracticeMode, string> = {
  flashcards: "Answer, reveal the strong answer, tick the signals you hit and grade yourself.",
  quiz: "Multiple choice on the concepts, with feedback and an explanation for every option.",
  mock: "A timed round: the interviewer presses with follow-ups; review each answer against its signals at the end.",
  spot: "Read an answer a candidate gave and pick out what an interviewer would mark down.",
};

const typeLabels: Record<string, string> = {
  behavioral: "Behavioral",
  situational: "Situational",
  technical: "Technical",
  "system-design": "System design",
};
const timeChoices = [60, 120, 180, 300, 600];

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];
}

function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  columns = "sm:grid-cols-2",
}: {
  legend: string;
  options: { value: T; label: string }[];
  selected: T[];
  onChange: (next: T[]) => void;
  columns?: string;
}) {
  return (
    <fieldset className="rounded-lg border border-border p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      <div className={`grid gap-1 ${columns}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded px-2 hover:bg-surface"
          >
            <input
              type="checkbox"
              className="size-4 accent-[var(--accent)]"
              checked={selected.includes(option.value)}
              onChange={() => onChange(toggle(selected, option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type Props = {
  manifest: PracticeManifest;
  initial: PracticeConfig;
  dueCount: number;
  resume: ReactNode;
  onStart: (config: PracticeConfig) => void;
  onReviewDue: () => void;
};

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
      {dueCount > 0 ? (
        <section
          aria-labelledby="due-heading"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-accent bg-accent-soft p-4"
        >
          <div>
            <h2 id="due-heading" className="font-semibold">
              {dueCount} question{dueCount === 1 ? "" : "s"} due for review
            </h2>
            <p className="text-sm">
              Spaced review brings back what you graded, just before you would forget it.
            </p>
          </div>
          <button
            type="button"
            onClick={onReviewDue}
            className="min-h-11 rounded-md bg-accent px-4 font-semibold text-accent-fg"
          >
            Review {dueCount} due
          </button>
        </section>
      ) : null}

      <form
        aria-label="Choose a practice set"
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          if (available > 0) onStart(config);
        }}
      >
        <fieldset className="rounded-lg border border-border p-4">
          <legend className="px-1 font-semibold">Mode</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {practiceModes.map((mode) => (
              <label
                key={mode}
                className="flex cursor-pointer gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
              >
                <input
                  type="radio"
                  name="mode"
                  value={mode}
                  className="mt-1 size-4 accent-[var(--accent)]"
                  checked={config.mode === mode}
                  onChange={() => update({ mode })}
                />
                <span>
                  <span className="block font-semibold">{practiceModeLabels[mode]}</span>
                  <span className="block text-sm text-muted">{modeDescriptions[mode]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="grid gap-6 lg:grid-cols-2">
          <CheckboxGroup
            legend="Skills"
            options={manifest.guides.map((guide) => ({ value: guide.slug, label: guide.title }))}
            selected={config.skills}
            onChange={(skills) => update({ skills })}
          />
          <div className="space-y-6">
            <CheckboxGroup
              legend="Roles"
              options={manifest.roles.map((role) => ({ value: role.slug, label: role.title }))}
              selected={config.roles}
              onChange={(roles) => update({ roles })}
            />
            <CheckboxGroup
              legend="Difficulty"
              columns="grid-cols-3"
              options={difficulties.map((value) => ({
                value,
                label: value[0]?.toUpperCase() + value.slice(1),
              }))}
              selected={config.difficulties}
              onChange={(difficulties) => update({ difficulties })}
            />
            {config.mode !== "quiz" ? (
              <CheckboxGroup
                legend="Question type"
                options={questionTypes.map((value) => ({
                  value,
                  label: typeLabels[value] ?? value,
                }))}
                selected={config.types}
                onChange={(types) => update({ types })}
              />
            ) : null}
          </div>
        </div>

        <details className="rounded-lg border border-border p-4">
          <summary className="font-semibold">
            Tags {config.tags.length > 0 ? `(${config.tags.length} chosen)` : ""}
          </summary>
          <div className="mt-3">
            <CheckboxGroup
              legend="Only questions tagged"
              columns="grid-cols-2 sm:grid-cols-3"
              options={manifest.tags.map((tag) => ({ value: tag, label: tag }))}
              selected={config.tags}
              onChange={(tags) => update({ tags })}
            />
          </div>
        </details>

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
