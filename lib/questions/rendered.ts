import type { Library } from "../content/library";
import type { RenderedQuestion } from "../content/render";
import { renderedGuide, renderedRole } from "../content/rendered";

// Question pages, the Anki files and the feed all need questions rendered to HTML; rendering the
// owning page once per build process (not once per question page) keeps 275 pages cheap. On
// globalThis because Next loads page and route modules as separate instances.
const cacheKey = Symbol.for("leadwise.renderedQuestions");
const globalCache = globalThis as typeof globalThis & {
  [cacheKey]?: { library: Library; byId: Map<string, RenderedQuestion> };
};

/** Every question rendered the way its own page renders it, by id. */
export function renderedQuestionsById(library: Library): Map<string, RenderedQuestion> {
  const cached = globalCache[cacheKey];
  if (cached && cached.library === library) return cached.byId;
  const byId = new Map<string, RenderedQuestion>();
  for (const guide of library.guides)
    for (const question of renderedGuide(guide).questions) byId.set(question.id, question);
  for (const role of library.roles)
    for (const question of renderedRole(role).questions) byId.set(question.id, question);
  globalCache[cacheKey] = { library, byId };
  return byId;
}
