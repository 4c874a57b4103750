import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getLibrary } from "@/lib/content/load";
import { collectLibraryQuestions } from "@/lib/questions/collect";
import { tagIndex } from "@/lib/questions/tags";

export const alt = "Leadwise: topics";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamic = "force-static";

export default function Image() {
  const library = getLibrary();
  const topics = tagIndex(library, collectLibraryQuestions(library)).length;
  return renderOgCard({
    eyebrow: "Topics",
    title: "Every topic a leadership loop touches",
    detail: `${topics} topics, each with its guides and interview questions`,
  });
}
