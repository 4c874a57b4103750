import { addDays, daysBetween } from "./dates";
import { maxPlanDays } from "./limits";

/**
 * The loop plan: turns "my loop is on this date, I have this many minutes a day" into a day-by-day
 * list of steps. Pure and deterministic: the page re-runs it on every visit with what is done, so a
 * missed day rolls its steps forward and the rest re-balance; nothing but the settings and the done
 * log is stored.
 */

/** What the plan needs to know about the library, built from the content at build time. */
export type PlanCatalog = {
  roles: { slug: string; title: string; skills: string[] }[];
  guides: { slug: string; title: string; conceptMinutes: number }[];
};

export type PlanSettings = {
  roles: string[];
  /** The first day of the plan, YYYY-MM-DD in the learner's time zone. */
  startDate: string;
  /** The day of the loop itself; the plan ends the day before. */
  loopDate: string;
  minutesPerDay: number;
};

export type PlanState = {
  today: string;
  /** Step id -> the day it was done (YYYY-MM-DD). */
  done: ReadonlyMap<string, string>;
  /** Skills (guide slugs) the story bank already has a story for. */
  coveredBySkillStories: ReadonlySet<string>;
  /** When each scheduled question is next due (YYYY-MM-DD), from FSRS progress. */
  reviewDueDates: readonly string[];
};

export type StepKind = "read" | "practise" | "revisit" | "story" | "review" | "mock";

export type PlanStep = {
  id: string;
  kind: StepKind;
  title: string;
  href: string;
  minutes: number;
  skill: string | null;
  done: boolean;
};

export type PlanDay = { date: string; steps: PlanStep[]; minutes: number; isMockDay: boolean };

export type Plan = {
  days: PlanDay[];
  /** Steps done on days before today, by day: what each past day shows as done. */
  history: { date: string; steps: string[] }[];
  /** What did not fit before the loop: shown so the learner can add minutes or days. */
  left: PlanStep[];
  skills: string[];
};

/** The estimates every step is sized with; exported so tests and the page use the same figures. */
export const estimates = {
  minutesPerFlashcard: 3,
  minutesPerReview: 2,
  /** A mock question: answer aloud against the clock, then score it against the signals. */
  minutesPerMockQuestion: 5,
  minutesPerStory: 15,
  /** At most this share of a day goes to FSRS reviews, so new skills still move forward. */
  reviewShare: 0.25,
} as const;

type Pending = Omit<PlanStep, "done"> & { earliest: number };

const practiseCount = (budget: number) =>
  Math.max(2, Math.min(5, Math.floor((budget * 0.3) / estimates.minutesPerFlashcard)));

/** The role's skills, in the order its page lists them; several roles are merged without repeats. */
export function skillsForRoles(catalog: PlanCatalog, roles: readonly string[]): string[] {
  const known = new Set(catalog.guides.map((guide) => guide.slug));
  const skills = catalog.roles
    .filter((role) => roles.includes(role.slug))
    .flatMap((role) => role.skills)
    .filter((skill) => known.has(skill));
  return [...new Set(skills)];
}

