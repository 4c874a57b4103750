"use client";

import { useEffect, useState } from "react";

/**
 * Moves focus to an element by id once React has drawn it (a story just saved, a list heading):
 * focusing in the same handler that changes the page would find the old element or none.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
