import type { ProgressFigures } from "@/lib/practice/progress-summary";

const cardHeading = "text-sm font-semibold uppercase tracking-wide text-muted";

/**
 * Three figures at the top (due, practised, sessions finished), each the total of the mastery
 * table's column below, and a word on records kept for questions no longer in the library.
 */
export function ProgressOverview({ figures }: { figures: ProgressFigures }) {
  const unknown = figures.unknownRecords;
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
      {unknown > 0 ? (
        <p className="text-sm text-muted sm:col-span-3">
          {unknown} saved {unknown === 1 ? "record is for a question" : "records are for questions"}{" "}
          no longer in the library. {unknown === 1 ? "It is" : "They are"} kept on this device (and
          in exports) but not counted in any figure here.
        </p>
      ) : null}
    </section>
  );
}
