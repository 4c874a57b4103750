"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { useActiveSession } from "./hooks/use-active-session";
import { useAnnouncer } from "./hooks/use-announcer";
import { useLearnerData } from "./hooks/use-learner-data";
import { usePracticeManifest } from "./hooks/use-practice-manifest";
import { useReviewRecording } from "./hooks/use-review-recording";
import { useSessionLauncher } from "./hooks/use-session-launcher";
import { LinkHints } from "./link-hints";
import { Notices } from "./notices";
import { PracticeStage } from "./practice-stage";

/**
 * The practice island. Each concern is a hook (hooks/) and each screen a view; this root only wires
 * them together. The logic underneath is pure TypeScript in lib/practice.
 */
export function PracticeApp() {
  const learner = useLearnerData();
  const { message, announce } = useAnnouncer();
  const { manifest, failed } = usePracticeManifest();
  const active = useActiveSession(learner);
  const launcher = useSessionLauncher(manifest, failed, learner, active);
  const recording = useReviewRecording(learner, active, launcher.items, announce);
  return (
    <div>
      <p aria-live="polite" role="status" className="sr-only">
        {message}
      </p>
      <Notices notices={learner.notices} onDismiss={learner.dismissNotice} />
      <LinkHints ignored={launcher.ignored} emptyHint={launcher.emptyHint} />
      <PracticeStage
        manifest={manifest}
        ready={learner.ready}
        launcher={launcher}
        active={active}
        recording={recording}
        announce={announce}
      />
    </div>
  );
}
