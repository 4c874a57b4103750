"use client";

import { useRef, useState } from "react";
import type { Story } from "@/lib/stories/story";

/** The delete-a-story dialog's state: which story it asks about, and what confirming does. */
export function useDeleteConfirmation(onConfirm: (story: Story) => void) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [story, setStory] = useState<Story | null>(null);
  const ask = (next: Story) => {
    setStory(next);
    dialogRef.current?.showModal();
    // React's autoFocus acts when the closed dialog mounts, not when it opens: start on the safe choice here.
    keepRef.current?.focus();
  };
  const confirm = () => {
    if (!story) return;
    onConfirm(story);
    setStory(null);
    dialogRef.current?.close();
  };
  const dialogProps = {
    dialogRef,
    keepRef,
    story,
    onConfirm: confirm,
    onClose: () => setStory(null),
  };
  return { ask, dialogProps };
}
