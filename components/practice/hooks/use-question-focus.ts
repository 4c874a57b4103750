"use client";

import { useEffect, useRef } from "react";

/**
 * A new question: focus its heading so screen readers and keyboards start there, and say where in
 * the set it is. Runs when the question changes, not on every keystroke in the draft.
 */
export function useQuestionFocus(index: number, total: number, announce: (text: string) => void) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // On a phone the page intro and the set's toolbar would hold the question below the fold:
    // bring the card to the top of the screen, then focus its heading where it now is. At once, not
    // with the page's smooth scrolling: a tap on Reveal while the card was still gliding into place
    // landed on whatever had just moved under the finger (an e2e test caught its click on the line
    // above the card, 3 runs in 30).
    const heading = headingRef.current;
    heading?.closest("article")?.scrollIntoView({ block: "start", behavior: "instant" });
    heading?.focus({ preventScroll: true });
    announce(`Question ${index + 1} of ${total}`);
  }, [index, total, announce]);
  return headingRef;
}
