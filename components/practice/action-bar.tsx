import type { ReactNode } from "react";

/**
 * The card's next action (reveal, then grade) held at the bottom of the screen while the answer
 * above it scrolls, so a phone never scrolls through the whole answer to reach it. It sits in the
 * flow at the end of its section, so at rest it covers nothing; globals.css pads scrolling by its
 * height so a focused element is never scrolled in behind it.
 */
export function ActionBar({ children }: { children: ReactNode }) {
  return (
    <div
      data-action-bar
      className="sticky bottom-0 z-10 -mx-4 mt-4 border-t border-border bg-bg px-4 py-3 sm:-mx-6 sm:px-6"
    >
      {children}
    </div>
  );
}
