import { practiceModeLabels } from "@/lib/practice/config";
import type { SessionState } from "@/lib/practice/runner";
import { primaryButton, secondaryButton } from "../button-styles";

type Props = { session: SessionState; onResume: () => void; onDiscard: () => void };

/** Offered on the launcher when an unfinished session was saved before a reload. */
export function ResumePrompt({ session, onResume, onDiscard }: Props) {
  return (
    <section aria-labelledby="resume-heading" className="rounded-lg border border-accent p-4">
      <h2 id="resume-heading" className="font-semibold">
        You have an unfinished session
      </h2>
      <p className="text-sm">
        {practiceModeLabels[session.mode]}, question {session.index + 1} of {session.itemIds.length}
        , started {new Date(session.startedAt).toLocaleString()}.
      </p>
      <div className="mt-3 flex gap-3">
        <button type="button" onClick={onResume} className={primaryButton}>
          Resume session
        </button>
        <button type="button" onClick={onDiscard} className={secondaryButton}>
          Discard it
        </button>
      </div>
    </section>
  );
}
