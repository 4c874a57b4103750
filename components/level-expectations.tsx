import { lensChoices, lensLabels } from "@/lib/level-lens";
import type { Level } from "@/lib/content/vocabulary";
import { Prose } from "./page-section";

const levelLabels: Record<Level, string> = { senior: "Senior", staff: "Staff", manager: "Manager" };

/**
 * How the bar moves by level, with the level-lens switch. Static markup: the lens controller sets
 * `data-level` on <html> and CSS hides the other levels; without JavaScript every level shows and
 * the switch stays hidden.
 */
export function LevelExpectations({
  levels,
  headingClass,
  heading: Heading = "h4",
}: {
  levels: [Level, string][];
  headingClass: string;
  heading?: "h2" | "h3" | "h4";
}) {
  if (levels.length === 0) return null;
  const choices = lensChoices.filter(
    (choice) => choice === "all" || levels.some(([level]) => level === choice),
  );
  return (
    <div data-level-lens>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <Heading className={headingClass}>How the bar moves by level</Heading>
        <div
          role="group"
          aria-label="Show the bar for"
          className="level-lens-switch no-print flex flex-wrap gap-1"
        >
          {choices.map((choice) => (
            <button
              key={choice}
              type="button"
              data-level-choice={choice}
              aria-pressed={choice === "all" ? "true" : "false"}
              className="min-h-11 rounded-md border border-border px-3 text-sm text-fg aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg"
            >
              {lensLabels[choice]}
            </button>
          ))}
        </div>
      </div>
      <dl className="grid gap-3 md:grid-cols-3">
        {levels.map(([level, html]) => (
          <div key={level} data-level-block={level} className="rounded-md border border-border p-3">
            <dt className="font-semibold">{levelLabels[level]}</dt>
            <dd>
              <Prose html={html} className="prose-sm" />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
