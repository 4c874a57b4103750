import { ogImageSize, renderOgCard } from "@/components/og-card";

export const alt = "Leadwise: loop plan";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Loop plan",
    title: "A plan to your loop date",
    detail: "Guides, practice, stories and a mock interview, day by day, offline too",
  });
}
