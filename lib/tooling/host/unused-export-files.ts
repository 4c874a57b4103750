/**
 * Files `next build` writes into a static export that no browser ever requests from it. Next 16 writes
 * each page's RSC payload three times: `page.txt` (fetched on a client-side navigation),
 * `page/__next.<segment>.txt` plus `page/__next._tree.txt` (fetched by the segment prefetch cache), and
 * `page/__next._full.txt`, which only a server's "instant test" mode asks for, by request header; a
 * static host cannot answer by header, and no client chunk names the file. It is a third of the
 * export's RSC bytes (28 MB of 179 MB for this library; 13,000 files at 1,000 guides), so the build
 * deletes it rather than making every deploy upload it.
 */
export function isUnusedExportFile(relativePath: string): boolean {
  return /(^|\/)__next\._full\.txt(\.gz)?$/.test(relativePath);
}
