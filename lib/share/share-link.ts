/**
 * What a share control shares: this page's address with the exact `#anchor` of the thing shared (a
 * section, a question), without the query string or whatever fragment the reader arrived with.
 */
export function shareUrlFor(
  location: { origin: string; pathname: string },
  anchor: string,
): string {
  const base = `${location.origin}${location.pathname}`;
  return anchor ? `${base}#${encodeURIComponent(anchor)}` : base;
}

export type ShareOutcome = "shared" | "copied" | "cancelled" | "unavailable";

/** The sentence shown and announced after a share attempt; empty when the reader cancelled. */
export function shareOutcomeMessage(outcome: ShareOutcome, url: string): string {
  switch (outcome) {
    case "shared":
      return "Link shared.";
    case "copied":
      return "Link copied to the clipboard.";
    case "cancelled":
      return "";
    case "unavailable":
      return `Copying is blocked here. The link is ${url}`;
  }
}
