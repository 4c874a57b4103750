"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { useState } from "react";
import type { SkillGuide } from "@/lib/stories/coverage";
import { storiesToMarkdown } from "@/lib/stories/format";
import {
  createStory,
  deleteStory,
  newStoryId,
  updateStory,
  type Story,
  type StoryInput,
} from "@/lib/stories/story";
import { Notices } from "../practice/notices";
import { StoryForm } from "./story-form";
import { emptyStoryInput, storyInputOf } from "./story-fields";
import { useFocusAfterRender } from "../use-focus-after-render";
import { useStories } from "./use-stories";
import { CoverageMatrix } from "./coverage-matrix";
import { DeleteStoryDialog } from "./delete-story-dialog";
import { useDeleteConfirmation } from "./use-delete-confirmation";
import { NoStoriesYet, StoryCard, storyTitleId } from "./story-card";
import { primaryButton, secondaryButton } from "../button-styles";
import { downloadFile, exportDateStamp } from "@/lib/download-file";

const unavailableNotice =
  "Your browser is not letting Leadwise save anything (private browsing, blocked storage or a full quota). You can write stories here, but they will be gone when you leave: export them as Markdown before you do.";

/** What the form is open for: nothing, a new story (perhaps with a skill ticked), or one story by id. */
type Editing = { kind: "none" } | { kind: "new"; skills: string[] } | { kind: "edit"; id: string };

export function StoryBank({ guides }: { guides: SkillGuide[] }) {
  const stories = useStories();
  const [editing, setEditing] = useState<Editing>({ kind: "none" });
  const [status, setStatus] = useState("");
  const setFocusTarget = useFocusAfterRender();
  const [unavailableDismissed, setUnavailableDismissed] = useState(false);

  const guideTitles = Object.fromEntries(guides.map((guide) => [guide.slug, guide.title]));
  const bank = stories.bank;

  const startNew = (skills: string[] = []) => {
    setEditing({ kind: "new", skills });
    setStatus("");
  };

  const saveNew = (input: StoryInput) => {
    const now = new Date();
    const created = createStory(bank, input, newStoryId(now), now);
    stories.save(created.bank);
    setEditing({ kind: "none" });
    setStatus(`Saved “${created.story.title}”.`);
    setFocusTarget(storyTitleId(created.story));
  };

  const saveEdit = (story: Story, input: StoryInput) => {
    stories.save(updateStory(bank, story.id, input, new Date()));
    setEditing({ kind: "none" });
    setStatus(`Saved your changes to “${input.title}”.`);
    setFocusTarget(storyTitleId(story));
  };

  const deletion = useDeleteConfirmation((story) => {
    stories.save(deleteStory(bank, story.id));
    setStatus(`Deleted “${story.title}”.`);
    setFocusTarget("stories-heading");
  });

  const exportMarkdown = () => {
    downloadFile(
      storiesToMarkdown(bank.stories, guideTitles),
      "text/markdown;charset=utf-8",
      `leadwise-stories-${exportDateStamp()}.md`,
    );
    setStatus(
      `Your ${bank.stories.length === 1 ? "story was" : `${bank.stories.length} stories were`} exported as a Markdown file.`,
    );
  };

  if (!stories.ready) return <p className="text-muted">Loading your stories…</p>;

  const notices = [
    stories.notice,
    stories.persistent || unavailableDismissed ? null : unavailableNotice,
  ].filter((notice): notice is string => notice !== null);

  return (
    <div className="space-y-12">
      <Notices
        notices={notices}
        onDismiss={(notice) =>
          notice === stories.notice ? stories.dismissNotice() : setUnavailableDismissed(true)
        }
      />
      <p
        role="status"
        aria-live="polite"
        className={status ? "rounded-md border border-border bg-surface p-3" : "sr-only"}
      >
        {status}
      </p>

      <section aria-labelledby="stories-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2
            id="stories-heading"
            tabIndex={-1}
            className="text-2xl font-semibold focus:outline-none"
          >
            Your stories{" "}
            <span className="text-base font-normal text-muted">({bank.stories.length})</span>
          </h2>
          <div className="flex flex-wrap gap-3">
            {editing.kind === "new" ? null : (
              <button type="button" className={primaryButton} onClick={() => startNew()}>
                Write a new story
              </button>
            )}
            {bank.stories.length > 0 ? (
              <button type="button" className={secondaryButton} onClick={exportMarkdown}>
                Export as Markdown
              </button>
            ) : null}
          </div>
        </div>

        {editing.kind === "new" ? (
          <StoryForm
            key={editing.skills.join(",")}
            heading="A new story"
            guides={guides}
            initial={emptyStoryInput(editing.skills)}
            submitLabel="Save story"
            onSave={saveNew}
            onCancel={() => {
              setEditing({ kind: "none" });
              setFocusTarget("stories-heading");
            }}
          />
        ) : null}

        {bank.stories.length === 0 && editing.kind !== "new" ? <NoStoriesYet /> : null}

        <ul className="space-y-4">
          {bank.stories.map((story) => (
            <li key={story.id} className="render-when-near">
              {editing.kind === "edit" && editing.id === story.id ? (
                <StoryForm
                  heading={`Edit “${story.title}”`}
                  guides={guides}
                  initial={storyInputOf(story)}
                  submitLabel="Save changes"
                  onSave={(input) => saveEdit(story, input)}
                  onCancel={() => {
                    setEditing({ kind: "none" });
                    setFocusTarget(storyTitleId(story));
                  }}
                />
              ) : (
                <StoryCard
                  story={story}
                  guideTitles={guideTitles}
                  onEdit={() => setEditing({ kind: "edit", id: story.id })}
                  onDelete={() => deletion.ask(story)}
                />
              )}
            </li>
          ))}
        </ul>
      </section>

      <CoverageMatrix
        guides={guides}
        stories={bank.stories}
        onWriteFor={(slug) => startNew([slug])}
      />

      <DeleteStoryDialog {...deletion.dialogProps} />
    </div>
  );
}
