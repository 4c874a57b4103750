/**
 * Runs after `next build` (the `postbuild` script): gives every HTML page in out/ a meta policy
 * pinning its own inline scripts by hash (lib/tooling/host/inline-script-csp.ts explains why). Idempotent.
 *
 *   tsx lib/tooling/cli/pin-inline-scripts.ts [--dir out]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { headersForPath, parseHeadersFile } from "../host/headers-file";
import { inlineScripts, pinInlineScripts } from "../host/inline-script-csp";
import { filesBelow, htmlUrlPath } from "../host/out-files";

const args = process.argv.slice(2);
const dirIndex = args.indexOf("--dir");
const root = path.resolve(dirIndex >= 0 ? (args[dirIndex + 1] ?? "out") : "out");
const headersFile = path.join(root, "_headers");

if (!existsSync(headersFile)) {
  console.error(
    `No ${headersFile}: build the site first (public/_headers is copied into the export).`,
  );
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(headersFile, "utf8"));

const htmlFiles = (directory: string) =>
  filesBelow(directory, ["_next"]).filter((file) => file.endsWith(".html"));

let pages = 0;
let scripts = 0;
for (const file of htmlFiles(root)) {
  const urlPath = htmlUrlPath(root, file);
  const headerPolicy = headersForPath(rules, urlPath)["Content-Security-Policy"];
  if (!headerPolicy) {
    console.error(
      `_headers sends no Content-Security-Policy for ${urlPath}; refusing to pin a page the host leaves unprotected.`,
    );
    process.exit(1);
  }
  const html = readFileSync(file, "utf8");
  const pinned = pinInlineScripts(html, headerPolicy);
  if (pinned !== html) writeFileSync(file, pinned);
  pages += 1;
  scripts += inlineScripts(pinned).length;
}
console.log(`Pinned ${scripts} inline scripts by hash across ${pages} pages.`);
