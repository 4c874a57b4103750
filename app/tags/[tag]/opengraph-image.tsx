import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getLibrary } from "@/lib/content/load";
import { collectLibraryQuestions } from "@/lib/questions/collect";
import { tagIndex, tagLabel } from "@/lib/questions/tags";

export const alt = "Leadwise topic";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamicParams = false;

function allTags() {
  const library = getLibrary();
  return tagIndex(library, collectLibraryQuestions(library));
}

export function generateStaticParams() {
  return allTags().map((entry) => ({ tag: entry.tag }));
}

export default async function Image({ params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params;
  const entry = allTags().find((candidate) => candidate.tag === tag);
  if (!entry) throw new Error(`No tag "${tag}" for its Open Graph image`);
  return renderOgCard({
    eyebrow: "Topic",
    title: tagLabel(tag),
    detail: `${entry.guides.length} guides and ${entry.questions.length} interview questions`,
  });
}
