"use client";

import { useEffect, useState } from "react";
import {
  nextThemeChoice,
  parseThemeChoice,
  resolveTheme,
  themeStorageKey,
  type ThemeChoice,
} from "@/lib/theme";

const labels: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

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

  return (
    <button
      type="button"
      onClick={choose}
      className="no-print inline-flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-border px-3 text-sm text-fg hover:bg-surface"
      aria-label={`Theme: ${labels[choice ?? "system"]}. Switch theme`}
    >
      <span aria-hidden="true">{choice === "dark" ? "☾" : choice === "light" ? "☀" : "◐"}</span>
      <span aria-hidden="true">{labels[choice ?? "system"]}</span>
    </button>
  );
}
