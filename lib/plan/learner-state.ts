import { loadProgress } from "../practice/progress";
import type { SafeStorage } from "../storage/safe-storage";
import { storageKeys } from "../storage/keys";
import { loadStories } from "../stories/story";
import { localDay } from "./dates";
import { loadPlan, type LoadedPlan } from "./stored-plan";
import type { PlanState } from "./schedule";

/**
 * Everything the plan reads from the other stored parts, read-only: when each practised question is
 * next due (FSRS), and which skills already have a story. Damage in those parts is reported on their
 * own pages, which repair them; here it only means fewer reviews or more stories in the plan.
 */
export function readPlanInputs(
  storage: SafeStorage,
  now: Date,
): { loaded: LoadedPlan; state: Omit<PlanState, "done"> } {
  const progress = loadProgress(storage.read(storageKeys.progress)).value;
  const stories = loadStories(storage.read(storageKeys.stories)).value;
  return {
    loaded: loadPlan(storage.read(storageKeys.plan)),
    state: {
      today: localDay(now),
      reviewDueDates: Object.values(progress.records).map((record) =>
        localDay(new Date(record.card.due)),
      ),
      coveredBySkillStories: new Set(stories.stories.flatMap((story) => story.skills)),
    },
  };
}
