"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { Notices } from "../practice/notices";
import { useLearnerData } from "../practice/hooks/use-learner-data";
import { usePracticeManifest } from "../practice/hooks/use-practice-manifest";
import { useStories } from "../stories/use-stories";
import { useNotebook } from "../notebook/use-notebook";
import { DataControls } from "./data-controls";
import { useProgressFigures } from "./hooks/use-progress-figures";
import { useProgressTransfer } from "./hooks/use-progress-transfer";
import { MasteryTable } from "./mastery-table";
import { ProgressOverview } from "./progress-overview";
import { RecentSessions } from "./recent-sessions";
import { ReviewsChart } from "./reviews-chart";

const bankFailed =
  "The question bank could not be loaded, so mastery by skill is not shown. Reload to try again.";

/** /progress: what is due, mastery, recent sessions, and the learner's data. Wires hooks to views. */
export function ProgressDashboard() {
  const learner = useLearnerData();
  const stories = useStories();
  const notebook = useNotebook();
  const { manifest, failed } = usePracticeManifest();
  const figures = useProgressFigures(learner.progress, learner.sessions, manifest);
  const transfer = useProgressTransfer(learner, stories, notebook);
  const status = transfer.status || (failed ? bankFailed : "");

  // Everything appears at once, in space held for it, so nothing on screen moves as the parts load
  // (a figure that arrived later used to push the chart and the table down: a layout shift).
  if (!learner.ready || !stories.ready || !notebook.ready || (!figures.summary && !failed))
    return <p className="min-h-screen text-muted">Loading your progress…</p>;

  return (
    <div className="min-h-screen space-y-10">
      <Notices
        notices={[...learner.notices, stories.notice, notebook.notice].filter(
          (notice): notice is string => notice !== null,
        )}
        onDismiss={(notice) =>
          notice === stories.notice
            ? stories.dismissNotice()
            : notice === notebook.notice
              ? notebook.dismissNotice()
              : learner.dismissNotice(notice)
        }
      />
      <p
        role="status"
        aria-live="polite"
        className={status ? "rounded-md border border-border bg-surface p-3" : "sr-only"}
      >
        {status}
      </p>
      {figures.summary ? <ProgressOverview figures={figures.summary} /> : null}
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading" className="mb-3 text-2xl font-semibold">
          Reviews over time
        </h2>
        <ReviewsChart days={figures.days} />
      </section>
      {figures.summary ? <MasteryTable figures={figures.summary} /> : null}
      {figures.summary ? <RecentSessions figures={figures.summary} /> : null}
      <DataControls transfer={transfer} />
    </div>
  );
}
