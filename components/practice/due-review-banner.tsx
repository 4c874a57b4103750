import { primaryButton } from "../button-styles";

type Props = { dueCount: number; onReviewDue: () => void };

/** Offered on the launcher when FSRS has questions due. */
export function DueReviewBanner({ dueCount, onReviewDue }: Props) {
  if (dueCount === 0) return null;
  return (
    <section
      aria-labelledby="due-heading"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-accent bg-accent-soft p-4"
    >
      <div>
        <h2 id="due-heading" className="font-semibold">
          {dueCount} question{dueCount === 1 ? "" : "s"} due for review
        </h2>
        <p className="text-sm">
          Spaced review brings back what you graded, just before you would forget it.
        </p>
      </div>
      <button type="button" onClick={onReviewDue} className={primaryButton}>
        Review {dueCount} due
      </button>
    </section>
  );
}
