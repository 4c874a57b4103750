"use client";

import { useEffect, useState } from "react";
import { readPlanInputs } from "@/lib/plan/learner-state";
import { buildPlan, type PlanCatalog, type PlanStep } from "@/lib/plan/schedule";
import { doneMap } from "@/lib/plan/stored-plan";
import { openStorage } from "@/lib/storage/safe-storage";

type Today = { step: PlanStep; left: number } | "all-done" | null;

/** Home's "today's step" from the learner's loop plan: nothing at all until there is a plan. */
export function TodayStep({ catalog }: { catalog: PlanCatalog }) {
  const [today, setToday] = useState<Today>(null);
  useEffect(() => {
    const { loaded, state } = readPlanInputs(openStorage(), new Date());
    const settings = loaded.value.settings;
    if (!settings) return;
    const plan = buildPlan(settings, catalog, { ...state, done: doneMap(loaded.value) });
    const steps = plan.days[0]?.date === state.today ? plan.days[0].steps : [];
    const open = steps.filter((step) => !step.done);
    const first = open[0];
    setToday(first ? { step: first, left: open.length } : steps.length > 0 ? "all-done" : null);
  }, [catalog]);

  if (today === null) return null;
  return (
    <p className="mb-6 flex flex-wrap items-center gap-3 rounded-lg border border-accent bg-accent-soft p-4">
      {today === "all-done" ? (
        <span className="font-semibold">Today&apos;s plan is done. See you tomorrow.</span>
      ) : (
        <>
          <span className="font-semibold">
            Today&apos;s step: {today.step.title} ({today.step.minutes} min)
            {today.left > 1 ? `, then ${today.left - 1} more` : ""}.
          </span>
          <a href={today.step.href} className="font-semibold">
            Start →
          </a>
        </>
      )}
      <a href="/plan">Your plan</a>
    </p>
  );
}
