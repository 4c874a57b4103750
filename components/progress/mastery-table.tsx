import type { SkillMastery } from "@/lib/practice/progress";

/**
 * Questions practised and mastered per skill, each skill linking to a practice set of its own.
 * Below 640 px each row stacks (the skill over its three figures, each labelled), so the table
 * reads on a 320 px phone without scrolling sideways.
 */
export function MasteryTable({ mastery }: { mastery: SkillMastery[] }) {
  return (
    <section aria-labelledby="mastery-heading">
      <h2 id="mastery-heading" className="mb-3 text-2xl font-semibold">
        Mastery by skill
      </h2>
      <p className="mb-3 text-sm text-muted">
        Mastered means your last grade on a question was Good or Easy.
      </p>
      <div className="rounded-lg border border-border">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Interview questions practised and mastered per skill
          </caption>
          <thead className="bg-surface max-sm:sr-only">
            <tr>
              <th scope="col" className="p-3">
                Skill
              </th>
              <th scope="col" className="p-3">
                Mastered
              </th>
              <th scope="col" className="p-3">
                Practised
              </th>
              <th scope="col" className="p-3">
                Due
              </th>
            </tr>
          </thead>
          <tbody>
            {mastery.map((skill) => (
              <tr
                key={skill.slug}
                className="border-t border-border max-sm:grid max-sm:grid-cols-[2fr_1fr_1fr] max-sm:gap-x-3 max-sm:p-3 max-sm:first:border-t-0"
              >
                <th
                  scope="row"
                  className="p-3 font-normal max-sm:col-span-3 max-sm:p-0 max-sm:pb-1"
                >
                  <a href={`/practice?skills=${skill.slug}`}>{skill.title}</a>
                </th>
                <td className="p-3 max-sm:p-0">
                  <StackedLabel>Mastered</StackedLabel>
                  <div className="flex flex-wrap items-center gap-x-2">
                    <meter
                      min={0}
                      max={skill.total}
                      value={skill.mastered}
                      className="w-16 sm:w-24"
                      aria-label={`${skill.title}: ${skill.mastered} of ${skill.total} mastered`}
                    />
                    <span>
                      {skill.mastered} / {skill.total}
                    </span>
                  </div>
                </td>
                <td className="p-3 max-sm:p-0">
                  <StackedLabel>Practised</StackedLabel>
                  {skill.practised}
                </td>
                <td className="p-3 max-sm:p-0">
                  <StackedLabel>Due</StackedLabel>
                  {skill.due}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A column's name shown above its figure when the mastery table stacks; the real header stays. */
function StackedLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="block text-xs text-muted sm:hidden">
      {children}
    </span>
  );
}
