import { ogImageSize, renderOgCard } from "@/components/og-card";

export const alt = "Leadwise: offline";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Offline",
    title: "Practise with no network",
    detail: "Pages you have opened, your progress and your plan work offline",
  });
}
