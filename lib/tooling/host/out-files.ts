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
