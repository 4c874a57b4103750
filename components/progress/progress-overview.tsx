type Props = { due: number; practised: number; sessionsFinished: number };

/** Three figures at the top: due for review, questions practised, sessions finished. */
export function ProgressOverview({ due, practised, sessionsFinished }: Props) {
  return (
    <section aria-labelledby="due-heading" className="grid gap-4 sm:grid-cols-3">
      <div className="rounded-lg border border-border p-4">
        <h2 id="due-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Due for review
        </h2>
        <p className="text-4xl font-bold">{due}</p>
        {due > 0 ? (
          <a href="/practice?review=due" className="mt-2 inline-block font-semibold">
            Start the review →
          </a>
        ) : (
          <p className="text-sm text-muted">Nothing due right now.</p>
        )}
      </div>
      <div className="rounded-lg border border-border p-4">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">
          Questions practised
        </h2>
        <p className="text-4xl font-bold">{practised}</p>
      </div>
      <div className="rounded-lg border border-border p-4">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">
          Sessions finished
        </h2>
        <p className="text-4xl font-bold">{sessionsFinished}</p>
      </div>
    </section>
  );
}
