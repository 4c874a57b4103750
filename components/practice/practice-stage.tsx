import { lazy, Suspense, useEffect, useMemo } from "react";
import type { PracticeManifest } from "@/lib/practice/bank-types";
import { defaultConfig, practiceQueryString } from "@/lib/practice/config";
import { missedSetHref, type SessionState } from "@/lib/practice/runner";
import { newSeed } from "@/lib/practice/seeded";
import type { ActiveSession } from "./hooks/use-active-session";
import type { ReviewRecording } from "./hooks/use-review-recording";
import type { SessionLauncher } from "./hooks/use-session-launcher";
import { ResumePrompt } from "./resume-prompt";

// The summary and the interviewer's sheet are shown at the end of a set or for one kind of link:
// they load then, not with the runner.
const PracticeSummary = lazy(() =>
  import("./practice-summary").then((module) => ({ default: module.PracticeSummary })),
);
// Practise links start their sets, so the launcher is the screen fewer visits need: it loads when shown.
const PracticeLauncher = lazy(() =>
  import("./practice-launcher").then((module) => ({ default: module.PracticeLauncher })),
);
// The runner is a chunk of its own so the page's first scripts stay small; it starts downloading
// as soon as the page hydrates (below), alongside the question bank, so a set that starts at once
// does not wait for it twice.
const loadRunner = () => import("./practice-runner");
const PracticeRunner = lazy(() =>
  loadRunner().then((module) => ({ default: module.PracticeRunner })),
);
const InterviewerSheet = lazy(() =>
  import("./interviewer-sheet").then((module) => ({ default: module.InterviewerSheet })),
);

type Props = {
  manifest: PracticeManifest | null;
  ready: boolean;
  launcher: SessionLauncher;
  dueCount: number;
  active: ActiveSession;
  recording: ReviewRecording;
  announce: (text: string) => void;
};

/** The one screen the practice page shows now: loading, launcher, runner, summary or sheet. */
export function PracticeStage(props: Props) {
  const { manifest, ready, launcher, dueCount, active, recording, announce } = props;
  const { session, dispatch } = active;
  const { act } = recording;
  const missedHref = useMemo(() => (session ? missedSetHref(session, newSeed()) : null), [session]);
  useEffect(() => {
    void loadRunner();
  }, []);
  if (launcher.loadError)
    return (
      <p role="alert" className="rounded-md border border-bad bg-bad-soft p-4 text-fg">
        {launcher.loadError}
      </p>
    );
  if (!manifest || !ready) return <p className="text-muted">Loading the question bank…</p>;
  if (launcher.interviewerItems)
    return (
      <Suspense fallback={<p className="text-muted">Loading the interviewer sheet…</p>}>
        <InterviewerSheet items={launcher.interviewerItems} />
      </Suspense>
    );
  if (session?.finishedAt)
    return (
      <Suspense fallback={<p className="text-muted">Loading your summary…</p>}>
        <PracticeSummary
          state={session}
          items={launcher.items}
          act={dispatch}
          onGradeInReview={recording.gradeInReview}
          missedHref={missedHref}
          onNewSet={launcher.newSet}
        />
      </Suspense>
    );
  if (session)
    return (
      <Suspense fallback={<p className="text-muted">Loading the question…</p>}>
        <PracticeRunner
          state={session}
          items={launcher.items}
          act={act}
          announce={announce}
          onFinish={() => act({ type: "finish", now: new Date() })}
        />
      </Suspense>
    );
  return (
    <Suspense fallback={<p className="text-muted">Loading the practice settings…</p>}>
      <PracticeLauncher
        key={practiceQueryString({ ...launcher.initialConfig, seed: null })}
        manifest={manifest}
        initial={launcher.initialConfig}
        dueCount={dueCount}
        onStart={(config) => void launcher.startFromConfig(config)}
        onReviewDue={() => void launcher.startFromConfig({ ...defaultConfig, review: true })}
        resume={resumePrompt(launcher.resumable, launcher)}
      />
    </Suspense>
  );
}

function resumePrompt(resumable: SessionState | null, launcher: SessionLauncher) {
  if (!resumable) return null;
  return (
    <ResumePrompt
      session={resumable}
      onResume={() => void launcher.resume()}
      onDiscard={launcher.discardResumable}
    />
  );
}
