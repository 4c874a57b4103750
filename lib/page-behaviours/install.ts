import { installLevelLens } from "../level-lens";
import { installHeaderMenu } from "./header-menu";
import { installSavedAnswers } from "./saved-answers";
import { installSearchTrigger, type SearchOpener } from "./search-trigger";
import { installShareButtons } from "./share-buttons";
import { installThemeToggle } from "./theme-toggle";
import { installUpdateNotice } from "./update-notice";

/**
 * Everything a page does before any island of its own: the header (menu, theme, search), the level
 * lens, share buttons, saved answers under questions and the service worker's update notice. All of
 * it is event delegation over server-rendered markup, so a reading page needs no framework for it
 * (lib/page-behaviours/reading-page.ts) and React pages run the same code (PageBehaviours).
 * Marks <html data-behaviours> when installed, which is when a click is sure to be handled.
 */
export function installPageBehaviours(doc: Document, search: SearchOpener): () => void {
  const removers = [
    installHeaderMenu(doc),
    installThemeToggle(doc),
    installSearchTrigger(doc, search),
    installLevelLens(doc),
    installShareButtons(doc),
    installSavedAnswers(doc),
  ];
  if (process.env.NODE_ENV === "production") installUpdateNotice(doc);
  doc.documentElement.dataset.behaviours = "";
  return () => {
    for (const remove of removers) remove();
    delete doc.documentElement.dataset.behaviours;
  };
}
