import type { Metadata } from "next";
import { Island } from "@/components/islands/island";
import { IslandPage } from "@/components/island-page";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Practise interview questions",
  description:
    "Flashcards graded against the signals interviewers listen for, knowledge checks, timed mock interviews and spaced review. Progress stays in your browser.",
  path: "/practice",
});

export default function PracticePage() {
  return (
    <IslandPage
      title="Practise"
      intro="Say your answer out loud, then check it against what interviewers listen for. Everything you grade comes back for review just before you would forget it. Nothing leaves your browser."
      withoutScript="The practice runner needs JavaScript. Every guide, with its questions and strong answers, works without it."
    >
      <Island name="PracticeApp" props={{}} />
    </IslandPage>
  );
}
