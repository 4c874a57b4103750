"use client";

import { useEffect } from "react";
import { applyLens, parseLens, readLens, saveLens } from "@/lib/level-lens";

/**
 * One listener for every level-lens control on the page (event delegation), so a guide with
 * fourteen questions ships one tiny island instead of fourteen. Renders nothing.
 */
export function LevelLensController() {
  useEffect(() => {
    let choice = readLens();
    applyLens(document, choice);
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>("[data-level-choice]");
      if (!button) return;
      choice = parseLens(button.dataset.levelChoice);
      saveLens(choice);
      applyLens(document, choice);
    };
    // Controls rendered later (the practice runner's next question) get the current state too.
    const observer = new MutationObserver(() => applyLens(document, choice));
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      observer.disconnect();
    };
  }, []);
  return null;
}
