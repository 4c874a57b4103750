import { getLibrary } from "@/lib/content/load";
import { libraryAnkiFile } from "@/lib/takeaway/library-files";

export const dynamic = "force-static";

/** Every question in the library, guides and roles, as one Anki import file. */
export function GET() {
  return new Response(libraryAnkiFile(getLibrary()), {
    headers: { "Content-Type": "text/tab-separated-values; charset=utf-8" },
  });
}
