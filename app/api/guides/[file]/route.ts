import { guideDocument } from "@/lib/content/api";
import { getGuideBySlug, getGuideSlugs } from "@/lib/content/load";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuideSlugs().map((slug) => ({ file: `${slug}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/api/guides/[file]">) {
  const { file } = await params;
  const guide = getGuideBySlug(file.replace(/\.json$/, ""));
  if (!guide) return Response.json({ error: "unknown guide" }, { status: 404 });
  return Response.json(guideDocument(guide));
}
