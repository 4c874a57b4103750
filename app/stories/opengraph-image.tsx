import { ogImageSize, renderOgCard } from "@/components/og-card";

export const alt = "Leadwise: story bank";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Story bank",
    title: "Your own stories, matched to the skills interviewers probe",
    detail: "Write each story once; see which skills it covers",
  });
}
