import { primaryButton } from "@/components/button-styles";
import { activateWaiting, watchForUpdates } from "../offline/registration";

/**
 * Registers the service worker and, when a new version of the site has been downloaded, fills the
 * page's update region (`[data-update-notice]`) with a sentence and a reload button. Until the
 * learner accepts, every page keeps coming from the version they started with.
 */
export function installUpdateNotice(doc: Document): void {
  watchForUpdates((worker) => {
    const region = doc.querySelector<HTMLElement>("[data-update-notice]");
    if (!region || region.childElementCount > 0) return;
    const notice = doc.createElement("p");
    notice.className =
      "pointer-events-auto flex flex-wrap items-center gap-3 rounded-lg border border-accent bg-bg p-3 shadow-lg";
    const text = doc.createElement("span");
    text.textContent = "A new version of Leadwise is ready.";
    const button = doc.createElement("button");
    button.type = "button";
    button.className = primaryButton;
    button.textContent = "Reload to update";
    button.addEventListener("click", () => activateWaiting(worker));
    notice.append(text, button);
    region.append(notice);
  });
}
