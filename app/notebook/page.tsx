import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { IslandPage } from "@/components/island-page";
import { getAllGuides, getAllRoles } from "@/lib/content/load";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Your answer notebook",
  description:
    "Every interview answer you have drafted, with each earlier attempt and feedback on structure, ownership, evidence and length worked out in your browser. Kept in your browser only.",
  path: "/notebook",
});

export default function NotebookPage() {
  // Only slug and title cross to the client: the island needs names for its filters.
  const named = (page: { slug: string; title: string }) => ({ slug: page.slug, title: page.title });
  return (
    <IslandPage
      title="Your answer notebook"
      intro="The answers you have written to interview questions, each with its earlier attempts. Filter them by skill or role, get feedback on a draft, and export them as Markdown. They stay in this browser."
      withoutScript="The notebook keeps your answers in your browser's storage, which needs JavaScript."
    >
      <Island
        name="NotebookView"
        props={{ guides: getAllGuides().map(named), roles: getAllRoles().map(named) }}
      />
    </IslandPage>
  );
}
