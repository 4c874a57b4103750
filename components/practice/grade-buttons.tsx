import type { QuestionItem } from "@/lib/practice/bank-types";
import { gradeHints, gradeLabels, grades, suggestGrade, type Grade } from "@/lib/practice/grading";
import type { Entry } from "@/lib/practice/runner";

type Props = { item: QuestionItem; entry: Entry; onGrade: (grade: Grade) => void };

/** Again / Hard / Good / Easy, with the grade the ticked signals suggest. */
export function GradeButtons({ item, entry, onGrade }: Props) {
  const suggested = suggestGrade(entry.ticked.length, item.signals.length);
  return (
    <div role="group" aria-label="Grade your answer">
      <p className="mb-2 text-sm text-muted">
        {entry.recorded
          ? "Saved to your review schedule."
          : `Suggested from the signals you ticked: ${gradeLabels[suggested]}. You decide.`}
      </p>
      {/* Four across even at 320 px, hints hidden below 640 px, so the sticky bar stays short. */}
      <div className="grid grid-cols-4 gap-2">
        {grades.map((value) => (
          <button
            key={value}
            type="button"
            onClick={() => onGrade(value)}
            disabled={entry.recorded && entry.grade !== value}
            aria-pressed={entry.grade === value}
            className={`min-h-11 rounded-md border px-1 py-2 text-center sm:px-3 sm:text-left ${entry.grade === value ? "border-accent bg-accent text-accent-fg" : value === suggested ? "border-accent text-fg" : "border-border text-fg"} disabled:opacity-60`}
          >
            <span className="block font-semibold">
              <kbd className="mr-1 font-mono max-sm:block">{value}</kbd> {gradeLabels[value]}
              {/* On a phone the line above names the suggestion and the border marks it. */}
              {value === suggested && entry.grade !== value ? (
                <span className="ml-1 text-xs font-normal max-sm:sr-only">(suggested)</span>
              ) : null}
            </span>
            <span className="block text-xs max-sm:hidden">{gradeHints[value]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
