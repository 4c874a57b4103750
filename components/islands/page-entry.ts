/**
 * The one script every page loads (the build puts it in place of Next's runtime and payload, see
 * lib/tooling/cli/static-pages.ts): the page behaviours, the page's islands, and the search dialog
 * fetched on first use.
 */
import { installPageBehaviours } from "@/lib/page-behaviours/install";
import { recordEarlyInput } from "./early-input";

const loadSearch = () => import("../search/standalone-search");

installPageBehaviours(document, {
  open: (returnFocus) => {
    void loadSearch().then((search) => search.openStandaloneSearch(returnFocus));
  },
  preload: () => void loadSearch(),
});
// React comes with the islands: a page without one never fetches it. Until they are live, taps on
// their first render are written down here (this script is small and runs first) and replayed.
if (document.querySelector("[data-island]")) {
  const takeEarlyInput = recordEarlyInput(document);
  void import("./mount").then((islands) => islands.mountIslands(document, takeEarlyInput));
}
