import {
  nextThemeChoice,
  parseThemeChoice,
  resolveTheme,
  themeStorageKey,
  type ThemeChoice,
} from "../theme";

function readStoredChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(themeStorageKey));
  } catch {
    return "system";
  }
}

/**
 * The theme switch (`[data-theme-toggle]`): each press moves System -> Light -> Dark and is saved.
 * The boot script in <head> applied the saved choice before paint; this keeps "System" following
 * the operating system's setting while the page is open. The label shown is CSS keyed on
 * <html data-theme-choice>, so there is nothing to re-render.
 */
export function installThemeToggle(doc: Document): () => void {
  const root = doc.documentElement;
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  let choice = readStoredChoice();
  const apply = () => {
    root.dataset.theme = resolveTheme(choice, media.matches);
    root.dataset.themeChoice = choice;
  };
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest("[data-theme-toggle]")) return;
    choice = nextThemeChoice(choice);
    apply();
    try {
      localStorage.setItem(themeStorageKey, choice);
    } catch {
      // Storage unavailable: the choice still applies for this page view.
    }
  };
  apply();
  media.addEventListener("change", apply);
  doc.addEventListener("click", onClick);
  return () => {
    media.removeEventListener("change", apply);
    doc.removeEventListener("click", onClick);
  };
}
