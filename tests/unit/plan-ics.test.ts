import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { getLibrary } from "@/lib/content/load";
import { planCatalog } from "@/lib/plan/catalog";
import { escapeText, foldLine, planToIcs } from "@/lib/plan/ics";
import { buildPlan } from "@/lib/plan/schedule";

const plan = buildPlan(
  { roles: ["staff-engineer"], startDate: "2026-12-01", loopDate: "2026-12-15", minutesPerDay: 40 },
  planCatalog(getLibrary()),
  { today: "2026-12-01", done: new Map(), coveredBySkillStories: new Set(), reviewDueDates: [] },
);
const ics = planToIcs(plan.days, {
  siteUrl: "https://leadwise.example",
  now: new Date("2026-12-01T08:30:00.000Z"),
  planId: "p1",
});

describe("the plan as an iCalendar file", () => {
  it("parses with ical.js into one all-day event a day, each linking to its day", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(14);
    const first = events[0];
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.startDate.toString()).toBe("2026-12-01");
    expect(first?.endDate.toString()).toBe("2026-12-02");
    expect(first?.uid).toBe("p1-2026-12-01@leadwise");
    expect(events[0]?.component.getFirstPropertyValue("url")).toBe(
      "https://leadwise.example/plan#day-2026-12-01",
    );
    const last = events.at(-1);
    expect(last?.summary).toBe("Leadwise: mock interview (40 min)");
    expect(last?.startDate.toString()).toBe("2026-12-14");
    expect(first?.description).toContain(plan.days[0]?.steps[0]?.title);
  });

  it("uses CRLF line ends and folds no line beyond 75 octets", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("escapes text and folds without splitting a character", () => {
    expect(escapeText("a, b; c\\d\ne")).toBe("a\\, b\\; c\\\\d\\ne");
    const folded = foldLine(`SUMMARY:${"é".repeat(60)}`);
    expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${"é".repeat(60)}`);
    const parsed = new ICAL.Component(
      ICAL.parse(
        `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20261201T000000Z\r\n${foldLine(`SUMMARY:${escapeText("Déjà vu, again; and\nagain")}`)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      ),
    );
    expect(parsed.getFirstSubcomponent("vevent")?.getFirstPropertyValue("summary")).toBe(
      "Déjà vu, again; and\nagain",
    );
  });
});
