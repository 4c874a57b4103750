"use client";

import { useRef } from "react";
import { dangerButton, secondaryButtonInline } from "../button-styles";
import type { ProgressTransfer } from "./hooks/use-progress-transfer";

/** Export, import and reset, with the reset's confirmation dialog. */
export function DataControls({ transfer }: { transfer: ProgressTransfer }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmDialog = useRef<HTMLDialogElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus when the dialog opens (autoFocus only applies at first render).
  const openResetDialog = () => {
    confirmDialog.current?.showModal();
    keepButton.current?.focus();
  };
  return (
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
        <button type="button" className={secondaryButtonInline} onClick={transfer.exportProgress}>
          Export progress
        </button>
        <button
          type="button"
          className={secondaryButtonInline}
          onClick={() => fileInput.current?.click()}
        >
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
            if (file) void transfer.importProgress(file);
            event.target.value = "";
          }}
        />
        <button
          type="button"
          className={`${secondaryButtonInline} border-bad text-bad`}
          onClick={openResetDialog}
        >
          Reset progress…
        </button>
      </div>
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
            className={dangerButton}
            onClick={() => {
              transfer.resetAll();
              confirmDialog.current?.close();
            }}
          >
            Delete everything
          </button>
          <button
            ref={keepButton}
            type="button"
            className={secondaryButtonInline}
            onClick={() => confirmDialog.current?.close()}
          >
            Keep my progress
          </button>
        </div>
      </dialog>
    </section>
  );
}
