/**
 * The `_headers` format (Netlify, Cloudflare Pages): a path pattern on its own line, then indented
 * `Name: value` lines. `*` matches any run of characters. Every matching block applies, in order,
 * so a later, more specific block overrides a header set by `/*`.
 */
export type HeaderRule = { pattern: string; matcher: RegExp; headers: [string, string][] };

export function parseHeadersFile(source: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const rawLine of source.split("\n")) {
    const line = rawLine.replace(/\s+$/, "");
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const escaped = pattern
        .split("*")
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*");
      rules.push({ pattern, matcher: new RegExp(`^${escaped}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const separator = line.indexOf(":");
    if (!rule || separator < 0)
      throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

export function headersForPath(
  rules: readonly HeaderRule[],
  urlPath: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.matcher.test(urlPath)) continue;
    for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}
