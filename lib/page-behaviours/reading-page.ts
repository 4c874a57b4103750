/**
 * The only script a reading page (a guide, a role, a question, a tag: a page with no island of its
 * own) loads: the page behaviours, with the search dialog fetched on first use. The build bundles it
 * (lib/tooling/cli/reading-pages.ts) and puts it in place of the framework's scripts and payload.
 */
import { installPageBehaviours } from "./install";

const loadSearch = () => import("@/components/search/standalone-search");

installPageBehaviours(document, {
  open: (returnFocus) => {
    void loadSearch().then((search) => search.openStandaloneSearch(returnFocus));
  },
  preload: () => void loadSearch(),
});
