import { formatMoment } from "@/lib/format";
import { practiceModeLabels } from "@/lib/practice/config";
import type { ProgressFigures } from "@/lib/practice/progress-summary";

/** The ten most recent finished sessions; "graded" is what a session summary counts. */
export function RecentSessions({ figures }: { figures: ProgressFigures }) {
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="mb-3 text-2xl font-semibold">
        Recent sessions
      </h2>
      {figures.recentSessions.length === 0 ? (
        <p className="text-muted">
          No finished sessions yet. <a href="/practice">Start one</a>.
        </p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border">
          {figures.recentSessions.map((session) => (
            <li key={session.id} className="p-3">
              <span className="font-semibold">{practiceModeLabels[session.mode]}</span> ·{" "}
              {formatMoment(session.finishedAt, new Date())} · {session.answered} of {session.total}{" "}
              graded
              {session.correct !== null ? ` · ${session.correct} correct` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
