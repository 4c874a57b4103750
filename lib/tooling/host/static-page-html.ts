/**
 * Pages without Next's client runtime. Every exported page is static HTML; what it does in the
 * browser is the page behaviours (lib/page-behaviours) and, on a page that has them, islands that
 * React renders (components/islands). Neither needs Next's router or the inline RSC payload, a second
 * copy of the page that is half a guide's bytes, so the build swaps both for one module and the
 * page's island chunks. Which islands a page holds is read from the page itself: the client
 * components its payload imports.
 */

/** Client references that are the framework's own parts, present on every page. */
const frameworkOnly = new Set([
  "",
  "default",
  "OutletBoundary",
  "ViewportBoundary",
  "MetadataBoundary",
  "IconMark",
]);

const payloadScript = /<script>self\.__next_f\.push\((.*?)\)<\/script>/gs;

/** The RSC payload the page carries for hydration, joined back into its rows. */
export function inlinePayload(html: string): string {
  let payload = "";
  for (const match of html.matchAll(payloadScript)) {
    const pushed: unknown = JSON.parse(match[1] ?? "null");
    if (Array.isArray(pushed) && typeof pushed[1] === "string") payload += pushed[1];
  }
  return payload;
}

/** The export names of the client components the page's payload imports (`id:I[module, chunks, name]`). */
export function clientComponentNames(html: string): string[] {
  const rows = new Map<string, string>();
  for (const line of inlinePayload(html).split("\n")) {
    const row = /^([0-9a-f]+):(.*)$/.exec(line);
    if (row?.[1] && row[2] !== undefined) rows.set(row[1], row[2]);
  }
  const names = new Set<string>();
  for (const value of rows.values()) {
    const reference = /^I\[\d+,\[[^\]]*\],"([^"]*)"/.exec(value);
    if (!reference) continue;
    const name = reference[1] ?? "";
    // A repeated name is written once as a string row and referenced as "$<row>".
    const named = name.startsWith("$") ? rows.get(name.slice(1)) : undefined;
    names.add(named ? (JSON.parse(named) as string) : name);
  }
  return [...names].sort();
}

/** The client components on the page beyond the framework's own: its islands. */
export function islandsOf(html: string): string[] {
  return clientComponentNames(html).filter((name) => !frameworkOnly.has(name));
}

/**
 * The islands a page holds, as its `<Island>` boxes name them, and the client components its payload
 * imports that no box holds: rendered into the HTML but never brought to life (they must be empty).
 */
export function pageIslands(html: string): { islands: string[]; unboxed: string[] } {
  const boxes = new Set(
    [...html.matchAll(/\bdata-island="([^"]+)"/g)].map((match) => match[1] ?? ""),
  );
  return {
    islands: [...boxes],
    unboxed: islandsOf(html).filter((name) => !boxes.has(name)),
  };
}

/** True when the page was rendered by React with a payload to hydrate (not already converted). */
export function hasFrameworkPayload(html: string): boolean {
  return html.includes("self.__next_f");
}

const frameworkTags = [
  // The framework's chunks, including the nomodule polyfills.
  /<script src="\/_next\/static\/chunks\/[^"]+"[^>]*><\/script>/g,
  /<link rel="preload" as="script"[^>]*href="\/_next\/static\/chunks\/[^"]+"[^>]*\/?>/g,
  // Turbopack's chunk list, and the payload with its bootstrap.
  /<script id="_R_">.*?<\/script>/gs,
  /<script>\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)<\/script>/g,
  payloadScript,
];

/** The module every page loads, and the chunks to preload with it (static imports, islands). */
export type PageModules = { src: string; preloads: readonly string[] };

/**
 * The page without the framework's scripts and payload, loading the page module instead, with the
 * chunks it will import preloaded so they download beside it rather than after it.
 */
export function toStaticPage(html: string, modules: PageModules): string {
  let page = html;
  for (const tag of frameworkTags) page = page.replace(tag, "");
  // A new shape of framework script would leave the page half-converted: fail the build instead.
  if (/<script[^>]*_next\/static\/chunks/.test(page) || hasFrameworkPayload(page))
    throw new Error(
      "a framework script or payload is left after stripping; see static-page-html.ts",
    );
  // Low priority: the chunks are fetched early but never ahead of the stylesheet, which paints.
  const preloads = modules.preloads.map(
    (src) => `<link rel="modulepreload" fetchpriority="low" href="${src}"/>`,
  );
  return page.replace(
    "</head>",
    `${preloads.join("")}<script type="module" src="${modules.src}"></script></head>`,
  );
}
