import { ogImageSize, renderOgCard } from "@/components/og-card";

export const alt = "Leadwise: answer notebook";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Answer notebook",
    title: "Your answers, kept and critiqued",
    detail: "Drafts and attempts saved in your browser, with feedback that never leaves it",
  });
}
