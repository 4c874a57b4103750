import { createRoot, type Root } from "react-dom/client";
import { SearchDialog } from "./search-dialog";

let root: Root | null = null;
let openRequests = 0;

/**
 * The search dialog on a reading page, which ships no framework: this module (React and the dialog)
 * is fetched on the first open and renders into a container of its own at the end of <body>.
 */
export function openStandaloneSearch(returnFocus: HTMLElement | null): void {
  if (!root) {
    const container = document.createElement("div");
    container.dataset.searchRoot = "";
    document.body.append(container);
    root = createRoot(container);
  }
  openRequests += 1;
  root.render(<SearchDialog openRequests={openRequests} onClose={() => returnFocus?.focus()} />);
}
