"use client";

// First: zod must be told not to probe `new Function` before any schema is built.
import "@/lib/storage/zod-jitless";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  manifestPath,
  sourceBankPath,
  type PracticeItem,
  type PracticeManifest,
  type QuestionItem,
  type SourceBank,
} from "@/lib/practice/bank-types";
import {
  defaultConfig,
  parsePracticeQuery,
  practiceModeLabels,
  practiceQueryString,
  type PracticeConfig,
} from "@/lib/practice/config";
import { gradeForChoice, gradeLabels, type Grade } from "@/lib/practice/grading";
import { dueIds, recordSession } from "@/lib/practice/progress";
import {
  activeSessionSchema,
  currentEntry,
  currentItemId,
  missedItemIds,
  sessionReducer,
  startSession,
  summarizeSession,
  type SessionAction,
  type SessionState,
} from "@/lib/practice/runner";
import { describeInterval } from "@/lib/practice/stored-card";
import { newSeed } from "@/lib/practice/seeded";
import { buildSession } from "@/lib/practice/session";
import { storageKeys } from "@/lib/storage/keys";
import { lazy, Suspense } from "react";
import { Notices } from "./notices";
import { PracticeLauncher } from "./practice-launcher";
import { PracticeRunner } from "./practice-runner";

// The summary and the interviewer's sheet are shown at the end of a set or for one kind of link:
// they load then, not with the runner.
const PracticeSummary = lazy(() =>
  import("./practice-summary").then((module) => ({ default: module.PracticeSummary })),
);
const InterviewerSheet = lazy(() =>
  import("./interviewer-sheet").then((module) => ({ default: module.InterviewerSheet })),
);
import { useLearnerData } from "./use-learner-data";

type AppAction = SessionAction | { type: "load"; state: SessionState | null };

function appReducer(state: SessionState | null, action: AppAction): SessionState | null {
  if (action.type === "load") return action.state;
  return state ? sessionReducer(state, action) : state;
}

