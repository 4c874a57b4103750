"use client";

import { useEffect, useRef, useState } from "react";
import { shareOutcomeMessage, shareUrlFor, type ShareOutcome } from "@/lib/share/share-link";

async function shareOrCopy(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ url, title });
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      // Share refused for another reason (no user activation, policy): the clipboard still works.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return "copied";
  } catch {
    return "unavailable";
  }
}

/**
 * The one listener behind every share button on a page (`[data-share-anchor]`, see ShareButton):
 * the Web Share sheet where the device has one, the clipboard otherwise, and a visible message that
 * the live region also announces.
 */
export function ShareLinks() {
  const [message, setMessage] = useState("");
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const button =
        event.target instanceof Element
          ? event.target.closest<HTMLElement>("[data-share-anchor]")
          : null;
      if (!button) return;
      const url = shareUrlFor(window.location, button.dataset.shareAnchor ?? "");
      const outcome = await shareOrCopy(url, document.title);
      window.clearTimeout(hideTimer.current);
      // Clearing first makes a repeated identical message announce again.
      setMessage("");
      window.setTimeout(() => setMessage(shareOutcomeMessage(outcome, url)), 50);
      hideTimer.current = window.setTimeout(() => setMessage(""), 5000);
    };
    const listener = (event: MouseEvent) => void onClick(event);
    document.addEventListener("click", listener);
    return () => document.removeEventListener("click", listener);
  }, []);

  return (
    <div
      role="status"
      aria-live="polite"
      className={
        message
          ? "no-print fixed bottom-4 left-1/2 z-50 max-w-[90vw] -translate-x-1/2 break-words rounded-md border border-border bg-surface-strong px-4 py-3 text-sm text-fg shadow-lg"
          : "sr-only"
      }
    >
      {message}
    </div>
  );
}
