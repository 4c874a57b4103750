/**
 * Files `next build` writes into a static export that no browser ever requests from it: every RSC
 * payload. Next 16 writes each page's payload as `page.txt` (fetched by the router on a client-side
 * navigation), as `page/__next.<segment>.txt` plus `page/__next._tree.txt` (fetched by the segment
 * prefetch cache) and as `page/__next._full.txt` (asked for only by a server's test mode, by request
 * header). Leadwise links pages with plain anchors (components/page-link.tsx) and never routes on
 * the client, so a page is only ever requested as HTML, and its first payload is inline. At 1,000
 * guides the payload files are most of the export's files and a large share of its bytes.
 *
 * `htmlTwinExists` says whether `<same path>.html` is in the export: a `.txt` file is a payload only
 * beside its page, so a text file the site serves on purpose (robots.txt) is kept.
 */
export function isUnusedExportFile(
  relativePath: string,
  htmlTwinExists: (htmlPath: string) => boolean,
): boolean {
  const file = relativePath.replace(/\.gz$/, "");
  if (/(^|\/)__next\.[^/]*\.txt$/.test(file)) return true;
  return file.endsWith(".txt") && htmlTwinExists(file.replace(/\.txt$/, ".html"));
}