const movingActions = new Set<SessionAction["type"]>([
  "next",
  "previous",
  "skip",
  "go-to",
  "finish",
]);

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The practice island: launcher, runner and summary over the pure modules in lib/practice. */
export function PracticeApp() {
  const learner = useLearnerData();
  const [manifest, setManifest] = useState<PracticeManifest | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [initialConfig, setInitialConfig] = useState<PracticeConfig>(defaultConfig);
  const [session, dispatch] = useReducer(appReducer, null);
  const [items, setItems] = useState<ReadonlyMap<string, PracticeItem>>(new Map());
  const [resumable, setResumable] = useState<SessionState | null>(null);
  const [message, setMessage] = useState("");
  const [emptyHint, setEmptyHint] = useState<string | null>(null);
  const [interviewerItems, setInterviewerItems] = useState<QuestionItem[] | null>(null);
  const startedRef = useRef(false);
  const summarizedRef = useRef<string | null>(null);

  // Messages raised together ("Saved as Good…", then "Question 3 of 10") are read as one; clearing
  // the region first makes screen readers repeat an identical message.
  const pendingRef = useRef<string[]>([]);
  const announce = useCallback((text: string) => {
    pendingRef.current.push(text);
    if (pendingRef.current.length > 1) return;
    setMessage("");
    window.setTimeout(() => {
      setMessage(pendingRef.current.join(" "));
      pendingRef.current = [];
    }, 60);
  }, []);

  useEffect(() => {
    fetchJson<PracticeManifest>(manifestPath).then(setManifest, () =>
      setLoadError(
        "The question bank could not be loaded. Check your connection and reload the page.",
      ),
    );
  }, []);

  const knownIds = useMemo(() => new Set(manifest?.items.map((item) => item.id) ?? []), [manifest]);
  const now = () => new Date();
  const dueCount = useMemo(
    () => (learner.ready ? dueIds(learner.progress, new Date(), knownIds).length : 0),
    [learner.ready, learner.progress, knownIds],
  );

  const loadItems = useCallback(
    async (itemIds: string[]) => {
      if (!manifest) return new Map<string, PracticeItem>();
      const sources = [
        ...new Set(
          itemIds.flatMap((id) =>
            manifest.items.filter((item) => item.id === id).map((item) => item.source),
          ),
        ),
      ];
      const banks = await Promise.all(
        sources.map((source) => fetchJson<SourceBank>(sourceBankPath(source))),
      );
      return new Map(banks.flatMap((bank) => bank.items.map((item) => [item.id, item] as const)));
    },
    [manifest],
  );

  const readStoredSession = useCallback((): SessionState | null => {
    const raw = learner.storage?.read(storageKeys.activeSession) ?? null;
    if (!raw || learner.storage?.isProtected(storageKeys.activeSession)) return null;
    try {
      const parsed = activeSessionSchema.safeParse(JSON.parse(raw));
      if (parsed.success && !parsed.data.session.finishedAt) return parsed.data.session;
    } catch {
      // fall through to the reset below
    }
    learner.storage?.remove(storageKeys.activeSession);
    learner.addNotice(
      "Your unfinished session could not be read, so it was discarded. Your progress and history were not affected.",
    );
    return null;
  }, [learner]);

  const begin = useCallback(
    async (state: SessionState) => {
      try {
        setItems(await loadItems(state.itemIds));
      } catch {
        setLoadError("Some questions could not be loaded. Check your connection and try again.");
        return;
      }
      window.history.replaceState(null, "", `/practice?${state.query}`);
      dispatch({ type: "load", state });
      setResumable(null);
    },
    [loadItems],
  );

  const startFromConfig = useCallback(
    async (config: PracticeConfig, stored: SessionState | null) => {
      if (!manifest) return;
      const seed = config.seed ?? newSeed();
      const due = config.review ? dueIds(learner.progress, now(), knownIds) : [];
      const { itemIds } = buildSession(manifest, { ...config, seed }, due);
      if (itemIds.length === 0) {
        setEmptyHint(
          config.review
            ? "Nothing is due for review right now. Practise a new set instead."
            : "No question matches that set. Choose different filters.",
        );
        setInitialConfig({ ...config, seed: null });
        return;
      }
      const query = practiceQueryString({ ...config, seed });
      if (config.view === "interviewer") {
        // The interviewer's sheet is read-only: no session, nothing stored.
        const loaded = await loadItems(itemIds).catch(() => null);
        if (!loaded)
          return setLoadError(
            "Some questions could not be loaded. Check your connection and try again.",
          );
        window.history.replaceState(null, "", `/practice?${query}`);
        setInterviewerItems(
          itemIds.flatMap((id) => {
            const item = loaded.get(id);
            return item?.kind === "question" ? [item] : [];
          }),
        );
        return;
      }
      // Reloading mid-session lands on the same link: pick up where it was left.
      if (stored && stored.query === query) return begin(stored);
      return begin(startSession(seed + Date.now().toString(36), config, query, itemIds, now()));
    },
    [manifest, learner.progress, knownIds, begin, loadItems],
  );

  // First render with everything loaded: read the URL once and decide what to show.
  useEffect(() => {
    if (!manifest || !learner.ready || startedRef.current) return;
    startedRef.current = true;
    const { config, ignored: dropped } = parsePracticeQuery(window.location.search, {
      skills: manifest.guides.map((guide) => guide.slug),
      roles: manifest.roles.map((role) => role.slug),
      tags: manifest.tags,
      ids: manifest.items.map((item) => item.id),
    });
    setIgnored(dropped);
    setInitialConfig(config);
    const stored = readStoredSession();
    if (config.seed || config.ids.length > 0 || config.review) void startFromConfig(config, stored);
    else if (stored) setResumable(stored);
  }, [manifest, learner.ready, readStoredSession, startFromConfig]);

  // Save the session after every step so a reload resumes it.
  useEffect(() => {
    if (!session || !learner.storage) return;
    const timeout = window.setTimeout(() => {
      if (session.finishedAt) learner.storage?.remove(storageKeys.activeSession);
      else
        learner.storage?.write(storageKeys.activeSession, JSON.stringify({ version: 1, session }));
    }, 250);
    return () => window.clearTimeout(timeout);
  }, [session, learner.storage]);

  const record = useCallback(
    (id: string, grade: Grade) => {
      if (!session) return;
      const at = now();
      const mode = session.mode;
      dispatch({ type: "recorded", id });
      // The scheduler (ts-fsrs) loads with the first grade, not with the page.
      void import("@/lib/practice/review").then(({ recordReview }) => {
        const next = recordReview(learner.latestProgress(), id, grade, mode, at);
        learner.saveProgress(next);
        const card = next.records[id]?.card;
        if (card)
          announce(`Saved as ${gradeLabels[grade]}. Next review ${describeInterval(card, at)}.`);
      });
    },
    [session, learner, announce],
  );

  const act = useCallback(
    (action: SessionAction) => {
      if (!session) return;
      const entry = currentEntry(session);
      const id = currentItemId(session);
      if (movingActions.has(action.type) && entry.grade !== null && !entry.recorded)
        record(id, entry.grade);
      dispatch(action);
      if (action.type === "choose" && entry.choice === null)
        record(id, gradeForChoice(action.correct));
    },
    [session, record],
  );

  // A finished session goes into the history once.
  useEffect(() => {
    if (!session?.finishedAt || summarizedRef.current === session.id) return;
    summarizedRef.current = session.id;
    learner.saveSessions(recordSession(learner.sessions, summarizeSession(session, items, now())));
  }, [session, items, learner]);

  const missedHref = useMemo(() => {
    if (!session) return null;
    const missed = missedItemIds(session);
    if (missed.length === 0) return null;
    return `/practice?${practiceQueryString({ ...defaultConfig, mode: session.mode, ids: missed, seed: newSeed() })}`;
  }, [session]);

  const newSet = () => {
    dispatch({ type: "load", state: null });
    setInitialConfig({ ...defaultConfig });
    window.history.replaceState(null, "", "/practice");
  };

  return (
    <div>
      <p aria-live="polite" role="status" className="sr-only">
        {message}
      </p>
      <Notices notices={learner.notices} onDismiss={learner.dismissNotice} />
      {ignored.length > 0 ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-warn bg-warn-soft p-3 text-sm text-fg"
        >
          Some of the link was not understood and was ignored:{" "}
          <code className="break-all">{ignored.join("; ")}</code>.
        </p>
      ) : null}
      {emptyHint ? (
        <p role="status" className="mb-6 rounded-md border border-border bg-surface p-3">
          {emptyHint}
        </p>
      ) : null}
      {loadError ? (
        <p role="alert" className="rounded-md border border-bad bg-bad-soft p-4 text-fg">
          {loadError}
        </p>
      ) : !manifest || !learner.ready ? (
        <p className="text-muted">Loading the question bank…</p>
      ) : interviewerItems ? (
        <Suspense fallback={<p className="text-muted">Loading the interviewer sheet…</p>}>
          <InterviewerSheet items={interviewerItems} />
        </Suspense>
      ) : session && session.finishedAt ? (
        <Suspense fallback={<p className="text-muted">Loading your summary…</p>}>
          <PracticeSummary
            state={session}
            items={items}
            act={(action) => dispatch(action)}
            onGradeInReview={(id, grade) => {
              const index = session.itemIds.indexOf(id);
              dispatch({ type: "go-to", index });
              dispatch({ type: "reveal" });
              dispatch({ type: "grade", grade });
              record(id, grade);
            }}
            missedHref={missedHref}
            onNewSet={newSet}
          />
        </Suspense>
      ) : session ? (
        <PracticeRunner
          state={session}
          items={items}
          act={act}
          announce={announce}
          onFinish={() => act({ type: "finish", now: now() })}
        />
      ) : (
        <PracticeLauncher
          key={practiceQueryString({ ...initialConfig, seed: null })}
          manifest={manifest}
          initial={initialConfig}
          dueCount={dueCount}
          onStart={(config) => void startFromConfig({ ...config, seed: null }, null)}
          onReviewDue={() => void startFromConfig({ ...defaultConfig, review: true }, null)}
          resume={
            resumable ? (
              <section
                aria-labelledby="resume-heading"
                className="rounded-lg border border-accent p-4"
              >
                <h2 id="resume-heading" className="font-semibold">
                  You have an unfinished session
                </h2>
                <p className="text-sm">
                  {practiceModeLabels[resumable.mode]}, question {resumable.index + 1} of{" "}
                  {resumable.itemIds.length}, started{" "}
                  {new Date(resumable.startedAt).toLocaleString()}.
                </p>
                <div className="mt-3 flex gap-3">
                  <button
                    type="button"
                    onClick={() => void begin(resumable)}
                    className="min-h-11 rounded-md bg-accent px-4 font-semibold text-accent-fg"
                  >
                    Resume session
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      learner.storage?.remove(storageKeys.activeSession);
                      setResumable(null);
                    }}
                    className="min-h-11 rounded-md border border-border px-4 font-semibold"
                  >
                    Discard it
                  </button>
                </div>
              </section>
            ) : null
          }
        />
      )}
    </div>
  );
}
