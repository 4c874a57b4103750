/**
 * The header's menu below the desktop width: a disclosure button (`[data-menu-button]`) and its
 * panel (the element its aria-controls names). The open state lives in the DOM (aria-expanded on
 * the button, data-open on the panel), so the same code serves pages React renders and pages that
 * ship no framework at all. Opening moves focus to the first link; Escape closes and returns focus
 * to the button; following a link folds the panel again (the header outlives client navigation).
 */
export function installHeaderMenu(doc: Document): () => void {
  const parts = (target: EventTarget | null) => {
    const button = doc.querySelector<HTMLButtonElement>("[data-menu-button]");
    const panelId = button?.getAttribute("aria-controls");
    const panel = panelId ? doc.getElementById(panelId) : null;
    if (!button || !panel) return null;
    const element = target instanceof Element ? target : null;
    return { button, panel, element };
  };
  const setOpen = (button: HTMLButtonElement, panel: HTMLElement, open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    panel.toggleAttribute("data-open", open);
  };

  const onClick = (event: MouseEvent) => {
    const found = parts(event.target);
    if (!found?.element) return;
    const { button, panel, element } = found;
    if (button.contains(element)) {
      const opening = button.getAttribute("aria-expanded") !== "true";
      setOpen(button, panel, opening);
      if (opening) panel.querySelector<HTMLElement>("a, button")?.focus();
    } else if (panel.contains(element) && element.closest("a")) {
      setOpen(button, panel, false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    const found = parts(event.target);
    if (!found?.element) return;
    const { button, panel, element } = found;
    const inside = button.contains(element) || panel.contains(element);
    if (!inside || button.getAttribute("aria-expanded") !== "true") return;
    event.preventDefault();
    setOpen(button, panel, false);
    button.focus();
  };

  doc.addEventListener("click", onClick);
  doc.addEventListener("keydown", onKeyDown);
  return () => {
    doc.removeEventListener("click", onClick);
    doc.removeEventListener("keydown", onKeyDown);
  };
}
