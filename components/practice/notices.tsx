"use client";

export function Notices({
  notices,
  onDismiss,
}: {
  notices: string[];
  onDismiss: (notice: string) => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="mb-6 space-y-2">
      {notices.map((notice) => (
        <div
          key={notice}
          className="flex items-start justify-between gap-3 rounded-md border border-warn bg-warn-soft p-3 text-sm text-fg"
        >
          <p>{notice}</p>
          <button
            type="button"
            onClick={() => onDismiss(notice)}
            className="shrink-0 rounded px-2 py-1 underline"
            aria-label={`Dismiss notice: ${notice.slice(0, 60)}`}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
