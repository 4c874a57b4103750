import type { ProgressFigures, SourceFigures } from "@/lib/practice/progress-summary";
import { practiseSourcePath } from "@/lib/practice/set-links";

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

/**
 * Practised, mastered and due per guide and per role, each linking to a set of its own; the last row
 * is the total, the same figures as the headline above.
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
    </section>
  );
}
