import { guideIndexEntry } from "@/lib/content/api";
import { getAllGuides } from "@/lib/content/load";

export const dynamic = "force-static";

export function GET() {
  const guides = getAllGuides();
  return Response.json({ count: guides.length, guides: guides.map(guideIndexEntry) });
}
