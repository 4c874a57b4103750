import { createElement, type ComponentProps, type ComponentType } from "react";
import { GuideCatalog } from "../catalog/guide-catalog";
import { DueReviews } from "../due-reviews";
import { NotebookView } from "../notebook/notebook-view";
import { PlanApp } from "../plan/plan-app";
import { TodayStep } from "../plan/today-step";
import { PracticeApp } from "../practice/practice-app";
import { ProgressDashboard } from "../progress/progress-dashboard";
import { QuestionFilters } from "../questions/question-filters";
import { StoryBank } from "../stories/story-bank";

/**
 * Every island a page can hold: the client components pages render directly. The build serves
 * each page without Next's client runtime (lib/tooling/cli/static-pages.ts) and components/islands/
 * mount.tsx renders the islands on the page with React alone; a page that renders a client
 * component not listed here fails the build.
 */
const islandComponents = {
  GuideCatalog,
  DueReviews,
  NotebookView,
  PlanApp,
  TodayStep,
  PracticeApp,
  ProgressDashboard,
  QuestionFilters,
  StoryBank,
};

export type IslandName = keyof typeof islandComponents;
export type IslandProps<N extends IslandName> = ComponentProps<(typeof islandComponents)[N]>;

/**
 * An island in a server-rendered page: its first render in the HTML, inside a box (display:
 * contents, so it lays out as if the box were not there) that names it and carries its props.
 */
export function Island<N extends IslandName>({ name, props }: { name: N; props: IslandProps<N> }) {
  // The name picks the component and its props together; TypeScript cannot follow that pairing
  // through the lookup, so the component is widened here once.
  const component = islandComponents[name] as ComponentType<object>;
  return (
    <div data-island={name} data-props={JSON.stringify(props)} className="contents">
      {createElement(component, props as object)}
    </div>
  );
}
