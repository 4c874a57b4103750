import { levelLensKey } from "./level-lens";

/**
 * Theme choice: "system" follows prefers-color-scheme; "light"/"dark" are the learner's override,
 * kept in localStorage. The same resolution runs in the inline head script (before first paint, so
 * there is no flash) and in the toggle.
 */
export const themeStorageKey = "leadwise:theme";
export const themeChoices = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export function parseThemeChoice(value: unknown): ThemeChoice {
  return themeChoices.find((choice) => choice === value) ?? "system";
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): "light" | "dark" {
  if (choice === "system") return systemPrefersDark ? "dark" : "light";
  return choice;
}

export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return themeChoices[(themeChoices.indexOf(choice) + 1) % themeChoices.length] ?? "system";
}

/**
 * Runs before paint. Storage can throw (private mode, blocked cookies): fall back to the system. It
 * marks the page as scripted (`data-js`), which folds the header menu before first paint, and records
 * the choice on <html>, so the toggle's static HTML shows the saved choice before the page module
 * runs. It also applies the saved level lens and shows the lens switch (lib/level-lens.ts), so
 * neither moves the page once it has painted.
 */
export const themeBootScript = `(function(){var r=document.documentElement;r.dataset.js="";try{var c=localStorage.getItem(${JSON.stringify(themeStorageKey)});var l=localStorage.getItem(${JSON.stringify(levelLensKey)});}catch(e){c=null}if(l==="senior"||l==="staff"||l==="manager")r.dataset.level=l;r.dataset.lensReady="";r.dataset.themeChoice=c==="dark"||c==="light"?c:"system";var d=c==="dark"||(c!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);r.dataset.theme=d?"dark":"light";})();`;
