import { openStorage } from "../storage/safe-storage";
import { readPlanInputs } from "./learner-state";
import { buildPlan, type PlanCatalog, type PlanStep } from "./schedule";
import { doneMap } from "./stored-plan";

export type TodayStep = { step: PlanStep; left: number } | "all-done" | null;

/**
 * Today's first open step of the learner's plan, for the home page. Home imports this only when a
 * plan is stored, so visitors without one never download the scheduler and its validation.
 */
export function todayStep(catalog: PlanCatalog, now: Date): TodayStep {
  const { loaded, state } = readPlanInputs(openStorage(), now);
  const settings = loaded.value.settings;
  if (!settings) return null;
  const plan = buildPlan(settings, catalog, { ...state, done: doneMap(loaded.value) });
  const steps = plan.days[0]?.date === state.today ? plan.days[0].steps : [];
  const first = steps.find((step) => !step.done);
  if (first) return { step: first, left: steps.filter((step) => !step.done).length };
  return steps.length > 0 ? "all-done" : null;
}
