"use client";

import { useState, type FormEvent } from "react";
import { addDays } from "@/lib/plan/dates";
import { minutesLimits } from "@/lib/plan/limits";
import type { PlanCatalog, PlanSettings } from "@/lib/plan/schedule";
import { settingsProblem } from "@/lib/plan/stored-plan";

/** Role(s), loop date and minutes a day. A problem is said in words next to the button; nothing is saved until it is fixed. */
export function PlanForm({
  roles,
  current,
  today,
  onSave,
}: {
  roles: PlanCatalog["roles"];
  current: PlanSettings | null;
  today: string;
  onSave: (settings: PlanSettings) => void;
}) {
  const [picked, setPicked] = useState<string[]>(current?.roles ?? []);
  const [loopDate, setLoopDate] = useState(current?.loopDate ?? addDays(today, 14));
  const [minutes, setMinutes] = useState(String(current?.minutesPerDay ?? 40));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const settings = { roles: picked, loopDate, minutesPerDay: Number(minutes) };
    const found = settingsProblem(settings, today);
    setProblem(found);
    if (!found) onSave({ ...settings, startDate: today });
  };
  const togglePicked = (slug: string) =>
    setPicked((list) => (list.includes(slug) ? list.filter((s) => s !== slug) : [...list, slug]));

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mb-10 space-y-5 rounded-lg border border-border p-4"
    >
      <fieldset>
        <legend className="mb-2 font-semibold">Which loop are you preparing for?</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {roles.map((role) => (
            <label key={role.slug} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                checked={picked.includes(role.slug)}
                onChange={() => togglePicked(role.slug)}
                className="size-5"
              />
              {role.title}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-6">
        <label className="flex flex-col gap-1 font-semibold">
          Loop date
          <input
            type="date"
            value={loopDate}
            min={addDays(today, 1)}
            onChange={(event) => setLoopDate(event.target.value)}
            className="min-h-11 rounded-md border border-border bg-bg px-3 font-normal"
          />
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          Minutes a day
          <input
            type="number"
            inputMode="numeric"
            min={minutesLimits.min}
            max={minutesLimits.max}
            step={5}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            className="min-h-11 w-32 rounded-md border border-border bg-bg px-3 font-normal"
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded-md bg-accent px-5 font-semibold text-accent-fg"
        >
          {current ? "Rebuild my plan" : "Build my plan"}
        </button>
        <p role="alert" className="text-bad">
          {problem}
        </p>
      </div>
    </form>
  );
}
