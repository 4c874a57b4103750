import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link between the site's static pages. Next prefetches every link that scrolls into view by
 * default; on a reading page with dozens of links that is a burst of requests and main-thread work
 * during load (Lighthouse counts it as blocking time) for pages the reader may never open. Without
 * viewport prefetching, Next still prefetches on hover and touch, which is soon enough for static HTML.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
