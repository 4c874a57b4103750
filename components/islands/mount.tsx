import { createElement, useEffect, type ComponentType, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { replayEarlyInput, type EarlyInput } from "./early-input";
import type { IslandName } from "./island";

type AnyIsland = ComponentType<Record<string, unknown>>;

// One chunk per island, fetched only by a page that holds it (the build preloads it with the page).
const islandLoaders: Record<IslandName, () => Promise<unknown>> = {
  GuideCatalog: () => import("../catalog/guide-catalog").then((m) => m.GuideCatalog),
  DueReviews: () => import("../due-reviews").then((m) => m.DueReviews),
  NotebookView: () => import("../notebook/notebook-view").then((m) => m.NotebookView),
  PlanApp: () => import("../plan/plan-app").then((m) => m.PlanApp),
  TodayStep: () => import("../plan/today-step").then((m) => m.TodayStep),
  PracticeApp: () => import("../practice/practice-app").then((m) => m.PracticeApp),
  ProgressDashboard: () =>
    import("../progress/progress-dashboard").then((m) => m.ProgressDashboard),
  QuestionFilters: () => import("../questions/question-filters").then((m) => m.QuestionFilters),
  StoryBank: () => import("../stories/story-bank").then((m) => m.StoryBank),
};

const isIslandName = (name: string): name is IslandName => Object.hasOwn(islandLoaders, name);

type TakeEarlyInput = (box: HTMLElement) => EarlyInput[];

/**
 * Marks the island's box once React has committed it, so tests and scripts know it is live, then
 * does again what the visitor did to its first render meanwhile. A parent's effects run after its
 * children's, so the island has read its own state (the URL's filters, say) by then.
 */
function Mounted({
  box,
  takeEarlyInput,
  children,
}: {
  box: HTMLElement;
  takeEarlyInput: TakeEarlyInput;
  children: ReactNode;
}) {
  useEffect(() => {
    box.dataset.mounted = "";
    replayEarlyInput(box, takeEarlyInput(box));
  }, [box, takeEarlyInput]);
  return children;
}

/**
 * Renders every island on the page (`[data-island]`, see Island) with React, replacing its
 * server-rendered first render, which it draws the same way from the same props; what was done to
 * that first render in the meantime (see early-input.ts) is done again once the island is live.
 */
export function mountIslands(doc: Document, takeEarlyInput: TakeEarlyInput): void {
  for (const box of doc.querySelectorAll<HTMLElement>("[data-island]")) {
    const name = box.dataset.island ?? "";
    if (!isIslandName(name)) throw new Error(`no island is called "${name}"`);
    const props = JSON.parse(box.dataset.props ?? "{}") as Record<string, unknown>;
    void islandLoaders[name]().then((component) => {
      createRoot(box).render(
        <Mounted box={box} takeEarlyInput={takeEarlyInput}>
          {createElement(component as AnyIsland, props)}
        </Mounted>,
      );
    });
  }
}
