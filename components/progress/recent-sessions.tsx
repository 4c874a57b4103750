import { practiceModeLabels } from "@/lib/practice/config";
import type { SessionHistory } from "@/lib/practice/progress";

/** The ten most recent finished sessions. */
export function RecentSessions({ history }: { history: SessionHistory }) {
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="mb-3 text-2xl font-semibold">
        Recent sessions
      </h2>
      {history.sessions.length === 0 ? (
        <p className="text-muted">
          No finished sessions yet. <a href="/practice">Start one</a>.
        </p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border">
          {history.sessions.slice(0, 10).map((session) => (
            <li key={session.id} className="p-3">
              <span className="font-semibold">{practiceModeLabels[session.mode]}</span> ·{" "}
              {new Date(session.finishedAt).toLocaleString()} · {session.answered} of{" "}
              {session.total} answered
              {session.correct !== null ? ` · ${session.correct} correct` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
