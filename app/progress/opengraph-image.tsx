import { ogImageSize, renderOgCard } from "@/components/og-card";

export const alt = "Leadwise: your progress";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Your progress",
    title: "What you have practised and what is due, kept in your browser",
    detail: "Spaced review of what you missed; nothing leaves your browser",
  });
}
