import { describe, expect, it } from "vitest";
import { getLibrary } from "@/lib/content/load";
import { skillsForRole } from "@/lib/content/roles";
import { planCatalog } from "@/lib/plan/catalog";
import { addDays, daysBetween, isCalendarDay } from "@/lib/plan/dates";
import { buildPlan, type PlanSettings, type PlanState } from "@/lib/plan/schedule";
import {
  emptyPlan,
  loadPlan,
  mergePlans,
  settingsProblem,
  toggleDone,
} from "@/lib/plan/stored-plan";
import { buildExport, parseImport } from "@/lib/learner-export/progress-export";
import { emptyProgress, emptySessionHistory } from "@/lib/practice/progress";

const library = getLibrary();
const catalog = planCatalog(library);
const staff = library.roles.find((role) => role.slug === "staff-engineer");
if (!staff) throw new Error("The staff-engineer role is part of the library these tests read.");
const staffPageSkills = skillsForRole(staff, library).map((skill) => skill.guide.slug);

const start = "2026-12-01";
const staffLoop: PlanSettings = {
  roles: ["staff-engineer"],
  startDate: start,
  loopDate: addDays(start, 14),
  minutesPerDay: 40,
};
const fresh = (overrides: Partial<PlanState> = {}): PlanState => ({
  today: start,
  done: new Map(),
  coveredBySkillStories: new Set(),
  reviewDueDates: [],
  ...overrides,
});
const allSteps = (plan: ReturnType<typeof buildPlan>) => plan.days.flatMap((day) => day.steps);

describe("a 14-day staff plan at 40 minutes a day", () => {
  const plan = buildPlan(staffLoop, catalog, fresh({ reviewDueDates: [start, start, start] }));

  it("has one day for each of the 14 days before the loop, ending the day before it", () => {
    expect(plan.days).toHaveLength(14);
    expect(plan.days.at(-1)?.date).toBe(addDays(staffLoop.loopDate, -1));
  });

  it("reads and practises every skill the staff role page lists", () => {
    expect(staffPageSkills.length).toBeGreaterThan(10);
    const steps = allSteps(plan);
    for (const skill of staffPageSkills) {
      expect(
        steps.some((step) => step.id === `read:${skill}`),
        `read ${skill}`,
      ).toBe(true);
      expect(
        steps.some((step) => step.id === `practise:${skill}`),
        `practise ${skill}`,
      ).toBe(true);
    }
  });

  it("never exceeds 40 minutes on any day by its own estimates", () => {
    for (const day of plan.days) {
      const sum = day.steps.reduce((total, step) => total + step.minutes, 0);
      expect(sum).toBe(day.minutes);
      expect(day.minutes, day.date).toBeLessThanOrEqual(40);
    }
  });

  it("ends with a mock interview the day before the loop, and holds it nowhere else", () => {
    const last = plan.days.at(-1);
    expect(last?.steps.map((step) => step.kind)).toEqual(["mock"]);
    expect(allSteps(plan).filter((step) => step.kind === "mock")).toHaveLength(1);
  });

  it("practises each skill after reading it, and revisits it on a later day", () => {
    const dayOf = (id: string) => plan.days.findIndex((day) => day.steps.some((s) => s.id === id));
    for (const skill of staffPageSkills) {
      expect(dayOf(`practise:${skill}`)).toBeGreaterThanOrEqual(dayOf(`read:${skill}`));
      const revisit = dayOf(`revisit:${skill}`);
      if (revisit >= 0) expect(revisit).toBeGreaterThan(dayOf(`practise:${skill}`));
    }
  });

  it("schedules the FSRS reviews that are due and stories for skills with none", () => {
    expect(plan.days[0]?.steps[0]).toMatchObject({ kind: "review", minutes: 6 });
    const covered = new Set(staffPageSkills.slice(0, 3));
    const withStories = buildPlan(staffLoop, catalog, fresh({ coveredBySkillStories: covered }));
    const storySkills = [...allSteps(withStories), ...withStories.left]
      .filter((step) => step.kind === "story")
      .map((step) => step.skill);
    expect(storySkills).toEqual(staffPageSkills.filter((skill) => !covered.has(skill)));
  });
});

