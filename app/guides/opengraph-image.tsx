import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getAllGuides } from "@/lib/content/load";

export const alt = "Leadwise: skill guides";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Skill guides",
    title: "Every skill a leadership loop tests, in one place",
    detail: `${getAllGuides().length} skill guides with strong answers, signals and red flags`,
  });
}
