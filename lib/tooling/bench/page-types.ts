import type { Library } from "../../content/library";

/**
 * One page of each kind the site has, measured by `npm run bench` and the budget test. Pages other
 * features are still building are listed too: a page missing from the export is reported as
 * "not built", never an error, so both tools work at every stage of the project.
 */
export type PageType = { id: string; label: string; urlPath: string };

/** The guide every sample page is taken from: the flagship skill, present since the first release. */
export const sampleGuideSlug = "technical-leadership";

export function pageTypes(library: Library): PageType[] {
  const firstQuestion =
    library.guides.find((guide) => guide.slug === sampleGuideSlug)?.questions[0]?.id ??
    "missing-question";
  return [
    { id: "home", label: "Home", urlPath: "/" },
    { id: "catalog", label: "Guide catalog", urlPath: "/guides" },
    { id: "guide", label: "Guide", urlPath: `/guides/${sampleGuideSlug}` },
    { id: "role", label: "Role", urlPath: "/roles/tech-lead" },
    { id: "questions-hub", label: "Questions hub", urlPath: "/questions" },
    { id: "question", label: "Question", urlPath: `/questions/${firstQuestion}` },
    { id: "practice", label: "Practice", urlPath: "/practice" },
    { id: "progress", label: "Progress", urlPath: "/progress" },
    { id: "stories", label: "Story bank", urlPath: "/stories" },
    { id: "notebook", label: "Answer notebook", urlPath: "/notebook" },
  ];
}
