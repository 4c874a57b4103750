import { readLibrary } from "../../content/load";
import { renderGuide } from "../../content/render";
import { serializeJsonLd } from "../../seo/json-ld";
import { guideStructuredData } from "../../seo/structured-data";

/**
 * The content pipeline as a build runs it, timed: read + parse + validate every file and check
 * cross-links (`readLibrary`), then render each guide's Markdown and serialise its JSON-LD.
 */
export type PipelineTiming = {
  guides: number;
  problems: number;
  loadMs: number;
  renderMs: number;
  perGuideMs: number;
};

export function timeContentPipeline(root: string): PipelineTiming {
  const loadStarted = performance.now();
  const { library, problems } = readLibrary(root);
  const loadMs = performance.now() - loadStarted;
  const renderStarted = performance.now();
  let jsonLdBytes = 0;
  for (const guide of library.guides)
    jsonLdBytes += serializeJsonLd(guideStructuredData(renderGuide(guide))).length;
  const renderMs = performance.now() - renderStarted;
  if (library.guides.length > 0 && jsonLdBytes === 0)
    throw new Error("rendering produced no JSON-LD; the timing would be meaningless");
  const guides = library.guides.length;
  return {
    guides,
    problems: problems.length,
    loadMs,
    renderMs,
    perGuideMs: guides > 0 ? (loadMs + renderMs) / guides : 0,
  };
}
