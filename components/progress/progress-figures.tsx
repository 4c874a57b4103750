import { practiceModeLabels } from "@/lib/practice/config";
import type { ProgressFigures, SourceFigures } from "@/lib/practice/progress-summary";
import { practiseSourcePath } from "@/lib/practice/set-links";

/**
 * The figures of /progress, every one taken from one summarizeProgress result: the headline numbers
 * are the totals of the table below them, which says so in its last row.
 */

const cardHeading = "text-sm font-semibold uppercase tracking-wide text-muted";

export function HeadlineFigures({ figures }: { figures: ProgressFigures }) {
  return (
    <section aria-labelledby="due-heading" className="grid gap-4 sm:grid-cols-3">
      <div className="rounded-lg border border-border p-4">
        <h2 id="due-heading" className={cardHeading}>
          Due for review
        </h2>
        <p className="text-4xl font-bold">{figures.due}</p>
        {figures.due > 0 ? (
          <a href="/practice?review=due" className="mt-2 inline-block font-semibold">
            Start the review →
          </a>
        ) : (
          <p className="text-sm text-muted">Nothing due right now.</p>
        )}
      </div>
      <div className="rounded-lg border border-border p-4">
        <h2 className={cardHeading}>Questions practised</h2>
        <p className="text-4xl font-bold">{figures.practised}</p>
        <p className="text-sm text-muted">Interview questions and knowledge checks.</p>
      </div>
      <div className="rounded-lg border border-border p-4">
        <h2 className={cardHeading}>Sessions finished</h2>
        <p className="text-4xl font-bold">{figures.sessionsFinished}</p>
      </div>
      {figures.unknownRecords > 0 ? (
        <p className="text-sm text-muted sm:col-span-3">
          {figures.unknownRecords} saved{" "}
          {figures.unknownRecords === 1 ? "record is for a question" : "records are for questions"}{" "}
          no longer in the library. {figures.unknownRecords === 1 ? "It is" : "They are"} kept on
          this device (and in exports) but not counted in any figure here.
        </p>
      ) : null}
    </section>
  );
}

function MasteryRow({ row }: { row: SourceFigures }) {
  const filter =
    row.kind === "guide" ? { skills: [row.slug] as [string] } : { roles: [row.slug] as [string] };
  return (
    <tr className="border-t border-border">
      <th scope="row" className="p-3 font-normal">
        <a href={practiseSourcePath(filter, "flashcards")}>{row.title}</a>
        {row.kind === "role" ? <span className="text-muted"> (role)</span> : null}
      </th>
      <td className="p-3">
        <div className="flex items-center gap-2">
          <meter
            min={0}
            max={row.total}
            value={row.mastered}
            className="w-24"
            aria-label={`${row.title}: ${row.mastered} of ${row.total} mastered`}
          />
          <span>
            {row.mastered} / {row.total}
          </span>
        </div>
      </td>
      <td className="p-3">{row.practised}</td>
      <td className="p-3">{row.due}</td>
    </tr>
  );
}

export function MasteryTable({ figures }: { figures: ProgressFigures }) {
  const total = figures.bySource.reduce((sum, row) => sum + row.total, 0);
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Interview questions and knowledge checks practised, mastered and due, per skill and role
        </caption>
        <thead className="bg-surface">
          <tr>
            {["Skill or role", "Mastered", "Practised", "Due"].map((heading) => (
              <th key={heading} scope="col" className="p-3">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.bySource.map((row) => (
            <MasteryRow key={`${row.kind}:${row.slug}`} row={row} />
          ))}
        </tbody>
        <tfoot className="border-t-2 border-border font-semibold">
          <tr>
            <th scope="row" className="p-3">
              All
            </th>
            <td className="p-3">
              {figures.mastered} / {total}
            </td>
            <td className="p-3">{figures.practised}</td>
            <td className="p-3">{figures.due}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function RecentSessions({ figures }: { figures: ProgressFigures }) {
  if (figures.recentSessions.length === 0)
    return (
      <p className="text-muted">
        No finished sessions yet. <a href="/practice">Start one</a>.
      </p>
    );
  return (
    <ul className="divide-y divide-border rounded-lg border border-border">
      {figures.recentSessions.map((session) => (
        <li key={session.id} className="p-3">
          <span className="font-semibold">{practiceModeLabels[session.mode]}</span> ·{" "}
          {new Date(session.finishedAt).toLocaleString()} · {session.answered} of {session.total}{" "}
          graded
          {session.correct !== null ? ` · ${session.correct} correct` : ""}
        </li>
      ))}
    </ul>
  );
}
