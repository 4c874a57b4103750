import { shareOutcomeMessage, shareUrlFor, type ShareOutcome } from "../share/share-link";

async function shareOrCopy(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ url, title });
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      // Share refused for another reason (no user activation, policy): the clipboard still works.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return "copied";
  } catch {
    return "unavailable";
  }
}

/**
 * The one listener behind every share button on a page (`[data-share-anchor]`, see ShareButton):
 * the Web Share sheet where the device has one, the clipboard otherwise, and a visible message in
 * the page's status region (`[data-share-status]`), which assistive technology also announces.
 */
export function installShareButtons(doc: Document): () => void {
  let hideTimer: number | undefined;
  const show = (status: HTMLElement, message: string) => {
    status.textContent = message;
    status.toggleAttribute("data-visible", message !== "");
  };
  const onClick = async (event: MouseEvent) => {
    const button =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>("[data-share-anchor]")
        : null;
    const status = doc.querySelector<HTMLElement>("[data-share-status]");
    if (!button || !status) return;
    const url = shareUrlFor(window.location, button.dataset.shareAnchor ?? "");
    const outcome = await shareOrCopy(url, doc.title);
    window.clearTimeout(hideTimer);
    // Clearing first makes a repeated identical message announce again.
    show(status, "");
    window.setTimeout(() => show(status, shareOutcomeMessage(outcome, url)), 50);
    hideTimer = window.setTimeout(() => show(status, ""), 5000);
  };
  const listener = (event: MouseEvent) => void onClick(event);
  doc.addEventListener("click", listener);
  return () => doc.removeEventListener("click", listener);
}
