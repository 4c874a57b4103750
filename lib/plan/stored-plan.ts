import { listOf, z, type Infer } from "../storage/stored-schema";
import {
  isNewerVersion,
  newerVersionNotice,
  parseJson,
  plural,
  versionOf,
} from "../storage/versioned";
import { isCalendarDay, isoDayPattern } from "./dates";
import { maxPlanDays, minutesLimits } from "./limits";

/**
 * The loop plan as the browser keeps it: the learner's settings and a log of the steps done, never
 * the schedule itself (it is rebuilt from these on every visit). Versioned like every stored part;
 * each done entry is validated on its own, so one damaged entry costs that entry alone.
 */

const day = () =>
  z.string().check(z.regex(isoDayPattern), z.refine(isCalendarDay, "Not a calendar day."));
const slug = () => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

export const planSettingsSchema = z.strictObject({
  roles: listOf(slug(), 10, 1),
  startDate: day(),
  loopDate: day(),
  minutesPerDay: z.int().check(z.minimum(minutesLimits.min), z.maximum(minutesLimits.max)),
});

export const doneEntrySchema = z.strictObject({
  step: z.string().check(z.maxLength(120)),
  on: day(),
});
export type DoneEntry = Infer<typeof doneEntrySchema>;

export const storedPlanSchema = z.strictObject({
  version: z.literal(1),
  settings: z.nullable(planSettingsSchema),
  done: z.array(doneEntrySchema),
});
export type StoredPlan = Infer<typeof storedPlanSchema>;

export const emptyPlan = (): StoredPlan => ({ version: 1, settings: null, done: [] });

export type LoadedPlan = { value: StoredPlan; notice: string | null; newer?: true };

/** Why these settings cannot make a plan, in the learner's words; null when they can. */
export function settingsProblem(
  settings: { roles: readonly string[]; loopDate: string; minutesPerDay: number },
  today: string,
): string | null {
  if (settings.roles.length === 0) return "Pick at least one role.";
  if (!isCalendarDay(settings.loopDate)) return "Enter the date of your loop.";
  if (settings.loopDate <= today) return "Pick a loop date after today.";
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + maxPlanDays * 86_400_000);
  if (settings.loopDate > limit.toISOString().slice(0, 10))
    return `Pick a loop date within ${maxPlanDays} days; plan the last stretch nearer the time.`;
  if (
    !Number.isInteger(settings.minutesPerDay) ||
    settings.minutesPerDay < minutesLimits.min ||
    settings.minutesPerDay > minutesLimits.max
  )
    return `Minutes a day must be a whole number from ${minutesLimits.min} to ${minutesLimits.max}.`;
  return null;
}

export function loadPlan(raw: string | null): LoadedPlan {
  if (raw === null) return { value: emptyPlan(), notice: null };
  const data = parseJson(raw);
  const newer = isNewerVersion(data, 1);
  if ((versionOf(data) === 1 || newer) && data && typeof data === "object") {
    const record = data as { settings?: unknown; done?: unknown };
    const settings = planSettingsSchema.safeParse(record.settings);
    const entries = Array.isArray(record.done) ? (record.done as unknown[]) : [];
    const done: DoneEntry[] = [];
    for (const entry of entries) {
      const parsed = doneEntrySchema.safeParse(entry);
      if (parsed.success) done.push(parsed.data);
    }
    const value: StoredPlan = {
      version: 1,
      settings: settings.success ? settings.data : null,
      done,
    };
    if (newer) return { value, notice: newerVersionNotice("loop plan"), newer };
    const dropped = entries.length - done.length;
    const lostSettings = record.settings !== null && !settings.success;
    const notices = [
      lostSettings ? "Your plan's settings could not be read, so set your loop again." : "",
      dropped > 0
        ? `${plural(dropped, "saved step was", "saved steps were")} damaged and marked as not done.`
        : "",
    ].filter(Boolean);
    return { value, notice: notices.length > 0 ? notices.join(" ") : null };
  }
  return {
    value: emptyPlan(),
    notice:
      "Your saved plan could not be read, so it was reset. Your progress and stories were not affected.",
  };
}

/** A new plan keeps what was already done, so changing the date or minutes loses nothing. */
export function withSettings(plan: StoredPlan, settings: StoredPlan["settings"]): StoredPlan {
  return { version: 1, settings, done: plan.done };
}

export function toggleDone(plan: StoredPlan, step: string, today: string): StoredPlan {
  const isDone = plan.done.some((entry) => entry.step === step);
  return {
    version: 1,
    settings: plan.settings,
    done: isDone
      ? plan.done.filter((entry) => entry.step !== step)
      : [...plan.done, { step, on: today }],
  };
}

export function doneMap(plan: StoredPlan): Map<string, string> {
  return new Map(plan.done.map((entry) => [entry.step, entry.on]));
}

/** Import merge: the imported settings win when present; done logs are unioned, earliest day first. */
export function mergePlans(current: StoredPlan, incoming: StoredPlan): StoredPlan {
  const byStep = new Map(current.done.map((entry) => [entry.step, entry]));
  for (const entry of incoming.done) {
    const existing = byStep.get(entry.step);
    if (!existing || entry.on < existing.on) byStep.set(entry.step, entry);
  }
  return {
    version: 1,
    settings: incoming.settings ?? current.settings,
    done: [...byStep.values()],
  };
}
