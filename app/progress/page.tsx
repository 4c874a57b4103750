import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { IslandPage } from "@/components/island-page";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Your progress",
  description:
    "Mastery by skill, questions due for spaced review, recent practice sessions and a chart of your reviews. Stored only in your browser.",
  path: "/progress",
});

export default function ProgressPage() {
  return (
    <IslandPage
      title="Your progress"
      intro="What you have practised, what is due, and how it is going. It is kept in this browser only."
      withoutScript="Progress is read from your browser's storage, which needs JavaScript."
    >
      <Island name="ProgressDashboard" props={{}} />
    </IslandPage>
  );
}
