"use client";

import { describeAttempt } from "@/lib/notebook/listing";
import type { Attempt } from "@/lib/notebook/notebook";

/** Every attempt at one question, newest first, each with its date, grade and length. */
export function AttemptHistory({
  attempts,
  currentId,
  onRestore,
}: {
  attempts: readonly Attempt[];
  currentId: string;
  onRestore: (attempt: Attempt) => void;
}) {
  if (attempts.length === 0) return null;
  const newestFirst = [...attempts].reverse();
  return (
    <details className="mt-2 rounded-md border border-border p-3">
      <summary className="cursor-pointer font-semibold">
        Your attempts at this question ({attempts.length})
      </summary>
      <ol aria-label="Your attempts, newest first" className="mt-2 space-y-2">
        {newestFirst.map((attempt, index) => (
          <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {describeAttempt(attempt)}
              {attempt.id === currentId ? " (this visit)" : index === 0 ? " (latest)" : ""}
            </span>
            {index > 0 ? (
              <button
                type="button"
                className="min-h-11 rounded-md border border-border px-3"
                aria-label={`Restore the attempt of ${describeAttempt(attempt)}`}
                onClick={() => onRestore(attempt)}
              >
                Restore
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
