"use client";

import { useEffect, useRef } from "react";

/**
 * A new question: focus its heading so screen readers and keyboards start there, and say where in
 * the set it is. Runs when the question changes, not on every keystroke in the draft.
 */
export function useQuestionFocus(index: number, total: number, announce: (text: string) => void) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    announce(`Question ${index + 1} of ${total}`);
  }, [index, total, announce]);
  return headingRef;
}
