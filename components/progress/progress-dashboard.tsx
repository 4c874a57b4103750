"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { Notices } from "../practice/notices";
import { useLearnerData } from "../practice/hooks/use-learner-data";
import { usePracticeManifest } from "../practice/hooks/use-practice-manifest";
import { useStories } from "../stories/use-stories";
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
  const { manifest, failed } = usePracticeManifest();
  const figures = useProgressFigures(learner.progress, manifest);
  const transfer = useProgressTransfer(learner, stories);
  const status = transfer.status || (failed ? bankFailed : "");

  if (!learner.ready || !stories.ready) return <p className="text-muted">Loading your progress…</p>;

  return (
    <div className="space-y-10">
      <Notices
        notices={stories.notice ? [...learner.notices, stories.notice] : learner.notices}
        onDismiss={(notice) =>
          notice === stories.notice ? stories.dismissNotice() : learner.dismissNotice(notice)
        }
      />
      <p
        role="status"
        aria-live="polite"
        className={status ? "rounded-md border border-border bg-surface p-3" : "sr-only"}
      >
        {status}
      </p>
      <ProgressOverview
        due={figures.due}
        practised={figures.practised}
        sessionsFinished={learner.sessions.sessions.length}
      />
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading" className="mb-3 text-2xl font-semibold">
          Reviews over time
        </h2>
        <ReviewsChart days={figures.days} />
      </section>
      <MasteryTable mastery={figures.mastery} />
      <RecentSessions history={learner.sessions} />
      <DataControls transfer={transfer} />
    </div>
  );
}
