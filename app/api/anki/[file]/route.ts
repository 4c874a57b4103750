import { getGuideSlugs, getLibrary } from "@/lib/content/load";
import { guideAnkiFile } from "@/lib/takeaway/library-files";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuideSlugs().map((slug) => ({ file: `${slug}.tsv` }));
}

/** One guide's questions as an Anki import file (see lib/takeaway/anki.ts for the format). */
export async function GET(_request: Request, { params }: RouteContext<"/api/anki/[file]">) {
  const { file } = await params;
  const tsv = guideAnkiFile(getLibrary(), file.replace(/\.tsv$/, ""));
  if (tsv === null) return new Response("unknown guide", { status: 404 });
  return new Response(tsv, {
    headers: { "Content-Type": "text/tab-separated-values; charset=utf-8" },
  });
}
