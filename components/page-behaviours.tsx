"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { installPageBehaviours } from "@/lib/page-behaviours/install";

// The dialog and its results code are a separate chunk, fetched when the search first opens (or
// when a pointer or focus reaches the button, so it is usually there by the click).
const loadDialog = () => import("./search/search-dialog");
const SearchDialog = lazy(() => loadDialog().then((module) => ({ default: module.SearchDialog })));

/**
 * On a page with islands of its own (React hydrates it): the same page behaviours a reading page
 * runs without the framework, with the search dialog rendered here. Renders nothing until searched.
 */
export function PageBehaviours() {
  const [openRequests, setOpenRequests] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(
    () =>
      installPageBehaviours(document, {
        open: (trigger) => {
          returnFocus.current = trigger;
          setOpenRequests((count) => count + 1);
        },
        preload: () => void loadDialog(),
      }),
    [],
  );

  return openRequests > 0 ? (
    <Suspense fallback={null}>
      <SearchDialog openRequests={openRequests} onClose={() => returnFocus.current?.focus()} />
    </Suspense>
  ) : null;
}
