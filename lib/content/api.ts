import type { Guide } from "./parse";

/** The machine-readable index at /api/guides.json: enough to list and link every guide. */
export function guideIndexEntry(guide: Guide) {
  return {
    slug: guide.slug,
    title: guide.title,
    category: guide.category,
    summary: guide.summary,
    updated: guide.updated,
    url: `/guides/${guide.slug}`,
    counts: { questions: guide.questions.length, knowledgeChecks: guide.knowledgeChecks.length, faq: guide.faq.length },
  };
}

/** The whole typed guide at /api/guides/<slug>.json; the build-only `sourceFile` stays private. */
export function guideDocument(guide: Guide) {
  const { sourceFile: _sourceFile, kind: _kind, ...document } = guide;
  return document;
}
