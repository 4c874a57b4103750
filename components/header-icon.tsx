import type { ReactNode } from "react";

/** The classes the header's buttons share: 44 px touch targets with a border. */
export const headerButtonClass =
  "no-print min-h-11 min-w-11 items-center gap-2 rounded-md border border-border px-3 text-sm text-fg hover:bg-surface";

/** A 16 px stroked line icon for the header's buttons, hidden from assistive technology. */
export function HeaderIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
    >
      {children}
    </svg>
  );
}
