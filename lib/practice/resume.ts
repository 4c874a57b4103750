import type { SessionState } from "./runner";

/**
 * When an unfinished session is worth offering back. A banner that appears after every stray
 * visit teaches people to ignore it, so a session is offered only if all of these hold:
 * - it is a set (one question from a `?q=` link is done when the person leaves it);
 * - the learner did something in it (answered, revealed, skipped or moved on);
 * - it started within the last week (older sets are better started afresh);
 * - it is not finished.
 * Dismissing the banner discards the stored session, so it never comes back.
 */

export const resumeWindowDays = 7;

export type ResumeVerdict =
  | { resumable: true }
  | { resumable: false; reason: "finished" | "single-question" | "untouched" | "stale" };

export function isTouched(session: SessionState): boolean {
  return (
    session.index > 0 ||
    Object.values(session.entries).some(
      (entry) =>
        entry.revealed ||
        entry.skipped ||
        entry.grade !== null ||
        entry.choice !== null ||
        entry.draft.trim() !== "",
    )
  );
}

export function resumeVerdict(session: SessionState, now: Date): ResumeVerdict {
  if (session.finishedAt) return { resumable: false, reason: "finished" };
  if (session.itemIds.length < 2) return { resumable: false, reason: "single-question" };
  const age = now.getTime() - Date.parse(session.startedAt);
  if (!(age <= resumeWindowDays * 86_400_000)) return { resumable: false, reason: "stale" };
  if (!isTouched(session)) return { resumable: false, reason: "untouched" };
  return { resumable: true };
}

/**
 * Whether the session in progress is worth saving for later at all: a single question never is,
 * so practising one cannot replace (or become) the unfinished set a learner may come back to.
 */
export function worthKeeping(session: SessionState): boolean {
  return !session.finishedAt && session.itemIds.length >= 2;
}
