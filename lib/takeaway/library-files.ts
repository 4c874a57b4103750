import type { Library } from "../content/library";
import { collectLibraryQuestions, type LibraryQuestion } from "../questions/collect";
import { renderedQuestionsById } from "../questions/rendered";
import { buildAnkiTsv } from "./anki";
import { buildAtomFeed } from "./atom";
import { ankiCardForQuestion } from "./cards";

/** The Anki file for some of the library's questions (one guide's, or all of them). */
export function ankiFileFor(
  library: Library,
  entries: readonly LibraryQuestion[],
  deck: string,
): string {
  const rendered = renderedQuestionsById(library);
  return buildAnkiTsv(
    entries.flatMap((entry) => {
      const question = rendered.get(entry.question.id);
      return question ? [ankiCardForQuestion(entry, question)] : [];
    }),
    deck,
  );
}

export function guideAnkiFile(library: Library, slug: string): string | null {
  const guide = library.guides.find((candidate) => candidate.slug === slug);
  if (!guide) return null;
  const entries = collectLibraryQuestions(library).filter(
    (entry) => entry.owner.kind === "guide" && entry.owner.slug === slug,
  );
  return ankiFileFor(library, entries, `Leadwise::${guide.title}`);
}

export function libraryAnkiFile(library: Library): string {
  return ankiFileFor(library, collectLibraryQuestions(library), "Leadwise");
}

export const ankiGuidePath = (slug: string) => `/api/anki/${slug}.tsv`;
export const ankiLibraryPath = "/api/anki.tsv";
export const feedPath = "/feed.xml";

/** The Atom feed of guides, newest update first. `absolute` turns a site path into a full URL. */
export function guidesFeed(
  library: Library,
  site: { name: string; description: string },
  absolute: (path: string) => string,
): string {
  return buildAtomFeed({
    id: absolute("/guides"),
    title: `${site.name}: skill guides`,
    subtitle: site.description,
    selfUrl: absolute(feedPath),
    siteUrl: absolute("/guides"),
    authorName: site.name,
    entries: library.guides.map((guide) => ({
      id: absolute(`/guides/${guide.slug}`),
      title: guide.title,
      updated: guide.updated,
      url: absolute(`/guides/${guide.slug}`),
      summary: guide.summary,
      categories: guide.tags,
    })),
  });
}
