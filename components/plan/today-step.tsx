"use client";

import { useEffect, useState } from "react";
import type { PlanCatalog } from "@/lib/plan/schedule";
import type { TodayStep as Today } from "@/lib/plan/today";
import { storageKeys } from "@/lib/storage/keys";

function hasStoredPlan(): boolean {
  try {
    return window.localStorage.getItem(storageKeys.plan) !== null;
  } catch {
    return false;
  }
}

/** Home's "today's step" from the learner's loop plan: nothing at all until there is a plan. */
export function TodayStep({ catalog }: { catalog: PlanCatalog }) {
  const [today, setToday] = useState<Today>(null);
  useEffect(() => {
    if (!hasStoredPlan()) return;
    let current = true;
    import("@/lib/plan/today")
      .then(({ todayStep }) => {
        if (current) setToday(todayStep(catalog, new Date()));
      })
      .catch(() => setToday(null));
    return () => {
      current = false;
    };
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
