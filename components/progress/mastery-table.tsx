import type { ProgressFigures, SourceFigures } from "@/lib/practice/progress-summary";
import { practiseSourcePath } from "@/lib/practice/set-links";

/** A column's name shown above its figure when the mastery table stacks; the real header stays. */
function StackedLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="block text-xs text-muted sm:hidden">
      {children}
    </span>
  );
}

const stackedRow =
  "border-t border-border max-sm:grid max-sm:grid-cols-[2fr_1fr_1fr] max-sm:gap-x-3 max-sm:p-3 max-sm:first:border-t-0";

function MasteryRow({ row }: { row: SourceFigures }) {
  const filter =
    row.kind === "guide" ? { skills: [row.slug] as [string] } : { roles: [row.slug] as [string] };
  return (
    <tr className={stackedRow}>
      <th scope="row" className="p-3 font-normal max-sm:col-span-3 max-sm:p-0 max-sm:pb-1">
        <a href={practiseSourcePath(filter, "flashcards")}>{row.title}</a>
        {row.kind === "role" ? <span className="text-muted"> (role)</span> : null}
      </th>
      <td className="p-3 max-sm:p-0">
        <StackedLabel>Mastered</StackedLabel>
        <div className="flex flex-wrap items-center gap-x-2">
          <meter
            min={0}
            max={row.total}
            value={row.mastered}
            className="w-16 sm:w-24"
            aria-label={`${row.title}: ${row.mastered} of ${row.total} mastered`}
          />
          <span>
            {row.mastered} / {row.total}
          </span>
        </div>
      </td>
      <td className="p-3 max-sm:p-0">
        <StackedLabel>Practised</StackedLabel>
        {row.practised}
      </td>
      <td className="p-3 max-sm:p-0">
        <StackedLabel>Due</StackedLabel>
        {row.due}
      </td>
    </tr>
  );
}

/**
 * Practised, mastered and due per guide and per role, each linking to a set of its own; the last row
 * is the total, the same figures as the headline above. Below 640 px each row stacks (the name over
 * its three labelled figures), so the table reads on a 320 px phone without scrolling sideways.
 */
export function MasteryTable({ figures }: { figures: ProgressFigures }) {
  const total = figures.bySource.reduce((sum, row) => sum + row.total, 0);
  return (
    <section aria-labelledby="mastery-heading">
      <h2 id="mastery-heading" className="mb-3 text-2xl font-semibold">
        Mastery by skill
      </h2>
      <p className="mb-3 text-sm text-muted">
        Mastered means your last grade on a question was Good or Easy; a right knowledge-check
        answer counts as Good.
      </p>
      <div className="rounded-lg border border-border">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Interview questions and knowledge checks practised, mastered and due, per skill and role
          </caption>
          <thead className="bg-surface max-sm:sr-only">
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
            <tr className={stackedRow}>
              <th scope="row" className="p-3 max-sm:col-span-3 max-sm:p-0 max-sm:pb-1">
                All
              </th>
              <td className="p-3 max-sm:p-0">
                <StackedLabel>Mastered</StackedLabel>
                {figures.mastered} / {total}
              </td>
              <td className="p-3 max-sm:p-0">
                <StackedLabel>Practised</StackedLabel>
                {figures.practised}
              </td>
              <td className="p-3 max-sm:p-0">
                <StackedLabel>Due</StackedLabel>
                {figures.due}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
