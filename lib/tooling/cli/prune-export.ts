/**
 * Runs after `next build` (the `postbuild` script, before the .gz copies are written): deletes the
 * files of the export no browser requests (lib/tooling/host/unused-export-files.ts says which and why).
 *
 *   tsx lib/tooling/cli/prune-export.ts [--dir out]
 */
import { existsSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { filesBelow } from "../host/out-files";
import { isUnusedExportFile } from "../host/unused-export-files";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const root = path.resolve(dirIndex >= 0 ? (args[dirIndex + 1] ?? "out") : "out");

let files = 0;
let bytes = 0;
for (const file of filesBelow(root, ["_next", "pagefind"])) {
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (!isUnusedExportFile(relative, (htmlPath) => existsSync(path.join(root, htmlPath)))) continue;
  bytes += statSync(file).size;
  rmSync(file);
  files += 1;
}
console.log(
  `Removed ${files} files no browser requests from ${path.relative(process.cwd(), root) || "."} (${(bytes / 1024 / 1024).toFixed(1)} MB).`,
);
