"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { useEffect, useRef, useState } from "react";
import { coverageMatrix, type SkillGuide } from "@/lib/stories/coverage";
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
import { emptyStoryInput, StoryForm } from "./story-form";
import { useStories } from "./use-stories";
import { downloadFile, exportDateStamp } from "@/lib/download-file";
import { StoryFeedback } from "../notebook/story-feedback";

const buttonBase = "inline-flex min-h-11 items-center rounded-md px-4 font-semibold";
const primaryButton = `${buttonBase} bg-accent text-accent-fg`;
const secondaryButton = `${buttonBase} border border-border text-fg hover:bg-surface`;

const unavailableNotice =
  "Your browser is not letting Leadwise save anything (private browsing, blocked storage or a full quota). You can write stories here, but they will be gone when you leave: export them as Markdown before you do.";

const titleId = (story: Story) => `story-${story.id}-title`;

/** What the form is open for: nothing, a new story (perhaps with a skill ticked), or one story by id. */
type Editing = { kind: "none" } | { kind: "new"; skills: string[] } | { kind: "edit"; id: string };

export function StoryBank({ guides }: { guides: SkillGuide[] }) {
  const stories = useStories();
  const [editing, setEditing] = useState<Editing>({ kind: "none" });
  const [status, setStatus] = useState("");
  const [pendingDelete, setPendingDelete] = useState<Story | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [unavailableDismissed, setUnavailableDismissed] = useState(false);
  const deleteDialog = useRef<HTMLDialogElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);

  // Focus moves after React has drawn the element it moves to (a saved story, the list heading).
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const guideTitles = Object.fromEntries(guides.map((guide) => [guide.slug, guide.title]));
  const bank = stories.bank;
  const matrix = coverageMatrix(bank.stories, guides);
  const coveredCount = guides.length - matrix.uncovered.length;

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
    setFocusTarget(titleId(created.story));
  };

  const saveEdit = (story: Story, input: StoryInput) => {
    stories.save(updateStory(bank, story.id, input, new Date()));
    setEditing({ kind: "none" });
    setStatus(`Saved your changes to “${input.title}”.`);
    setFocusTarget(titleId(story));
  };

  const askDelete = (story: Story) => {
    setPendingDelete(story);
    deleteDialog.current?.showModal();
    // React's autoFocus acts when the closed dialog mounts, not when it opens: start on the safe choice here.
    keepButton.current?.focus();
  };

  const confirmDelete = () => {
    if (!pendingDelete) return;
    stories.save(deleteStory(bank, pendingDelete.id));
    setStatus(`Deleted “${pendingDelete.title}”.`);
    setPendingDelete(null);
    deleteDialog.current?.close();
    setFocusTarget("stories-heading");
  };

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

        {bank.stories.length === 0 && editing.kind !== "new" ? (
          <p className="rounded-lg border border-dashed border-border p-6 text-muted">
            No stories yet. Interviewers for lead roles ask for specific times you did something:
            write the five or six stories you would reach for, once, and rehearse them until they
            come out whole.
          </p>
        ) : null}

        <ul className="space-y-4">
          {bank.stories.map((story) => (
            <li key={story.id}>
              {editing.kind === "edit" && editing.id === story.id ? (
                <StoryForm
                  heading={`Edit “${story.title}”`}
                  guides={guides}
                  initial={{
                    title: story.title,
                    situation: story.situation,
                    task: story.task,
                    action: story.action,
                    result: story.result,
                    outcome: story.outcome,
                    skills: story.skills,
                  }}
                  submitLabel="Save changes"
                  onSave={(input) => saveEdit(story, input)}
                  onCancel={() => {
                    setEditing({ kind: "none" });
                    setFocusTarget(titleId(story));
                  }}
                />
              ) : (
                <StoryCard
                  story={story}
                  guideTitles={guideTitles}
                  onEdit={() => setEditing({ kind: "edit", id: story.id })}
                  onDelete={() => askDelete(story)}
                />
              )}
            </li>
          ))}
        </ul>
      </section>

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
          className="overflow-x-auto rounded-lg border border-border"
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
                {bank.stories.map((story) => (
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
                          onClick={() => startNew([row.slug])}
                        >
                          Write one<span className="sr-only"> for {row.title}</span>
                        </button>
                      </span>
                    )}
                  </td>
                  {bank.stories.map((story) => (
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

      <dialog
        ref={deleteDialog}
        aria-labelledby="delete-story-title"
        className="m-auto max-w-md rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
        onClose={() => setPendingDelete(null)}
      >
        <h2 id="delete-story-title" className="mb-2 text-xl font-semibold">
          Delete “{pendingDelete?.title}”?
        </h2>
        <p className="mb-4">
          The story is removed from this browser. Export your stories first if you might want it
          back.
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className={`${buttonBase} bg-bad text-bg`} onClick={confirmDelete}>
            Delete story
          </button>
          <button
            type="button"
            ref={keepButton}
            className={secondaryButton}
            onClick={() => deleteDialog.current?.close()}
          >
            Keep it
          </button>
        </div>
      </dialog>
    </div>
  );
}

function StoryCard({
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
      aria-labelledby={titleId(story)}
      className="rounded-lg border border-border p-4 sm:p-6"
    >
      <h3 id={titleId(story)} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
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
