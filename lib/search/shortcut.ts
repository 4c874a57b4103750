/** The keys that open the search, as the key event and its target describe them. */
export type ShortcutKey = { key: string; metaKey: boolean; ctrlKey: boolean; altKey: boolean };
export type ShortcutTarget = { tagName: string; isContentEditable: boolean } | null;

/**
 * Ctrl+K or Cmd+K anywhere; `/` unless the reader is typing in a field (where it is a character).
 */
export function isSearchShortcut(event: ShortcutKey, target: ShortcutTarget): boolean {
  if (event.altKey) return false;
  if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) return true;
  const typing =
    target !== null &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  return event.key === "/" && !event.metaKey && !event.ctrlKey && !typing;
}
