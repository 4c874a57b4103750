/**
 * Reading pages: exported pages whose only client code is the page behaviours every page runs
 * (lib/page-behaviours). React would hydrate them only to attach listeners the behaviours attach
 * without it, so the build swaps the framework's scripts and its copy of the page (the inline RSC
 * payload, about half of a guide's bytes) for one small module. Which pages qualify is read from the
 * page itself: the client components its payload references.
 */

/** Client references every page has: the framework's own boundaries and router parts, next/link
 *  (exported as "" or "default") and the layout's PageBehaviours island. */
const frameworkOnly = new Set([
  "",
  "default",
  "OutletBoundary",
  "ViewportBoundary",
  "MetadataBoundary",
  "IconMark",
  "PageBehaviours",
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

/** The client components on the page beyond what every page has: empty for a reading page. */
export function islandsOf(html: string): string[] {
  return clientComponentNames(html).filter((name) => !frameworkOnly.has(name));
}

/** True when the page was rendered by React with a payload to hydrate (not already stripped). */
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

/** The behaviours module a reading page loads, and the chunks it imports statically. */
export type BehavioursModule = { src: string; imports: readonly string[] };

/**
 * The page without the framework's scripts and payload, loading the behaviours module instead (its
 * static imports preloaded, so they download with it rather than after it).
 */
export function toReadingPage(html: string, behaviours: BehavioursModule): string {
  let page = html;
  for (const tag of frameworkTags) page = page.replace(tag, "");
  // A new shape of framework script would leave the page half-stripped: fail the build instead.
  if (/<script[^>]*_next\/static\/chunks/.test(page) || hasFrameworkPayload(page))
    throw new Error(
      "a framework script or payload is left after stripping; see reading-page-html.ts",
    );
  const preloads = behaviours.imports.map((src) => `<link rel="modulepreload" href="${src}"/>`);
  return page.replace(
    "</head>",
    `${preloads.join("")}<script type="module" src="${behaviours.src}"></script></head>`,
  );
}
