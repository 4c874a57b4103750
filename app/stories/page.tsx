import type { Metadata } from "next";
import { StoryBank } from "@/components/stories/story-bank";
import { getAllGuides } from "@/lib/content/load";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Your story bank",
  description: "Write your leadership stories once in situation, task, action, result form, see which skills they cover and which have no story yet, and export them. Kept in your browser only.",
  path: "/stories",
});

export default function StoriesPage() {
  // Only slug and title cross to the client: the island needs names for the skill checkboxes, not guides.
  const guides = getAllGuides().map((guide) => ({ slug: guide.slug, title: guide.title }));
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-2 text-4xl font-bold tracking-tight">Your story bank</h1>
      <p className="mb-8 max-w-2xl text-lg text-muted">
        Behavioural rounds are won with specific, well-told stories. Write each one once, tick the skills it shows, and find the skills you have no story
        for yet. Stories stay in this browser; export them with your progress or as Markdown.
      </p>
      <noscript>
        <p className="mb-6 rounded-md border border-warn bg-warn-soft p-3">The story bank keeps your stories in your browser&apos;s storage, which needs JavaScript.</p>
      </noscript>
      {/* Like the practice runner, the island renders once storage is read; a screen reserved up front keeps the footer still. */}
      <div className="min-h-svh">
        <StoryBank guides={guides} />
      </div>
    </div>
  );
}
