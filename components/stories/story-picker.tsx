"use client";

import { lazy, Suspense, useId, useState } from "react";

/** The picker's toggle button: its accessible name, for the runner and its tests. */
export const storyPickerLabel = "Use a story from your bank";

const StoryPickerPanel = lazy(() =>
  import("./story-picker-panel").then((module) => ({ default: module.StoryPickerPanel })),
);

/**
 * Beside an answer box: the learner's stories, those showing the question's skills first, each
 * insertable as plain STAR lines. It only reads the bank; stories are written on /stories. The
 * panel, with the bank's validation code, loads the first time it is opened.
 */
export function StoryPicker({
  skills,
  onInsert,
}: {
  skills: string[];
  onInsert: (text: string) => void;
}) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="mb-4">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-border px-3 font-semibold text-fg hover:bg-surface"
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        {storyPickerLabel}
      </button>
      <div id={panelId} hidden={!open} className="mt-2 rounded-md border border-border p-3">
        {open ? (
          <Suspense fallback={<p className="text-muted">Loading your stories…</p>}>
            <StoryPickerPanel skills={skills} onInsert={onInsert} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
