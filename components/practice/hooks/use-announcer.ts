"use client";

import { useCallback, useMemo, useRef, useState } from "react";

export type Announcer = { message: string; announce: (text: string) => void };

/**
 * What the polite live region reads. Messages raised together ("Saved as Good…", then "Question 3 of
 * 10") are read as one; clearing the region first makes screen readers repeat an identical message.
 */
export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState("");
  const pendingRef = useRef<string[]>([]);
  const announce = useCallback((text: string) => {
    pendingRef.current.push(text);
    if (pendingRef.current.length > 1) return;
    setMessage("");
    window.setTimeout(() => {
      setMessage(pendingRef.current.join(" "));
      pendingRef.current = [];
    }, 60);
  }, []);
  return useMemo(() => ({ message, announce }), [message, announce]);
}
