import { ogImageSize, renderOgCard } from "@/components/og-card";

export const alt = "Leadwise: practice";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Practice",
    title: "Flashcards, knowledge checks and timed mock interviews",
    detail: "Self-graded against the signals an interviewer listens for",
  });
}
