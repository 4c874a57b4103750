import { HeaderIcon, headerButtonClass } from "@/components/header-icon";
import { themeChoices, type ThemeChoice } from "@/lib/theme";

// Server-rendered controls: lib/page-behaviours gives them their behaviour on every page, whether
// or not the page loads React.

export const siteMenuId = "site-menu";

/** Opens the search dialog; `/`, Ctrl+K and Cmd+K do too. Closing returns focus here. */
export function SearchButton() {
  return (
    <button
      type="button"
      data-search-trigger
      aria-haspopup="dialog"
      aria-keyshortcuts="/ Control+K Meta+K"
      className={`inline-flex ${headerButtonClass}`}
    >
      <HeaderIcon>
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </HeaderIcon>
      {/* Below 360 px the row has room for the magnifier only; the name stays "Search". */}
      <span className="max-[359px]:sr-only">Search</span>
      <kbd
        aria-hidden="true"
        className="hidden rounded border border-border px-1.5 font-mono text-xs text-muted sm:inline"
      >
        /
      </kbd>
    </button>
  );
}

/**
 * Below the desktop width the header's links and theme switch fold behind this button. The fold is
 * CSS keyed on `data-js` (set by the head script before first paint), so without JavaScript the
 * links show unfolded; the icon follows aria-expanded in CSS.
 */
export function MenuButton() {
  return (
    <button
      type="button"
      data-menu-button
      aria-expanded="false"
      aria-controls={siteMenuId}
      className={`menu-button order-2 ${headerButtonClass}`}
    >
      <HeaderIcon>
        <path className="menu-icon-closed" d="M4 7h16M4 12h16M4 17h16" />
        <path className="menu-icon-open" d="M6 6l12 12M18 6 6 18" />
      </HeaderIcon>
      Menu
    </button>
  );
}

const themeLabels: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };
const themeIcons: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };

/**
 * Every label is in the HTML; CSS shows the one <html data-theme-choice> names, which the boot
 * script sets before paint, so a saved "Dark" never reads "System" while the page loads.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle
      className="theme-toggle no-print inline-flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-border px-3 text-sm text-fg hover:bg-surface"
    >
      <span className="sr-only">Theme: </span>
      {themeChoices.map((option) => (
        <span key={option} data-theme-label={option} className="items-center gap-2">
          <span aria-hidden="true">{themeIcons[option]}</span>
          <span>{themeLabels[option]}</span>
        </span>
      ))}
      <span className="sr-only">. Switch theme</span>
    </button>
  );
}
