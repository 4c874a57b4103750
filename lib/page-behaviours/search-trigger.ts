import { isSearchShortcut } from "../search/shortcut";

/** How a page opens its search dialog: React pages render it, framework-free pages load it. */
export type SearchOpener = {
  /** Opens the dialog (or focuses it when open); `returnFocus` gets focus back when it closes. */
  open: (returnFocus: HTMLElement | null) => void;
  /** Starts fetching the dialog's code, so it is usually there by the click. */
  preload: () => void;
};

/**
 * The header's search button (`[data-search-trigger]`) and the shortcuts `/`, Ctrl+K and Cmd+K.
 * Pointing at or focusing the button preloads the dialog.
 */
export function installSearchTrigger(doc: Document, search: SearchOpener): () => void {
  const trigger = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>("[data-search-trigger]") : null;
  const onClick = (event: MouseEvent) => {
    const button = trigger(event.target);
    if (button) search.open(button);
  };
  const onPreload = (event: Event) => {
    if (trigger(event.target)) search.preload();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!isSearchShortcut(event, target)) return;
    event.preventDefault();
    search.open(doc.querySelector<HTMLElement>("[data-search-trigger]"));
  };
  doc.addEventListener("click", onClick);
  doc.addEventListener("pointerover", onPreload);
  doc.addEventListener("focusin", onPreload);
  doc.addEventListener("keydown", onKeyDown);
  return () => {
    doc.removeEventListener("click", onClick);
    doc.removeEventListener("pointerover", onPreload);
    doc.removeEventListener("focusin", onPreload);
    doc.removeEventListener("keydown", onKeyDown);
  };
}
