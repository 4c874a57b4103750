"use client";

import { useId, useState } from "react";
import { storyAsPlainText } from "@/lib/stories/format";
import { storiesBySkillMatch, type Story } from "@/lib/stories/story";
import { useStories } from "./use-stories";

/** The open picker: reads the bank (and its validation code), so it loads only when opened. */
export function StoryPickerPanel({
  skills,
  onInsert,
}: {
  skills: string[];
  onInsert: (text: string) => void;
}) {
  const [inserted, setInserted] = useState("");
  const stories = useStories({ readOnly: true });
  const { matching, others } = storiesBySkillMatch(stories.bank.stories, skills);

  const insert = (story: Story) => {
    onInsert(storyAsPlainText(story));
    setInserted(`Inserted “${story.title}” into your answer.`);
  };

  return (
    <>
      {!stories.ready ? (
        <p className="text-muted">Loading your stories…</p>
      ) : stories.bank.stories.length === 0 ? (
        <p className="text-muted">
          Your story bank is empty. <a href="/stories">Write your stories</a> once and pull them in
          here while you answer.
        </p>
      ) : (
        <>
          {stories.notice ? (
            <p className="mb-2 rounded border border-warn bg-warn-soft p-2 text-sm">
              {stories.notice} Open the <a href="/stories">story bank</a> to check.
            </p>
          ) : null}
          <StoryGroup
            heading={
              matching.length > 0 ? "Stories that show this skill" : "No story shows this skill yet"
            }
            stories={matching}
            onInsert={insert}
          />
          {others.length > 0 ? (
            <StoryGroup
              heading={matching.length > 0 ? "Your other stories" : "Your stories"}
              stories={others}
              onInsert={insert}
            />
          ) : null}
        </>
      )}
      <p role="status" className={inserted ? "mt-2 text-sm text-good" : "sr-only"}>
        {inserted}
      </p>
    </>
  );
}

function StoryGroup({
  heading,
  stories,
  onInsert,
}: {
  heading: string;
  stories: Story[];
  onInsert: (story: Story) => void;
}) {
  const headingId = useId();
  return (
    <div className="mb-3 last:mb-0">
      <p id={headingId} className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
        {heading}
      </p>
      {stories.length === 0 ? null : (
        <ul aria-labelledby={headingId} className="divide-y divide-border">
          {stories.map((story) => (
            <li key={story.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{story.title}</span>
                <span className="block text-sm text-muted">{story.outcome}</span>
              </span>
              <button
                type="button"
                onClick={() => onInsert(story)}
                className="min-h-11 rounded-md border border-border px-3 font-semibold text-fg hover:bg-surface"
              >
                Insert into my answer<span className="sr-only"> “{story.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
