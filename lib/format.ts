const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2026-11-21" -> "21 November 2026", the same on every machine (UTC, fixed locale). */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

const localDateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });

/**
 * A moment the learner lived through (a finished session, a started one), in the same day-month-year
 * form as every other date on the site, in their own time zone, with how long ago it was when that
 * helps: "29 November 2026 at 08:50 (2 days ago)". Beyond a month the date alone says enough.
 */
export function formatMoment(iso: string, now: Date): string {
  const at = new Date(iso);
  const absolute = localDateTime.format(at);
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ["minute", 60],
    ["hour", 3600],
    ["day", 86_400],
  ];
  if (Math.abs(seconds) < 60) return `${absolute} (just now)`;
  if (Math.abs(seconds) > 30 * 86_400) return absolute;
  const [unit, size] = steps.findLast(([, length]) => Math.abs(seconds) >= length) ?? [
    "minute",
    60,
  ];
  return `${absolute} (${relative.format(Math.trunc(seconds / size), unit)})`;
}
