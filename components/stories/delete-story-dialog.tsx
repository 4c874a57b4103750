import type { RefObject } from "react";
import type { Story } from "@/lib/stories/story";
import { dangerButton, secondaryButton } from "../button-styles";

type Props = {
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** The safe choice, focused when the dialog opens. */
  keepRef: RefObject<HTMLButtonElement | null>;
  story: Story | null;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before a story is deleted; keeping it is the default. */
export function DeleteStoryDialog({ dialogRef, keepRef, story, onConfirm, onClose }: Props) {
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="delete-story-title"
      className="m-auto max-w-md rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
      onClose={onClose}
    >
      <h2 id="delete-story-title" className="mb-2 text-xl font-semibold">
        Delete “{story?.title}”?
      </h2>
      <p className="mb-4">
        The story is removed from this browser. Export your stories first if you might want it back.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={dangerButton} onClick={onConfirm}>
          Delete story
        </button>
        <button
          type="button"
          ref={keepRef}
          className={secondaryButton}
          onClick={() => dialogRef.current?.close()}
        >
          Keep it
        </button>
      </div>
    </dialog>
  );
}
