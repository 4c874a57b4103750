"use client";

import { formatDate } from "@/lib/format";
import type { Plan, PlanDay, PlanStep } from "@/lib/plan/schedule";

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
const dayName = (date: string) =>
  `${weekday.format(new Date(`${date}T00:00:00Z`))} ${formatDate(date)}`;

function StepRow({ step, onToggle }: { step: PlanStep; onToggle: (id: string) => void }) {
  return (
    <li className="flex items-start gap-3">
      <input
        type="checkbox"
        id={`step-${step.id}`}
        checked={step.done}
        onChange={() => onToggle(step.id)}
        aria-label={`Done: ${step.title}`}
        className="mt-1 size-5 shrink-0"
      />
      <span className={step.done ? "text-muted line-through" : undefined}>
        <a href={step.href}>{step.title}</a>{" "}
        <span className="text-sm text-muted">({step.minutes} min)</span>
      </span>
    </li>
  );
}

function Day({
  day,
  today,
  budget,
  onToggle,
}: {
  day: PlanDay;
  today: string;
  budget: number;
  onToggle: (id: string) => void;
}) {
  const done = day.steps.filter((step) => step.done).length;
  const headingId = `day-${day.date}-heading`;
  return (
    <li id={`day-${day.date}`} className="rounded-lg border border-border p-4">
      <h3 id={headingId} className="font-semibold">
        {day.date === today ? `Today, ${dayName(day.date)}` : dayName(day.date)}
      </h3>
      <p className="mb-2 text-sm text-muted">
        {day.minutes} of {budget} minutes
        {day.steps.length > 0 ? ` · ${done} of ${day.steps.length} done` : " · a rest day"}
      </p>
      <ul className="space-y-2">
        {day.steps.map((step) => (
          <StepRow key={step.id} step={step} onToggle={onToggle} />
        ))}
      </ul>
    </li>
  );
}

export function PlanDays({
  plan,
  today,
  budget,
  onToggle,
}: {
  plan: Plan;
  today: string;
  budget: number;
  onToggle: (id: string) => void;
}) {
  return (
    <>
      <h2 className="mb-3 text-2xl font-semibold">Day by day</h2>
      <ol className="mb-8 space-y-4">
        {plan.days.map((day) => (
          <Day key={day.date} day={day} today={today} budget={budget} onToggle={onToggle} />
        ))}
      </ol>
      {plan.left.length > 0 && (
        <section aria-labelledby="plan-left" className="mb-8">
          <h2 id="plan-left" className="text-xl font-semibold">
            Does not fit before your loop
          </h2>
          <p className="mb-2 text-muted">Add minutes a day to fit these in:</p>
          <ul className="list-disc pl-6">
            {plan.left.map((step) => (
              <li key={step.id}>
                <a href={step.href}>{step.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.history.length > 0 && (
        <section aria-labelledby="plan-history" className="mb-8">
          <h2 id="plan-history" className="text-xl font-semibold">
            Done on earlier days
          </h2>
          <ul className="list-disc pl-6">
            {plan.history.map((day) => (
              <li key={day.date}>
                {dayName(day.date)}: {day.steps.length} step{day.steps.length === 1 ? "" : "s"}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
