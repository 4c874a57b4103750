"use client";

import { useEffect, useRef } from "react";
import { primaryButton } from "@/components/button-styles";

export const shortcuts: { keys: string; action: string }[] = [
  { keys: "R", action: "Reveal the strong answer (flashcards)" },
  { keys: "1 – 4", action: "Grade: again, hard, good, easy (after revealing)" },
  { keys: "1 – 5", action: "Choose an option (knowledge check)" },
  { keys: "F", action: "Next follow-up (mock interview)" },
  { keys: "N or →", action: "Next question" },
  { keys: "P or ←", action: "Previous question" },
  { keys: "S", action: "Skip this question" },
  { keys: "T", action: "Pause or resume the timer" },
  { keys: "?", action: "Show or hide these shortcuts" },
];

/** Native <dialog>: the browser traps focus and Escape closes it; focus goes back to what opened it. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto max-w-md rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
    >
      <h2 id="shortcuts-title" className="mb-4 text-xl font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col" className="pb-2">
              Key
            </th>
            <th scope="col" className="pb-2">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.keys} className="border-t border-border">
              <td className="py-2 pr-4">
                <kbd className="rounded border border-border bg-surface px-1.5 py-0.5 font-mono">
                  {shortcut.keys}
                </kbd>
              </td>
              <td className="py-2">{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-sm text-muted">Shortcuts are off while you type in the answer box.</p>
      <button type="button" onClick={onClose} className={`mt-4 ${primaryButton}`}>
        Close
      </button>
    </dialog>
  );
}
