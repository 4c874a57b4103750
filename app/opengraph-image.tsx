import { ogImageSize, renderOgCard } from "@/components/og-card";

export const alt = "Leadwise: prepare for technical-leadership interviews";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Interview preparation",
    title: "Prepare for technical-leadership interviews",
    detail: "Guides, strong answers and practice for tech-lead, staff and manager loops",
  });
}