export function buildPlan(settings: PlanSettings, catalog: PlanCatalog, state: PlanState): Plan {
  const budget = settings.minutesPerDay;
  const skills = skillsForRoles(catalog, settings.roles);
  const firstDay = state.today > settings.startDate ? state.today : settings.startDate;
  const dayCount = Math.min(maxPlanDays, daysBetween(firstDay, settings.loopDate));
  const history = pastDays(state.done, firstDay);
  if (dayCount <= 0) return { days: [], history, left: [], skills };

  const dates = Array.from({ length: dayCount }, (_, index) => addDays(firstDay, index));
  const days: PlanDay[] = dates.map((date) => ({ date, steps: [], minutes: 0, isMockDay: false }));
  const lastIndex = dayCount - 1;
  const doneBefore = (id: string) => {
    const at = state.done.get(id);
    return at !== undefined && at < firstDay;
  };
  const place = (day: PlanDay, step: Omit<PlanStep, "done">) => {
    day.steps.push({ ...step, done: state.done.has(step.id) });
    day.minutes += step.minutes;
  };

  // The mock interview takes the whole of the last day before the loop.
  const mockCount = Math.max(1, Math.floor(budget / estimates.minutesPerMockQuestion));
  const mockDay = days[lastIndex];
  if (mockDay) {
    mockDay.isMockDay = true;
    const roleQuery = settings.roles.join(",");
    place(mockDay, {
      id: "mock",
      kind: "mock",
      title: `Mock interview: ${mockCount} questions against the clock`,
      href: `/practice?mode=mock&roles=${roleQuery}&count=${mockCount}`,
      minutes: mockCount * estimates.minutesPerMockQuestion,
      skill: null,
    });
  }

  // FSRS reviews first on every other day, capped so they never crowd out the role's skills.
  const reviewCap = Math.floor((budget * estimates.reviewShare) / estimates.minutesPerReview);
  days.slice(0, lastIndex).forEach((day, index) => {
    const due = state.reviewDueDates.filter((date) =>
      index === 0 ? date <= day.date : date === day.date,
    ).length;
    const count = Math.min(due, reviewCap);
    if (count === 0) return;
    place(day, {
      id: `review:${day.date}`,
      kind: "review",
      title: `Review ${count} question${count === 1 ? "" : "s"} due`,
      href: `/practice?review=due`,
      minutes: count * estimates.minutesPerReview,
      skill: null,
    });
  });

  const titleOf = (slug: string) =>
    catalog.guides.find((guide) => guide.slug === slug)?.title ?? slug;
  const setSize = practiseCount(budget);
  const core: Pending[] = skills.flatMap((skill) => [
    {
      id: `read:${skill}`,
      kind: "read" as const,
      title: `Read the core concepts of ${titleOf(skill)}`,
      href: `/guides/${skill}#core-concepts`,
      minutes: Math.min(
        budget,
        catalog.guides.find((guide) => guide.slug === skill)?.conceptMinutes ?? 5,
      ),
      skill,
      earliest: 0,
    },
    {
      id: `practise:${skill}`,
      kind: "practise" as const,
      title: `Practise ${setSize} ${titleOf(skill)} questions`,
      href: `/practice?skills=${skill}&count=${setSize}`,
      minutes: setSize * estimates.minutesPerFlashcard,
      skill,
      earliest: 0,
    },
  ]);
  const revisitSize = Math.max(2, setSize - 1);
  const revisits: Pending[] = skills.map((skill) => ({
    id: `revisit:${skill}`,
    kind: "revisit",
    title: `Revisit ${titleOf(skill)}: ${revisitSize} more questions`,
    href: `/practice?skills=${skill}&count=${revisitSize}`,
    minutes: revisitSize * estimates.minutesPerFlashcard,
    skill,
    earliest: 0,
  }));
  const stories: Pending[] = skills
    .filter((skill) => !state.coveredBySkillStories.has(skill))
    .map((skill) => ({
      id: `story:${skill}`,
      kind: "story",
      title: `Write a story that shows ${titleOf(skill)}`,
      href: "/stories",
      minutes: estimates.minutesPerStory,
      skill,
      earliest: 0,
    }));

  // Steps already done on an earlier day are gone; steps done today stay on today, shown as done.
  const open = (steps: Pending[]) => steps.filter((step) => !doneBefore(step.id));
  const queue = [...open(core), ...interleave(open(revisits), open(stories))];
  const firstDayPlan = days[0];
  for (const step of queue.filter((step) => state.done.get(step.id) === firstDay)) {
    if (firstDayPlan && !firstDayPlan.isMockDay) place(firstDayPlan, step);
  }
  const placedOn = new Map<string, number>();
  const left: PlanStep[] = [];
  for (const step of queue) {
    if (state.done.get(step.id) === firstDay) {
      placedOn.set(step.id, 0);
      continue;
    }
    const earliest = earliestDay(step, placedOn, state.done, firstDay, lastIndex);
    const index = days.findIndex(
      (day, at) => at >= earliest && !day.isMockDay && day.minutes + step.minutes <= budget,
    );
    const day = days[index];
    if (!day) {
      left.push({ ...step, done: false });
      continue;
    }
    place(day, step);
    placedOn.set(step.id, index);
  }
  return { days, history, left, skills };
}

/**
 * A skill's practice comes on or after its reading; its revisit at least a day after the practice
 * and, when there is room, halfway between the practice and the loop, so it is seen twice spaced out.
 */
function earliestDay(
  step: Pending,
  placedOn: ReadonlyMap<string, number>,
  done: ReadonlyMap<string, string>,
  firstDay: string,
  lastIndex: number,
): number {
  if (step.kind === "practise") return placedOn.get(`read:${step.skill}`) ?? 0;
  if (step.kind !== "revisit") return step.earliest;
  const practiseId = `practise:${step.skill}`;
  const doneAt = done.get(practiseId);
  const practisedOn =
    placedOn.get(practiseId) ?? (doneAt !== undefined ? daysBetween(firstDay, doneAt) : 0);
  const halfway = practisedOn + Math.floor((lastIndex - practisedOn) / 2);
  return Math.max(practisedOn + 1, Math.min(halfway, practisedOn + 3));
}

function interleave<T>(first: readonly T[], second: readonly T[]): T[] {
  const merged: T[] = [];
  for (let index = 0; index < Math.max(first.length, second.length); index += 1) {
    const a = first[index];
    const b = second[index];
    if (a !== undefined) merged.push(a);
    if (b !== undefined) merged.push(b);
  }
  return merged;
}

function pastDays(done: ReadonlyMap<string, string>, before: string): Plan["history"] {
  const byDay = new Map<string, string[]>();
  for (const [id, date] of done) {
    if (date < before) byDay.set(date, [...(byDay.get(date) ?? []), id]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, steps]) => ({ date, steps: steps.sort() }));
}
