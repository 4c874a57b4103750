import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getLibrary } from "@/lib/content/load";
import { collectLibraryQuestions } from "@/lib/questions/collect";

export const alt = "Leadwise: question bank";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  return renderOgCard({
    eyebrow: "Question bank",
    title: "Every interview question, with strong answers and signals",
    detail: `${collectLibraryQuestions(getLibrary()).length} interview questions to filter and practise`,
  });
}
