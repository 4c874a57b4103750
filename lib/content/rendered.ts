import { oncePerObject } from "../once-per-object";
import type { Guide, Role } from "./parse";
import { renderGuide, renderRole, type RenderedGuide, type RenderedRole } from "./render";

// A guide is drawn by its page, its practice bank file and, through its questions, by every
// question page, Anki file and the feed; each of those rendered it again, three renders of the
// whole library per build process (a sixth of a 1,000-guide build). Kept per page object, so the
// library cached per process (load.ts) is rendered once; on globalThis because Next loads page
// and route modules as separate instances. renderGuide itself stays uncached, for the bench.
const cacheKey = Symbol.for("leadwise.renderedPages");
type RenderedPages = { guides: WeakMap<Guide, RenderedGuide>; roles: WeakMap<Role, RenderedRole> };
const globalCache = globalThis as typeof globalThis & { [cacheKey]?: RenderedPages };

function renderedPages(): RenderedPages {
  globalCache[cacheKey] ??= { guides: new WeakMap(), roles: new WeakMap() };
  return globalCache[cacheKey];
}

/** The guide rendered for its template (see renderGuide), once per guide object. */
export function renderedGuide(guide: Guide): RenderedGuide {
  return oncePerObject(renderedPages().guides, guide, renderGuide);
}

/** The role rendered for its template (see renderRole), once per role object. */
export function renderedRole(role: Role): RenderedRole {
  return oncePerObject(renderedPages().roles, role, renderRole);
}
