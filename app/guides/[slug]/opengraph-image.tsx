import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getGuideBySlug, getGuideSlugs } from "@/lib/content/load";
import { categoryLabels } from "@/lib/content/schema";

export const alt = "Leadwise skill guide";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuideSlugs().map((slug) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const guide = getGuideBySlug(slug);
  if (!guide) throw new Error(`No guide "${slug}" for its Open Graph image`);
  return renderOgCard({
    eyebrow: `${categoryLabels[guide.category].label} · skill guide`,
    title: guide.title,
    detail: `${guide.questions.length} interview questions with strong answers, signals and red flags`,
  });
}