describe("when days are missed", () => {
  const today = addDays(start, 2);
  const original = buildPlan(staffLoop, catalog, fresh());
  const missedFirstTwo = buildPlan(staffLoop, catalog, fresh({ today }));

  it("rolls the missed steps forward and still ends with the mock interview the day before", () => {
    expect(missedFirstTwo.days).toHaveLength(12);
    expect(missedFirstTwo.days[0]?.date).toBe(today);
    const last = missedFirstTwo.days.at(-1);
    expect(last?.date).toBe(addDays(staffLoop.loopDate, -1));
    expect(last?.steps.map((step) => step.kind)).toEqual(["mock"]);
    const missedIds = original.days.slice(0, 2).flatMap((day) => day.steps.map((step) => step.id));
    const nowToday = missedFirstTwo.days[0]?.steps.map((step) => step.id) ?? [];
    expect(nowToday).toEqual(expect.arrayContaining(missedIds.slice(0, 2)));
  });

  it("still fits 40 minutes a day and still reads and practises every skill", () => {
    for (const day of missedFirstTwo.days) expect(day.minutes).toBeLessThanOrEqual(40);
    const ids = new Set(allSteps(missedFirstTwo).map((step) => step.id));
    for (const skill of staffPageSkills) expect(ids.has(`practise:${skill}`), skill).toBe(true);
  });

  it("drops what was done on earlier days, shows it in the history, and keeps today's done steps", () => {
    const done = new Map([
      [`read:${staffPageSkills[0]}`, start],
      [`practise:${staffPageSkills[0]}`, today],
    ]);
    const plan = buildPlan(staffLoop, catalog, fresh({ today, done }));
    const ids = allSteps(plan).map((step) => step.id);
    expect(ids).not.toContain(`read:${staffPageSkills[0]}`);
    expect(plan.history).toEqual([{ date: start, steps: [`read:${staffPageSkills[0]}`] }]);
    expect(plan.days[0]?.steps.find((step) => step.done)?.id).toBe(
      `practise:${staffPageSkills[0]}`,
    );
  });

  it("says what no longer fits instead of overfilling a day when too little time is left", () => {
    const tight = buildPlan(staffLoop, catalog, fresh({ today: addDays(start, 11) }));
    expect(tight.days).toHaveLength(3);
    expect(tight.left.length).toBeGreaterThan(0);
    for (const day of tight.days) expect(day.minutes).toBeLessThanOrEqual(40);
    expect(tight.days.at(-1)?.isMockDay).toBe(true);
  });

  it("has no days once the loop has come", () => {
    expect(buildPlan(staffLoop, catalog, fresh({ today: staffLoop.loopDate })).days).toEqual([]);
  });
});

describe("plan settings and storage", () => {
  it("explains settings that cannot make a plan", () => {
    const ok = { roles: ["staff-engineer"], loopDate: "2026-12-15", minutesPerDay: 40 };
    expect(settingsProblem(ok, start)).toBeNull();
    expect(settingsProblem({ ...ok, roles: [] }, start)).toBe("Pick at least one role.");
    expect(settingsProblem({ ...ok, loopDate: start }, start)).toBe(
      "Pick a loop date after today.",
    );
    expect(settingsProblem({ ...ok, loopDate: "2026-02-30" }, start)).toMatch(/date of your loop/);
    expect(settingsProblem({ ...ok, minutesPerDay: 5 }, start)).toMatch(/15 to 240/);
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("keeps valid done entries and drops a damaged one with a notice", () => {
    const raw = JSON.stringify({
      version: 1,
      settings: { ...staffLoop },
      done: [
        { step: "read:mentoring", on: start },
        { step: 42, on: "yesterday" },
      ],
    });
    const loaded = loadPlan(raw);
    expect(loaded.value.settings).toEqual(staffLoop);
    expect(loaded.value.done).toEqual([{ step: "read:mentoring", on: start }]);
    expect(loaded.notice).toMatch(/1 saved step was damaged/);
  });

  it("reads a newer version without claiming it, and resets unreadable data with a notice", () => {
    const newer = loadPlan(JSON.stringify({ version: 3, settings: staffLoop, done: [] }));
    expect(newer.newer).toBe(true);
    expect(newer.value.settings).toEqual(staffLoop);
    expect(loadPlan("{not json").notice).toMatch(/could not be read/);
  });

  it("marks a step done and undone, and merges imported plans without losing done steps", () => {
    const once = toggleDone({ ...emptyPlan(), settings: staffLoop }, "mock", start);
    expect(once.done).toEqual([{ step: "mock", on: start }]);
    expect(toggleDone(once, "mock", start).done).toEqual([]);
    const merged = mergePlans(once, {
      ...emptyPlan(),
      done: [{ step: "read:mentoring", on: start }],
    });
    expect(merged.settings).toEqual(staffLoop);
    expect(merged.done.map((entry) => entry.step).sort()).toEqual(["mock", "read:mentoring"]);
  });

  it("travels in the progress export, and exports made before plans still import", () => {
    const now = new Date("2026-12-01T10:00:00.000Z");
    const plan = { ...emptyPlan(), settings: staffLoop };
    const withPlan = buildExport(emptyProgress(), emptySessionHistory(), now, undefined, plan);
    const parsed = parseImport(JSON.stringify(withPlan));
    expect(parsed.ok && parsed.value.plan).toEqual(plan);
    const old = buildExport(emptyProgress(), emptySessionHistory(), now);
    const oldParsed = parseImport(JSON.stringify(old));
    expect(oldParsed.ok && oldParsed.value.plan).toBeUndefined();
  });
});
