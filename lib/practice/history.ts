import { sessionStateSchema, type SessionState } from "./runner";

/**
 * Back and Forward on /practice. A set gets its own history entry (pushed when it starts from the
 * launcher), and the entry carries the session itself in `history.state`, kept up to date as the
 * learner works. So going back to a set, even from another page ("Practise what I missed"), shows
 * it as it was left: the summary if it was finished, the same question if not. A fresh browser has
 * no such state, so a shared link still starts its set from the beginning.
 */

const stateKey = "leadwiseSession";

export function historyStateFor(session: SessionState): Record<string, unknown> {
  return { [stateKey]: session };
}

/** The session an entry carries, if it is valid and belongs to this address's set. */
export function sessionFromHistory(state: unknown, search: string): SessionState | null {
  if (!state || typeof state !== "object" || !(stateKey in state)) return null;
  const parsed = sessionStateSchema.safeParse((state as Record<string, unknown>)[stateKey]);
  if (!parsed.success) return null;
  return parsed.data.query === search.replace(/^\?/, "") ? parsed.data : null;
}
