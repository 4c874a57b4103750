"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { HeaderIcon, headerButtonClass } from "@/components/header-icon";
import { isSearchShortcut } from "@/lib/search/shortcut";

// The dialog and its results code are a separate chunk, fetched when the search first opens (or
// when a pointer or focus reaches the button, so it is usually there by the click). Pages where
// nobody searches load only this button.
const loadDialog = () => import("./search-dialog");
const SearchDialog = lazy(() => loadDialog().then((module) => ({ default: module.SearchDialog })));

/** The header's search button; `/`, Ctrl+K and Cmd+K open it too. Closing returns focus here. */
export function SiteSearch() {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [openRequests, setOpenRequests] = useState(0);
  const open = useCallback(() => setOpenRequests((count) => count + 1), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event, event.target instanceof HTMLElement ? event.target : null))
        return;
      event.preventDefault();
      open();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const preload = () => void loadDialog();

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        onClick={open}
        onPointerEnter={preload}
        onFocus={preload}
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
      {openRequests > 0 ? (
        <Suspense fallback={null}>
          <SearchDialog openRequests={openRequests} onClose={() => triggerRef.current?.focus()} />
        </Suspense>
      ) : null}
    </>
  );
}
