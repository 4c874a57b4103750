import type { Story } from "@/lib/stories/story";
import { secondaryButton } from "../button-styles";
import { StoryFeedback } from "../notebook/story-feedback";

export const storyTitleId = (story: Story) => `story-${story.id}-title`;

/** One saved story: its STAR parts, outcome and skills, with edit and delete. */
export function StoryCard({
  story,
  guideTitles,
  onEdit,
  onDelete,
}: {
  story: Story;
  guideTitles: Record<string, string>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const parts = [
    ["Situation", story.situation],
    ["Task", story.task],
    ["Action", story.action],
    ["Result", story.result],
  ] as const;
  return (
    <article
      aria-labelledby={storyTitleId(story)}
      className="rounded-lg border border-border p-4 sm:p-6"
    >
      <h3
        id={storyTitleId(story)}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-none"
      >
        {story.title}
      </h3>
      <p className="mt-1 font-semibold text-good">
        <span className="sr-only">Outcome: </span>
        {story.outcome}
      </p>
      <dl className="mt-4 space-y-3">
        {parts.map(([label, text]) => (
          <div key={label}>
            <dt className="text-sm font-semibold uppercase tracking-wide text-muted">{label}</dt>
            <dd className="whitespace-pre-line">{text}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">Shows:</span>
        {story.skills.length === 0 ? (
          <span className="text-muted">no skills ticked yet, so it counts towards none</span>
        ) : (
          <ul aria-label={`Skills “${story.title}” shows`} className="flex flex-wrap gap-2">
            {story.skills.map((slug) => (
              <li key={slug}>
                {guideTitles[slug] ? (
                  <a
                    href={`/guides/${slug}`}
                    className="inline-block rounded-full bg-accent-soft px-3 py-1 text-fg no-underline hover:underline"
                  >
                    {guideTitles[slug]}
                  </a>
                ) : (
                  <span className="inline-block rounded-full bg-surface px-3 py-1 text-muted">
                    {slug}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} onClick={onEdit}>
          Edit<span className="sr-only"> “{story.title}”</span>
        </button>
        <button
          type="button"
          className={`${secondaryButton} border-bad text-bad`}
          onClick={onDelete}
        >
          Delete…<span className="sr-only"> “{story.title}”</span>
        </button>
      </div>
      <StoryFeedback story={story} />
    </article>
  );
}

/** The bank before the first story: why to write any. */
export function NoStoriesYet() {
  return (
    <p className="rounded-lg border border-dashed border-border p-6 text-muted">
      No stories yet. Interviewers for lead roles ask for specific times you did something: write
      the five or six stories you would reach for, once, and rehearse them until they come out
      whole.
    </p>
  );
}
