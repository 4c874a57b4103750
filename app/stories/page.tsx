import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { IslandPage } from "@/components/island-page";
import { getAllGuides } from "@/lib/content/load";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Your story bank",
  description:
    "Write your leadership stories once in situation, task, action, result form, see which skills they cover and which have no story yet, and export them. Kept in your browser only.",
  path: "/stories",
});

export default function StoriesPage() {
  // Only slug and title cross to the client: the island needs names for the skill checkboxes, not guides.
  const guides = getAllGuides().map((guide) => ({ slug: guide.slug, title: guide.title }));
  return (
    <IslandPage
      title="Your story bank"
      intro="Behavioural rounds are won with specific, well-told stories. Write each one once, tick the skills it shows, and find the skills you have no story for yet. Stories stay in this browser; export them with your progress or as Markdown."
      withoutScript="The story bank keeps your stories in your browser's storage, which needs JavaScript."
    >
      <Island name="StoryBank" props={{ guides }} />
    </IslandPage>
  );
}
