"use client";

import { HeaderIcon, headerButtonClass } from "@/components/header-icon";
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

const panelId = "site-menu";

/**
 * Below the desktop breakpoint the header's navigation and theme switch fold behind this disclosure
 * button. The fold is CSS keyed on `data-js` (set by the head script before first paint), so the
 * static HTML shows the links unfolded without JavaScript and nothing moves when React hydrates.
 * Opening moves focus to the first link; Escape closes and returns focus to the button.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const toggle = () => {
    const opening = !open;
    setOpen(opening);
    if (opening)
      // After React shows the panel: focus cannot land on an element that is still display:none.
      requestAnimationFrame(() =>
        panelRef.current?.querySelector<HTMLElement>("a, button")?.focus(),
      );
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };

  // The header outlives client-side navigation, so a followed link must fold the menu again.
  const closeOnLink = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        onKeyDown={closeOnEscape}
        className={`menu-button order-2 ${headerButtonClass}`}
      >
        <HeaderIcon>
          {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </HeaderIcon>
        Menu
      </button>
      {/* Keyboard and click handlers sit on the panel so Escape works wherever focus is inside it. */}
      <div
        ref={panelRef}
        id={panelId}
        data-open={open ? "" : undefined}
        onKeyDown={closeOnEscape}
        onClick={closeOnLink}
        className="site-menu order-3 basis-full lg:order-1 lg:ml-auto lg:basis-auto"
      >
        {children}
      </div>
    </>
  );
}
