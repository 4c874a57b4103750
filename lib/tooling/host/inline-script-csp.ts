import { createHash } from "node:crypto";

/**
 * Every page's inline scripts are pinned in the page itself, not only in the host's headers: a
 * `<meta http-equiv="Content-Security-Policy">` as the first element after the charset, whose
 * script-src is the header's without 'unsafe-inline' and with the sha256 of every inline script on
 * that page. The header in `_headers` allows the one inline script every page has (the theme boot
 * script) by hash; the meta policy keeps the same guarantee on a host that ignores `_headers`, and
 * would still hold if the header ever had to allow 'unsafe-inline' again. A browser enforces both
 * policies, so a script runs only if both allow it: markup that slipped into the page (an injected
 * `<script>` or `onclick=`) is blocked. JSON-LD (`type="application/ld+json"`) is data, never
 * executed, and is left out.
 */

const metaPattern = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/gi;
const executableTypes = new Set([
  "",
  "text/javascript",
  "application/javascript",
  "module",
  "text/ecmascript",
  "application/ecmascript",
]);

/** The text of every executable inline `<script>` in document order (a raw-text element ends at the first `</script`). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase() ?? "";
    if (!executableTypes.has(type)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

/** A CSP hash source. The HTML parser turns CRLF and CR into LF before the script sees its text. */
export function scriptHashSource(script: string): string {
  const normalised = script.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`;
}

/** The sources of one directive of a policy string, or null when the policy does not set it. */
export function directiveSources(policy: string, directive: string): string[] | null {
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return sources;
  }
  return null;
}

/** The page policy: the header's script-src without 'unsafe-inline', plus the page's own hashes. */
export function pagePolicy(headerPolicy: string, html: string): string {
  const headerSources =
    directiveSources(headerPolicy, "script-src") ?? directiveSources(headerPolicy, "default-src");
  if (!headerSources)
    throw new Error(
      "the header policy sets neither script-src nor default-src; nothing to pin against",
    );
  const hashes = [...new Set(inlineScripts(html).map(scriptHashSource))];
  const sources = [
    ...headerSources.filter(
      (source) => source !== "'unsafe-inline'" && !source.startsWith("'sha256-"),
    ),
    ...hashes,
  ];
  return `script-src ${sources.join(" ")}`;
}

/** The page with its pinned policy (any earlier pin replaced, so running twice changes nothing). */
export function pinInlineScripts(html: string, headerPolicy: string): string {
  const unpinned = html.replace(metaPattern, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(headerPolicy, unpinned)}"/>`;
  const charset = /<meta charSet="utf-8"\s*\/?>/i.exec(unpinned);
  if (charset)
    return `${unpinned.slice(0, charset.index + charset[0].length)}${meta}${unpinned.slice(charset.index + charset[0].length)}`;
  const head = /<head\b[^>]*>/i.exec(unpinned);
  if (!head)
    throw new Error("the page has no <head>; the policy must come before its first script");
  return `${unpinned.slice(0, head.index + head[0].length)}${meta}${unpinned.slice(head.index + head[0].length)}`;
}

/** The policy a pinned page carries, or null when it has none. */
export function pinnedPolicy(html: string): string | null {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;
}
