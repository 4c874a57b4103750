import { coverageMatrix, type SkillGuide } from "@/lib/stories/coverage";
import type { Story } from "@/lib/stories/story";

type Props = { guides: SkillGuide[]; stories: Story[]; onWriteFor: (skill: string) => void };

/** Each skill against the stories that show it, with a way to write one for a skill that has none. */
export function CoverageMatrix({ guides, stories, onWriteFor }: Props) {
  const matrix = coverageMatrix(stories, guides);
  const coveredCount = guides.length - matrix.uncovered.length;
  return (
    <section aria-labelledby="coverage-heading" className="space-y-3">
      <h2 id="coverage-heading" className="text-2xl font-semibold">
        Skills your stories show
      </h2>
      <p className="max-w-2xl text-muted">
        {coveredCount === guides.length
          ? `Every one of the ${guides.length} skills has at least one story.`
          : `${coveredCount} of ${guides.length} skills have a story; ${matrix.uncovered.length} have none yet. Read the guide for a skill with no story to find the moments worth telling.`}
      </p>
      <div
        className="render-when-near overflow-x-auto rounded-lg border border-border"
        tabIndex={0}
        role="region"
        aria-label="Skill coverage (scrolls sideways when you have many stories)"
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Each skill against your stories: which stories show it
          </caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className="p-3">
                Skill
              </th>
              <th scope="col" className="p-3">
                Stories
              </th>
              {stories.map((story) => (
                <th
                  key={story.id}
                  scope="col"
                  className="min-w-28 max-w-48 p-3 align-bottom font-semibold"
                >
                  {story.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.bySkill.map((row) => (
              <tr key={row.slug} className="border-t border-border">
                <th scope="row" className="p-3 font-normal">
                  <a href={`/guides/${row.slug}`}>{row.title}</a>
                </th>
                <td className="p-3">
                  {row.stories.length > 0 ? (
                    row.stories.length
                  ) : (
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="rounded bg-warn-soft px-2 py-0.5 font-semibold text-fg">
                        No story yet
                      </span>
                      <button
                        type="button"
                        className="min-h-11 rounded px-2 font-semibold text-accent underline"
                        onClick={() => onWriteFor(row.slug)}
                      >
                        Write one<span className="sr-only"> for {row.title}</span>
                      </button>
                    </span>
                  )}
                </td>
                {stories.map((story) => (
                  <td key={story.id} className="p-3 text-center">
                    {row.stories.includes(story) ? (
                      <>
                        <span aria-hidden="true" className="font-bold text-good">
                          ✓
                        </span>
                        <span className="sr-only">Shown</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true" className="text-muted">
                          ·
                        </span>
                        <span className="sr-only">Not shown</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
