import { describe, expect, it } from "vitest";
import { formatDate, formatMoment, formatShortDay } from "@/lib/format";

describe("dates in one format", () => {
  it("writes a content date as day, month name and year", () => {
    expect(formatDate("2026-11-21")).toBe("21 November 2026");
  });

  it("writes a moment in the same form, with its time and how long ago it was", () => {
    const now = new Date("2026-11-29T10:00:00Z");
    expect(formatMoment("2026-11-29T09:59:30Z", now)).toMatch(
      /^29 November 2026 at \d{2}:\d{2} \(just now\)$/,
    );
    expect(formatMoment("2026-11-29T07:00:00Z", now)).toMatch(
      /^29 November 2026 at \d{2}:\d{2} \(3 hours ago\)$/,
    );
    expect(formatMoment("2026-11-27T08:50:19Z", now)).toMatch(
      /^27 November 2026 at \d{2}:\d{2} \(2 days ago\)$/,
    );
    expect(formatMoment("2026-11-28T09:00:00Z", now)).toMatch(/\(yesterday\)$/);
    expect(formatMoment("2026-09-01T08:00:00Z", now)).toMatch(/^1 September 2026 at \d{2}:\d{2}$/);
    expect(formatMoment("2026-11-29T08:50:19Z", now)).not.toMatch(/\d+\/\d+\/\d+|AM|PM/);
  });

  it("writes a chart's day short, in UTC, with the month as British English abbreviates it", () => {
    // 23:30 UTC is already the next day east of Greenwich; the day shown stays the UTC one.
    expect(formatShortDay(new Date("2026-11-21T23:30:00Z"))).toBe("21 Nov");
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2026, month, 3));
      const intl = new Intl.DateTimeFormat("en-GB", {
        day: "numeric",
        month: "short",
        timeZone: "UTC",
      });
      expect(formatShortDay(date)).toBe(intl.format(date));
    }
  });
});
