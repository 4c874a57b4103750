"use client";

import { useEffect, useEffectEvent } from "react";

/**
 * How showing a set changes the browser's history: a set started from the launcher gets an entry of
 * its own (Back returns to the launcher); one opened by a link or by Back/Forward keeps its entry.
 */
export type Navigation = "push" | "replace" | "none";

export function navigate(navigation: Navigation, query: string) {
  if (navigation === "push") window.history.pushState(null, "", `/practice?${query}`);
  if (navigation === "replace") window.history.replaceState(null, "", `/practice?${query}`);
}

/** Calls back with the entry's state when Back or Forward lands on another entry of this page. */
export function usePopState(onPopState: (state: unknown) => void) {
  const handle = useEffectEvent((event: PopStateEvent) => onPopState(event.state));
  useEffect(() => {
    const listener = (event: PopStateEvent) => handle(event);
    window.addEventListener("popstate", listener);
    return () => window.removeEventListener("popstate", listener);
  }, []);
}
