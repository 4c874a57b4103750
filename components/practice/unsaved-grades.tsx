import { secondaryButton } from "../button-styles";
import type { UnsavedGrade } from "./hooks/use-review-recording";

type Props = { unsaved: UnsavedGrade[]; onRetry: () => void };

/** Grades that are not in the review schedule, said plainly, with a way to store them again. */
export function UnsavedGrades({ unsaved, onRetry }: Props) {
  const first = unsaved[0];
  if (!first) return null;
  return (
    <div role="alert" className="mb-6 rounded-md border border-bad bg-bad-soft p-3 text-fg">
      <p>
        {first.message} {unsaved.length === 1 ? "One grade is" : `${unsaved.length} grades are`} not
        saved yet.
      </p>
      <button type="button" onClick={onRetry} className={`${secondaryButton} mt-2`}>
        Try saving again
      </button>
    </div>
  );
}
