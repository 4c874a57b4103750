import { ogImageSize, renderOgCard } from "@/components/og-card";
import { getRoleBySlug, getRoleSlugs } from "@/lib/content/load";

export const alt = "Leadwise role guide";
export const size = ogImageSize;
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().map((slug) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const role = getRoleBySlug(slug);
  if (!role) throw new Error(`No role "${slug}" for its Open Graph image`);
  return renderOgCard({
    eyebrow: "Role guide",
    title: `${role.title} interviews`,
    detail: "What the role owns, how the loop runs, what separates levels",
  });
}
