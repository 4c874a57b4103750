import type { MetadataRoute } from "next";
import { getAllGuides, getAllRoles, getLibrary } from "@/lib/content/load";
import { collectLibraryQuestions } from "@/lib/questions/collect";
import { tagIndex } from "@/lib/questions/tags";
import { absoluteUrl, site } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const guides = getAllGuides();
  const roles = getAllRoles();
  const newest = [...guides, ...roles]
    .map((page) => page.updated)
    .sort()
    .at(-1);
  return [
    { url: site.url, lastModified: newest },
    { url: absoluteUrl("/guides"), lastModified: newest },
    { url: absoluteUrl("/roles"), lastModified: newest },
    // The story bank is an empty shell until the learner writes stories: it has no content date of its own.
    { url: absoluteUrl("/practice") },
    { url: absoluteUrl("/progress") },
    { url: absoluteUrl("/stories") },
    { url: absoluteUrl("/plan") },
    { url: absoluteUrl("/notebook") },
    ...guides.map((guide) => ({
      url: absoluteUrl(`/guides/${guide.slug}`),
      lastModified: guide.updated,
    })),
    ...roles.map((role) => ({
      url: absoluteUrl(`/roles/${role.slug}`),
      lastModified: role.updated,
    })),
    ...questionsAndTags(newest),
  ];
}

/** The questions hub, each question's page (dated by the page it belongs to), and every tag page. */
function questionsAndTags(newest: string | undefined): MetadataRoute.Sitemap {
  const library = getLibrary();
  const questions = collectLibraryQuestions(library);
  const updatedBySlug = new Map(
    [...library.guides, ...library.roles].map((page) => [
      `${page.kind}:${page.slug}`,
      page.updated,
    ]),
  );
  return [
    { url: absoluteUrl("/questions"), lastModified: newest },
    ...questions.map((entry) => ({
      url: absoluteUrl(`/questions/${entry.question.id}`),
      lastModified: updatedBySlug.get(`${entry.owner.kind}:${entry.owner.slug}`),
    })),
    { url: absoluteUrl("/tags"), lastModified: newest },
    ...tagIndex(library, questions).map((entry) => ({
      url: absoluteUrl(`/tags/${entry.tag}`),
      lastModified: newest,
    })),
  ];
}
