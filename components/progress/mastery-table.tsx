import type { SkillMastery } from "@/lib/practice/progress";

/** Questions practised and mastered per skill, each skill linking to a practice set of its own. */
export function MasteryTable({ mastery }: { mastery: SkillMastery[] }) {
  return (
    <section aria-labelledby="mastery-heading">
      <h2 id="mastery-heading" className="mb-3 text-2xl font-semibold">
        Mastery by skill
      </h2>
      <p className="mb-3 text-sm text-muted">
        Mastered means your last grade on a question was Good or Easy.
      </p>
      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Interview questions practised and mastered per skill
          </caption>
          <thead className="bg-surface">
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
              <tr key={skill.slug} className="border-t border-border">
                <th scope="row" className="p-3 font-normal">
                  <a href={`/practice?skills=${skill.slug}`}>{skill.title}</a>
                </th>
                <td className="p-3">
                  <div className="flex items-center gap-2">
                    <meter
                      min={0}
                      max={skill.total}
                      value={skill.mastered}
                      className="w-24"
                      aria-label={`${skill.title}: ${skill.mastered} of ${skill.total} mastered`}
                    />
                    <span>
                      {skill.mastered} / {skill.total}
                    </span>
                  </div>
                </td>
                <td className="p-3">{skill.practised}</td>
                <td className="p-3">{skill.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
