import type { QuestionItem } from "@/lib/practice/bank-types";

/** The follow-ups to expect and the red flags, shown once the strong answer is revealed. */
export function AnswerDetails({ item }: { item: QuestionItem }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div>
        <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
          Follow-ups to expect
        </h4>
        <ul className="list-disc space-y-1 pl-5">
          {item.followUps.map((followUp) => (
            <li key={followUp}>{followUp}</li>
          ))}
        </ul>
      </div>
      <div>
        <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">Red flags</h4>
        <ul className="list-disc space-y-1 pl-5">
          {item.redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
