import { addDays } from "./dates";
import type { PlanDay } from "./schedule";

/**
 * The plan as an iCalendar file (RFC 5545): one all-day event a day, titled with its minutes and
 * linking to that day on the plan page. Hand-written because it is a few lines of a stable format;
 * tests/unit/plan-ics.test.ts parses the output back with ical.js, a real parser.
 */

/** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/** Folds a content line to 75 octets, continuing with a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += character;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDay = (day: string) => day.replace(/-/g, "");
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function planToIcs(
  days: readonly PlanDay[],
  options: { siteUrl: string; now: Date; planId: string },
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Leadwise//Loop plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const day of days) {
    if (day.steps.length === 0) continue;
    const url = `${options.siteUrl}/plan#day-${day.date}`;
    const summary = day.isMockDay
      ? `Leadwise: mock interview (${day.minutes} min)`
      : `Leadwise: ${day.steps.length} step${day.steps.length === 1 ? "" : "s"} (${day.minutes} min)`;
    const description = [
      ...day.steps.map((step) => `- ${step.title} (${step.minutes} min)`),
      "",
      url,
    ].join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${options.planId}-${day.date}@leadwise`,
      `DTSTAMP:${stamp(options.now)}`,
      `DTSTART;VALUE=DATE:${compactDay(day.date)}`,
      `DTEND;VALUE=DATE:${compactDay(addDays(day.date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
