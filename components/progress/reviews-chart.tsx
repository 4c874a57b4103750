"use client";

import { useId } from "react";
import { formatShortDay } from "@/lib/format";

/**
 * Reviews per day as an SVG bar chart. Colours come from the theme tokens, so it reads in light and
 * dark; screen readers get a summary as the image's name and the full numbers in a table.
 */
export function ReviewsChart({ days }: { days: { date: string; count: number }[] }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...days.map((day) => day.count));
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const busiest = days.reduce(
    (best, day) => (day.count > best.count ? day : best),
    days[0] ?? { date: "", count: 0 },
  );
  const width = 600;
  const height = 160;
  const barWidth = width / Math.max(1, days.length);
  const label = (date: string) => formatShortDay(new Date(`${date}T00:00:00Z`));

  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height + 24}`}
        className="h-auto w-full"
      >
        <title id={titleId}>Reviews per day, last {days.length} days</title>
        <desc id={descId}>
          {total === 0
            ? "No reviews yet."
            : `${total} reviews in all; the busiest day was ${label(busiest.date)} with ${busiest.count}.`}
        </desc>
        <line x1="0" y1={height} x2={width} y2={height} stroke="var(--border)" strokeWidth="1" />
        {days.map((day, index) => {
          const barHeight = (day.count / max) * (height - 8);
          return (
            <rect
              key={day.date}
              x={index * barWidth + 2}
              y={height - barHeight}
              width={Math.max(1, barWidth - 4)}
              height={barHeight}
              rx="2"
              fill="var(--accent)"
            >
              <title>{`${label(day.date)}: ${day.count} review${day.count === 1 ? "" : "s"}`}</title>
            </rect>
          );
        })}
        <text x="0" y={height + 18} fontSize="12" fill="var(--muted)">
          {label(days[0]?.date ?? "")}
        </text>
        <text x={width} y={height + 18} fontSize="12" fill="var(--muted)" textAnchor="end">
          {label(days.at(-1)?.date ?? "")}
        </text>
      </svg>
      <details className="mt-2 text-sm">
        <summary>Show the numbers</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">Reviews per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Reviews</th>
            </tr>
          </thead>
          <tbody>
            {days
              .filter((day) => day.count > 0)
              .map((day) => (
                <tr key={day.date} className="border-t border-border">
                  <td>{label(day.date)}</td>
                  <td>{day.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
