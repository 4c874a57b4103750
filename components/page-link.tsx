import type { ComponentProps } from "react";

/**
 * A link between the site's pages: a plain anchor, so every page opens as a document. Most pages are
 * reading pages with no framework to route them (lib/tooling/cli/reading-pages.ts), and a static
 * page loads as fast as the router could fetch its payload; the export then needs no RSC payload
 * files at all (the build removes them).
 */
export function PageLink({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  return <a href={href} {...props} />;
}
