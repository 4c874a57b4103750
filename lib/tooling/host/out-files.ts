import { readdirSync } from "node:fs";
import path from "node:path";

/** Every regular file below `directory` (symlinks are not followed), skipping folders named in `skip`. */
export function filesBelow(directory: string, skip: readonly string[] = []): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesBelow(absolute, skip);
    return entry.isFile() ? [absolute] : [];
  });
}

/** The clean URL path a static host serves an HTML file of the export at: `guides/x.html` is `/guides/x`, `index.html` is `/`. */
export function htmlUrlPath(root: string, file: string): string {
  const relative = path.relative(root, file).split(path.sep).join("/");
  return `/${relative.replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`;
}
