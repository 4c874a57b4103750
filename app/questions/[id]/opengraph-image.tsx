import { questionTypeLabels } from "@/components/badges";
import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getLibrary } from "@/lib/content/load";
import { collectLibraryQuestions, findLibraryQuestion } from "@/lib/questions/collect";

export const alt = "Leadwise interview question";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return collectLibraryQuestions(getLibrary()).map((entry) => ({ id: entry.question.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const entry = findLibraryQuestion(getLibrary(), id);
  if (!entry) throw new Error(`No question "${id}" for its Open Graph image`);
  return renderOgCard({
    eyebrow: `${entry.owner.title} · interview question`,
    title: entry.question.question,
    detail: `${questionTypeLabels[entry.question.type]} · ${entry.question.difficulty} · a strong answer, signals and red flags`,
  });
}
