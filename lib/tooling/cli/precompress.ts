/**
 * Runs last in `npm run build`: writes a gzip copy (`x.html.gz`) beside every text file of the export,
 * so `npm start` (and nginx's gzip_static) send compressed bytes without compressing per request.
 * Idempotent: each run rewrites every copy from the current file.
 *
 *   tsx lib/tooling/cli/precompress.ts [--dir out]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { filesBelow } from "../host/out-files";
import { precompressedExtensions } from "../host/static-server";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const root = path.resolve(dirIndex >= 0 ? (args[dirIndex + 1] ?? "out") : "out");

let files = 0;
let saved = 0;
for (const file of filesBelow(root)) {
  if (!precompressedExtensions.includes(path.extname(file))) continue;
  const original = readFileSync(file);
  const compressed = gzipSync(original, { level: 9 });
  writeFileSync(`${file}.gz`, compressed);
  files += 1;
  saved += original.length - compressed.length;
}
console.log(
  `Precompressed ${files} files in ${path.relative(process.cwd(), root) || "."} (${(saved / 1024 / 1024).toFixed(1)} MB smaller over the wire).`,
);
