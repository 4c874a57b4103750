/**
 * A share control, rendered as plain HTML on the server: one listener on every page
 * (lib/page-behaviours/share-buttons.ts) handles every such button by event delegation, so a guide
 * with 30 sections and 14 questions ships no per-button JavaScript.
 */
export function ShareButton({
  anchor,
  label,
  text,
}: {
  anchor: string;
  label: string;
  text?: string;
}) {
  return (
    <button
      type="button"
      data-share-anchor={anchor}
      data-pagefind-ignore
      aria-label={text ? undefined : label}
      title={label}
      className="no-print inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-md px-2 text-sm text-muted hover:bg-surface hover:text-fg"
    >
      <svg
        aria-hidden="true"
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
        <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
      </svg>
      {text ? <span>{text}</span> : null}
    </button>
  );
}
