"use client";

import { useState } from "react";
import { OfflineLibrary } from "@/components/offline/offline-library";
import { Notices } from "@/components/practice/notices";
import { downloadFile } from "@/lib/download-file";
import { formatDate } from "@/lib/format";
import { planToIcs } from "@/lib/plan/ics";
import type { PlanCatalog } from "@/lib/plan/schedule";
import { PlanDays } from "./plan-days";
import { PlanForm } from "./plan-form";
import { usePlan } from "./use-plan";
import { secondaryButton } from "@/components/button-styles";

/** The plan page's island: settings, the day-by-day plan, its calendar file and offline reading. */
export function PlanApp({ catalog }: { catalog: PlanCatalog }) {
  const data = usePlan(catalog);
  const [dismissed, setDismissed] = useState<string[]>([]);
  if (!data.ready) return <p>Loading your plan…</p>;
  const settings = data.stored.settings;

  const exportCalendar = () => {
    if (!data.plan || !settings) return;
    const ics = planToIcs(data.plan.days, {
      siteUrl: window.location.origin,
      now: new Date(),
      planId: `${settings.startDate}-${settings.roles.join("-")}`,
    });
    downloadFile(ics, "text/calendar", `leadwise-plan-${settings.loopDate}.ics`);
  };

  return (
    <>
      <Notices
        notices={[
          ...(data.notice ? [data.notice] : []),
          ...(data.persistent
            ? []
            : [
                "This browser is not keeping what you save, so your plan lasts only for this visit.",
              ]),
        ].filter((notice) => !dismissed.includes(notice))}
        onDismiss={(notice) => setDismissed((list) => [...list, notice])}
      />
      <PlanForm
        key={settings ? `${settings.loopDate}-${settings.minutesPerDay}` : "new"}
        roles={catalog.roles}
        current={settings}
        today={data.today}
        onSave={data.setSettings}
      />
      {settings && data.plan && (
        <>
          <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
            <p className="text-lg">
              {data.plan.days.length > 0
                ? `${data.plan.days.length} days to your loop on ${formatDate(settings.loopDate)}, ${settings.minutesPerDay} minutes a day.`
                : `Your loop date, ${formatDate(settings.loopDate)}, has come. Good luck; set a new date for the next one.`}
            </p>
            {data.plan.days.length > 0 && (
              <button type="button" onClick={exportCalendar} className={secondaryButton}>
                Add to calendar (.ics)
              </button>
            )}
          </div>
          <PlanDays
            plan={data.plan}
            today={data.today}
            budget={settings.minutesPerDay}
            onToggle={data.toggle}
          />
        </>
      )}
      <OfflineLibrary />
    </>
  );
}
