import { getLibrary } from "@/lib/content/load";
import { absoluteUrl, site } from "@/lib/site";
import { guidesFeed } from "@/lib/takeaway/library-files";

export const dynamic = "force-static";

/** An Atom feed of the skill guides by updated date, linked from every page's <head>. */
export function GET() {
  return new Response(guidesFeed(getLibrary(), site, absoluteUrl), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
