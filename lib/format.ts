/**
 * A formatter made on first use: building an Intl formatter loads locale data, which cost the
 * progress page about 35 ms of main thread at load (140 ms under Lighthouse's 4x slowdown) even
 * when it had no date to show.
 */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateFormat = lazily(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
);

/** "2026-11-21" -> "21 November 2026", the same on every machine (UTC, fixed locale). */
export function formatDate(isoDate: string): string {
  return dateFormat().format(new Date(`${isoDate}T00:00:00Z`));
}

const localDateTime = lazily(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    }),
);
const relative = lazily(() => new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" }));

const shortDayFormat = lazily(
  () => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
);
const shortDateFormat = lazily(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }),
);

/**
 * A day in a chart: "21 Nov", or with its year "21 Nov 2026" (UTC). One formatter for
 * every call: `toLocaleDateString` with options builds a new one each time, and the progress
 * chart's 60 labels spent about 25 ms of main thread on that (110 ms under Lighthouse's slowdown).
 */
export function formatShortDate(date: Date, { withYear }: { withYear: boolean }): string {
  return (withYear ? shortDateFormat() : shortDayFormat()).format(date);
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
