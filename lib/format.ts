/**
 * A formatter made on first use: building an Intl formatter loads the browser's locale data, which
 * a page that imports this module but shows no such date (progress with no sessions) need not pay.
 */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dayMonthYear = { day: "numeric", month: "long", year: "numeric" } as const;

const dateFormat = lazily(
  () => new Intl.DateTimeFormat("en-GB", { ...dayMonthYear, timeZone: "UTC" }),
);

/** "2026-11-21" -> "21 November 2026", the same on every machine (UTC, fixed locale). */
export function formatDate(isoDate: string): string {
  return dateFormat().format(new Date(`${isoDate}T00:00:00Z`));
}

const localDateTime = lazily(
  () => new Intl.DateTimeFormat("en-GB", { ...dayMonthYear, hour: "2-digit", minute: "2-digit" }),
);
const relative = lazily(() => new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" }));

// British English's short month names, as Intl's en-GB writes them ("Sept", not "Sep").
const shortMonths = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
] as const;

/**
 * A day in a chart: "21 Nov" (UTC). Written from a table, not Intl: the first Intl formatter a
 * page makes loads the browser's locale data, about 20 ms of main thread on the progress page (80
 * under Lighthouse's slowdown) for labels whose words never change. It was once
 * `toLocaleDateString` per label, which built a new formatter for each of the 60.
 */
export function formatShortDay(date: Date): string {
  return `${date.getUTCDate()} ${shortMonths[date.getUTCMonth()] ?? ""}`;
}

/**
 * A moment the learner lived through (a finished session, a started one), in the same day-month-year
 * form as every other date on the site, in their own time zone, with how long ago it was when that
 * helps: "29 November 2026 at 08:50 (2 days ago)". Beyond a month the date alone says enough.
 */
export function formatMoment(iso: string, now: Date): string {
  const at = new Date(iso);
  const absolute = localDateTime().format(at);
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
  return `${absolute} (${relative().format(Math.trunc(seconds / size), unit)})`;
}
