"use client";

import { useEffect, useState } from "react";
import {
  nextThemeChoice,
  parseThemeChoice,
  resolveTheme,
  themeChoices,
  themeStorageKey,
  type ThemeChoice,
} from "@/lib/theme";

const labels: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };
const icons: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };

function readStoredChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(themeStorageKey));
  } catch {
    return "system";
  }
}

export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice | null>(null);

  useEffect(() => {
    setChoice(readStoredChoice());
  }, []);

  useEffect(() => {
    if (choice === null) return;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(choice, media.matches);
      document.documentElement.dataset.themeChoice = choice;
    };
    apply();
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [choice]);

  const choose = () => {
    const next = nextThemeChoice(choice ?? "system");
    setChoice(next);
    try {
      localStorage.setItem(themeStorageKey, next);
    } catch {
      // Storage unavailable: the choice still applies for this page view.
    }
  };

  // Every label is in the static HTML; CSS shows the one <html data-theme-choice> names, which the
  // boot script sets before paint, so a saved "Dark" never reads "System" while scripts load.
  return (
    <button
      type="button"
      onClick={choose}
      className="theme-toggle no-print inline-flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-border px-3 text-sm text-fg hover:bg-surface"
    >
      <span className="sr-only">Theme: </span>
      {themeChoices.map((option) => (
        <span key={option} data-theme-label={option} className="items-center gap-2">
          <span aria-hidden="true">{icons[option]}</span>
          <span>{labels[option]}</span>
        </span>
      ))}
      <span className="sr-only">. Switch theme</span>
    </button>
  );
}
