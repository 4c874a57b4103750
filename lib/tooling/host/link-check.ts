import { Parser } from "htmlparser2";
import { htmlUrlPath } from "./out-files";
import { planReply, type StaticSite } from "./static-server";

/**
 * The link check over a built export: every URL a page's markup points at (links, scripts, images,
 * icons, the canonical and Open Graph addresses) is answered by the static server with a file, each
 * fragment names an element of the page it points into, and every page is reached by links from
 * home. It asks the server's own request planner (planReply) rather than an HTTP crawl, so it sees
 * exactly what a visitor's request would get, without the network.
 */

/** Attributes that hold one URL, by element. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  iframe: ["src"],
  audio: ["src"],
  video: ["src", "poster"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  button: ["formaction"],
  input: ["src", "formaction"],
};

/** Meta tags whose content is a URL of the page or of an asset (Open Graph and Twitter cards). */
const urlMetaNames = new Set(["og:url", "og:image", "twitter:image"]);

export type PageReferences = {
  /** Element ids and named anchors: what a fragment can point at. */
  targets: Set<string>;
  /** Every URL the markup points at, as written; `navigates` for links a crawler follows. */
  urls: { value: string; navigates: boolean }[];
};

export function readPageReferences(html: string): PageReferences {
  const targets = new Set<string>();
  const urls: PageReferences["urls"] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) targets.add(attributes.id);
        if (name === "a" && attributes.name) targets.add(attributes.name);
        for (const attribute of urlAttributes[name] ?? []) {
          const value = attributes[attribute]?.trim();
          if (value) urls.push({ value, navigates: name === "a" || name === "area" });
        }
        for (const candidate of (attributes.srcset ?? "").split(",")) {
          const value = candidate.trim().split(/\s+/)[0];
          if (value) urls.push({ value, navigates: false });
        }
        const metaName = attributes.property ?? attributes.name ?? "";
        if (name === "meta" && urlMetaNames.has(metaName) && attributes.content)
          urls.push({ value: attributes.content.trim(), navigates: false });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { targets, urls };
}

export type BuiltPage = { urlPath: string; html: string };

export type LinkReport = {
  /** "<problem>: <url> (on <page>)", one line per broken reference. */
  broken: string[];
  /** URL paths of the HTML pages reached from home by following links. */
  reached: Set<string>;
  /** How many references were checked, so a check that found no links cannot pass unseen. */
  checked: number;
};

/**
 * Checks every reference on `pages` against `site`. URLs on `siteOrigin` (the canonical address)
 * count as the site's own; other origins and non-HTTP schemes are not the export's to answer.
 * `excusedFragment` names a fragment whose element a page's script renders, not its HTML.
 */
export function checkLinks(
  site: StaticSite,
  pages: readonly BuiltPage[],
  siteOrigin: string,
  excusedFragment: (fragment: string) => boolean = () => false,
): LinkReport {
  const local = "http://export.invalid";
  const references = new Map(pages.map((page) => [page.urlPath, readPageReferences(page.html)]));
  const targetsOf = (file: string) => {
    return references.get(htmlUrlPath(site.root, file))?.targets ?? null;
  };
  const broken: string[] = [];
  const links = new Map<string, string[]>();
  let checked = 0;
  for (const page of pages) {
    const followed: string[] = [];
    for (const { value, navigates } of references.get(page.urlPath)?.urls ?? []) {
      const url = URL.parse(value, `${local}${page.urlPath}`);
      if (!url) {
        broken.push(`not a URL: ${value} (on ${page.urlPath})`);
        continue;
      }
      const own = url.origin === local || url.origin === siteOrigin;
      if (!own || !url.protocol.startsWith("http")) continue;
      checked += 1;
      const reply = planReply(site, "GET", `${url.pathname}${url.search}`, undefined);
      const where = `${value} (on ${page.urlPath})`;
      if (reply.status !== 200 || !reply.file) {
        broken.push(`${reply.status}: ${where}`);
        continue;
      }
      const fragment = decodedFragment(url.hash);
      if (reply.file.endsWith(".html")) {
        if (navigates) followed.push(url.pathname);
        if (fragment && !excusedFragment(fragment) && !targetsOf(reply.file)?.has(fragment))
          broken.push(`no element #${fragment}: ${where}`);
      }
    }
    links.set(page.urlPath, followed);
  }
  return { broken, reached: reachableFrom("/", links), checked };
}

/** The fragment as an id reads (`#caf%C3%A9` names `café`); a malformed escape is kept as written. */
function decodedFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

function reachableFrom(start: string, links: Map<string, string[]>): Set<string> {
  const reached = new Set<string>([start]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift())
    for (const target of links.get(next) ?? [])
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
  return reached;
}
