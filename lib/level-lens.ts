/**
 * The level lens: which level's bar to show where a strong answer differs by level. One choice for
 * the whole site, remembered in localStorage, applied as `data-level` on <html> so plain CSS hides
 * the other levels on static pages without any per-question JavaScript.
 */
export const levelLensKey = "leadwise:level-lens";
export const lensChoices = ["all", "senior", "staff", "manager"] as const;
export type LensChoice = (typeof lensChoices)[number];

export const lensLabels: Record<LensChoice, string> = {
  all: "All levels",
  senior: "Senior",
  staff: "Staff",
  manager: "Manager",
};

export function parseLens(value: unknown): LensChoice {
  return lensChoices.find((choice) => choice === value) ?? "all";
}

export function readLens(): LensChoice {
  try {
    return parseLens(window.localStorage.getItem(levelLensKey));
  } catch {
    return "all";
  }
}

export function saveLens(choice: LensChoice): void {
  try {
    window.localStorage.setItem(levelLensKey, choice);
  } catch {
    // Storage unavailable: the choice holds for this page view.
  }
}

/** Sets the page-wide lens and the pressed state of every lens button under `root`. */
export function applyLens(root: Document, choice: LensChoice): void {
  if (choice === "all") delete root.documentElement.dataset.level;
  else root.documentElement.dataset.level = choice;
  for (const button of root.querySelectorAll<HTMLElement>("[data-level-choice]")) {
    button.setAttribute("aria-pressed", String(button.dataset.levelChoice === choice));
  }
}

/**
 * One listener for every level-lens control on the page (event delegation), so a guide with
 * fourteen questions carries no per-question code. Controls rendered later (the practice runner's
 * next question) get the current state too.
 */
export function installLevelLens(doc: Document): () => void {
  let choice = readLens();
  applyLens(doc, choice);
  const onClick = (event: MouseEvent) => {
    const button =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>("[data-level-choice]")
        : null;
    if (!button) return;
    choice = parseLens(button.dataset.levelChoice);
    saveLens(choice);
    applyLens(doc, choice);
  };
  const observer = new MutationObserver(() => applyLens(doc, choice));
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.addEventListener("click", onClick);
  return () => {
    doc.removeEventListener("click", onClick);
    observer.disconnect();
  };
}
