"use client";

import { lazy, Suspense, useEffect, useId, useRef, useState, type Dispatch } from "react";
import type { CheckItem, PracticeItem, QuestionItem } from "@/lib/practice/bank-types";
import { practiceModeLabels } from "@/lib/practice/config";
import { gradeHints, gradeLabels, grades, suggestGrade, type Grade } from "@/lib/practice/grading";
import {
  currentEntry,
  currentItemId,
  isLastItem,
  type Entry,
  type SessionAction,
  type SessionState,
} from "@/lib/practice/runner";
import type { Level } from "@/lib/content/vocabulary";
import { LevelExpectations } from "../level-expectations";
import { StoryPicker } from "../stories/story-picker";
import { AnswerRecorder } from "./answer-recorder";
import { PairLinks } from "./pair-links";

// Views that only some sets use load when they are first shown, keeping the runner's first load small.
const SpotPane = lazy(() => import("./spot-pane").then((module) => ({ default: module.SpotPane })));
const ShortcutsDialog = lazy(() =>
  import("./shortcuts-dialog").then((module) => ({ default: module.ShortcutsDialog })),
);

const optionLetters = ["A", "B", "C", "D", "E"];
const buttonBase = "min-h-11 rounded-md px-4 font-semibold";
const primaryButton = `${buttonBase} bg-accent text-accent-fg`;
const secondaryButton = `${buttonBase} border border-border text-fg hover:bg-surface`;

function Html({ html, className = "" }: { html: string; className?: string }) {
  return (
    <div className={`prose max-w-none ${className}`} dangerouslySetInnerHTML={{ __html: html }} />
  );
}

function formatClock(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const value = Math.abs(seconds);
  return `${sign}${Math.floor(value / 60)}:${String(value % 60).padStart(2, "0")}`;
}

type Props = {
  state: SessionState;
  items: ReadonlyMap<string, PracticeItem>;
  act: Dispatch<SessionAction>;
  announce: (message: string) => void;
  onFinish: () => void;
};

export function PracticeRunner({ state, items, act, announce, onFinish }: Props) {
  const view = new URLSearchParams(state.query).get("view") === "candidate" ? "candidate" : "self";
  const itemId = currentItemId(state);
  const item = items.get(itemId);
  const entry = currentEntry(state);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [timerRunning, setTimerRunning] = useState(state.mode === "mock");
  const [timerVisible, setTimerVisible] = useState(state.mode === "mock");
  const announcedRef = useRef<string>("");

  // A new question: focus its heading so screen readers and keyboards start there.
  useEffect(() => {
    headingRef.current?.focus();
    announce(`Question ${state.index + 1} of ${state.itemIds.length}`);
    setTimerRunning(state.mode === "mock");
    // Runs when the question changes, not on every keystroke in the draft: announce is stable.
  }, [state.index, state.itemIds.length, state.mode, announce]);

  // Counts wall-clock seconds, so a throttled background tab still keeps true time.
  const actRef = useRef(act);
  actRef.current = act;
  useEffect(() => {
    if (!timerRunning || !timerVisible) return;
    let last = Date.now();
    const interval = window.setInterval(() => {
      const whole = Math.floor((Date.now() - last) / 1000);
      if (whole <= 0) return;
      last += whole * 1000;
      actRef.current({ type: "tick-seconds", seconds: whole });
    }, 250);
    return () => window.clearInterval(interval);
  }, [timerRunning, timerVisible, state.index]);

  // Time announcements are sparse: one minute left, and time up. Nothing every second.
  const remaining = state.secondsPerQuestion - entry.seconds;
  useEffect(() => {
    if (state.mode !== "mock") return;
    const key = `${itemId}:${remaining <= 0 ? "up" : remaining <= 60 ? "minute" : ""}`;
    if (key === announcedRef.current) return;
    if (remaining === 60 && state.secondsPerQuestion > 60)
      announce("One minute left on this question.");
    if (remaining === 0)
      announce("Time is up for this question. Finish your thought, then move on.");
    if (remaining === 60 || remaining === 0) announcedRef.current = key;
  }, [remaining, itemId, state.mode, state.secondsPerQuestion, announce]);

  const reveal = () => {
    act({ type: "reveal" });
    requestAnimationFrame(() => answerRef.current?.focus());
  };

  const choose = (check: CheckItem, option: number) => {
    if (entry.choice !== null) return;
    const correct = check.options[option]?.correct ?? false;
    act({ type: "choose", option, correct });
    announce(
      correct
        ? `Correct: ${check.options[option]?.text ?? ""}`
        : `Not quite. The answer is ${check.options.find((candidate) => candidate.correct)?.text ?? ""}`,
    );
  };

  const grade = (value: Grade) => {
    if (!entry.revealed || entry.recorded) return;
    act({ type: "grade", grade: value });
    announce(`Graded ${gradeLabels[value]}.`);
  };

  const next = () => (isLastItem(state) ? onFinish() : act({ type: "next" }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (
        target &&
        (target.tagName === "TEXTAREA" ||
          target.tagName === "INPUT" ||
          target.tagName === "SELECT" ||
          target.isContentEditable)
      )
        return;
      if (showShortcuts) return;
      const key = event.key;
      if (key === "?") {
        event.preventDefault();
        setShowShortcuts(true);
        return;
      }
      if (!item) return;
      if (item.kind === "check" && /^[1-5]$/.test(key)) {
        const option = Number(key) - 1;
        if (option < item.options.length) {
          event.preventDefault();
          choose(item, option);
        }
        return;
      }
      if (view === "candidate" && ["r", "f", "1", "2", "3", "4"].includes(key.toLowerCase()))
        return;
      if (
        item.kind === "question" &&
        /^[1-4]$/.test(key) &&
        entry.revealed &&
        state.mode === "flashcards"
      ) {
        event.preventDefault();
        grade(Number(key) as Grade);
        return;
      }
      switch (key.toLowerCase()) {
        case "r":
          if (item.kind === "question" && state.mode === "flashcards" && !entry.revealed) reveal();
          break;
        case "f":
          if (item.kind === "question" && state.mode === "mock")
            act({ type: "show-follow-up", total: item.followUps.length });
          break;
        case "n":
        case "arrowright":
          next();
          break;
        case "p":
        case "arrowleft":
          act({ type: "previous" });
          break;
        case "s":
          if (isLastItem(state)) onFinish();
          else act({ type: "skip" });
          break;
        case "t":
          setTimerVisible(true);
          setTimerRunning((running) => !running);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  if (!item)
    return <p role="alert">This question is no longer in the library. Skip to the next one.</p>;

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">
          {practiceModeLabels[state.mode]} · Question {state.index + 1} of {state.itemIds.length} ·
          from{" "}
          <a
            href={item.sourceKind === "guide" ? `/guides/${item.source}` : `/roles/${item.source}`}
          >
            {item.sourceTitle}
          </a>
        </p>
        <div className="flex items-center gap-2">
          {timerVisible ? (
            <span
              className={`font-mono text-lg ${state.mode === "mock" && remaining <= 0 ? "text-bad" : ""}`}
              aria-label={
                state.mode === "mock"
                  ? `Time left ${formatClock(remaining)}`
                  : `Time spent ${formatClock(entry.seconds)}`
              }
              role="timer"
            >
              {state.mode === "mock" ? formatClock(remaining) : formatClock(entry.seconds)}
            </span>
          ) : null}
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              setTimerVisible(true);
              setTimerRunning((running) => !running);
            }}
            aria-pressed={timerVisible && timerRunning}
          >
            {!timerVisible ? "Start timer" : timerRunning ? "Pause timer" : "Resume timer"}
          </button>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => setShowShortcuts(true)}
            aria-haspopup="dialog"
          >
            <span aria-hidden="true">?</span>{" "}
            <span className="sr-only sm:not-sr-only">Shortcuts</span>
          </button>
        </div>
      </div>
      {view === "self" && (state.mode === "flashcards" || state.mode === "mock") ? (
        <PairLinks query={state.query} />
      ) : null}
      <ol className="mb-6 flex flex-wrap gap-1" aria-label="Questions in this set">
        {state.itemIds.map((id, index) => {
          const itemEntry = state.entries[id];
          const status =
            itemEntry?.grade != null ? "answered" : itemEntry?.skipped ? "skipped" : "not answered";
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => act({ type: "go-to", index })}
                aria-current={index === state.index ? "step" : undefined}
                aria-label={`Question ${index + 1}, ${status}`}
                className={`size-11 rounded-md border text-sm ${index === state.index ? "border-accent bg-accent text-accent-fg" : itemEntry?.grade != null ? "border-border bg-surface-strong text-fg" : "border-border text-fg"}`}
              >
                {index + 1}
              </button>
            </li>
          );
        })}
      </ol>

      <article
        aria-labelledby="practice-question"
        className="rounded-lg border border-border p-4 sm:p-6"
      >
        <h2
          id="practice-question"
          ref={headingRef}
          tabIndex={-1}
          className="mb-4 text-2xl font-semibold leading-snug focus:outline-none"
        >
          {item.question}
        </h2>
        {item.kind === "check" ? (
          <QuizView item={item} entry={entry} onChoose={(option) => choose(item, option)} />
        ) : view === "candidate" ? (
          <CandidateView item={item} entry={entry} act={act} />
        ) : state.mode === "spot" ? (
          <Suspense fallback={<p className="text-muted">Loading…</p>}>
            <SpotPane
              item={item}
              items={items}
              entry={entry}
              seed={new URLSearchParams(state.query).get("seed") ?? state.id}
              act={act}
              announce={announce}
            />
          </Suspense>
        ) : state.mode === "mock" ? (
          <MockView item={item} entry={entry} act={act} />
        ) : (
          <FlashcardView
            item={item}
            entry={entry}
            act={act}
            onReveal={reveal}
            onGrade={grade}
            answerRef={answerRef}
          />
        )}
      </article>

      <nav aria-label="Session" className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => act({ type: "previous" })}
          disabled={state.index === 0}
        >
          ← Previous
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() => (isLastItem(state) ? onFinish() : act({ type: "skip" }))}
        >
          Skip
        </button>
        <button type="button" className={primaryButton} onClick={next}>
          {isLastItem(state) ? "Finish" : "Next →"}
        </button>
        {!isLastItem(state) ? (
          <button type="button" className={`${secondaryButton} ml-auto`} onClick={onFinish}>
            Finish early
          </button>
        ) : null}
      </nav>
      {showShortcuts ? (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setShowShortcuts(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

function DraftBox({
  entry,
  act,
  label,
}: {
  entry: Entry;
  act: Dispatch<SessionAction>;
  label: string;
}) {
  const id = useId();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        value={entry.draft}
        onChange={(event) => act({ type: "draft", text: event.target.value })}
        rows={5}
        className="w-full rounded-md border border-border bg-bg p-3 text-fg"
        placeholder="Situation, task, action, result: say it out loud, or jot the beats here."
      />
    </div>
  );
}

function SignalChecklist({
  item,
  entry,
  act,
  disabled,
}: {
  item: QuestionItem;
  entry: Entry;
  act: Dispatch<SessionAction>;
  disabled: boolean;
}) {
  return (
    <fieldset className="rounded-md border border-border p-4">
      <legend className="px-1 font-semibold">Which signals did your answer cover?</legend>
      <ul className="space-y-1">
        {item.signals.map((signal, index) => (
          <li key={signal}>
            <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded px-2 py-2 hover:bg-surface">
              <input
                type="checkbox"
                className="mt-1 size-4 accent-[var(--accent)]"
                checked={entry.ticked.includes(index)}
                disabled={disabled}
                onChange={() => act({ type: "toggle-signal", signal: index })}
              />
              <span>{signal}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function GradeButtons({
  item,
  entry,
  onGrade,
}: {
  item: QuestionItem;
  entry: Entry;
  onGrade: (grade: Grade) => void;
}) {
  const suggested = suggestGrade(entry.ticked.length, item.signals.length);
  return (
    <div role="group" aria-label="Grade your answer" className="mt-4">
      <p className="mb-2 text-sm text-muted">
        {entry.recorded
          ? "Saved to your review schedule."
          : `Suggested from the signals you ticked: ${gradeLabels[suggested]}. You decide.`}
      </p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {grades.map((value) => (
          <button
            key={value}
            type="button"
            onClick={() => onGrade(value)}
            disabled={entry.recorded && entry.grade !== value}
            aria-pressed={entry.grade === value}
            className={`min-h-11 rounded-md border px-3 py-2 text-left ${entry.grade === value ? "border-accent bg-accent text-accent-fg" : value === suggested ? "border-accent text-fg" : "border-border text-fg"} disabled:opacity-60`}
          >
            <span className="block font-semibold">
              <kbd className="mr-1 font-mono">{value}</kbd> {gradeLabels[value]}
              {value === suggested && entry.grade !== value ? (
                <span className="ml-1 text-xs font-normal">(suggested)</span>
              ) : null}
            </span>
            <span className="block text-xs">{gradeHints[value]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

function AnswerDetails({ item }: { item: QuestionItem }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div>
        <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
          Follow-ups to expect
        </h4>
        <ul className="list-disc space-y-1 pl-5">
          {item.followUps.map((followUp) => (
            <li key={followUp}>{followUp}</li>
          ))}
        </ul>
      </div>
      <div>
        <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">Red flags</h4>
        <ul className="list-disc space-y-1 pl-5">
          {item.redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function FlashcardView({
  item,
  entry,
  act,
  onReveal,
  onGrade,
  answerRef,
}: {
  item: QuestionItem;
  entry: Entry;
  act: Dispatch<SessionAction>;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  answerRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <div>
      <DraftBox entry={entry} act={act} label="Your answer (optional)" />
      <StoryPicker
        skills={item.sourceKind === "guide" ? [item.source] : []}
        onInsert={(text) =>
          act({ type: "draft", text: entry.draft ? `${entry.draft}\n\n${text}` : text })
        }
      />
      <AnswerRecorder itemId={item.id} questionType={item.type} />
      {!entry.revealed ? (
        <button type="button" className={primaryButton} onClick={onReveal}>
          Reveal the strong answer <kbd className="ml-1 font-mono text-xs">R</kbd>
        </button>
      ) : (
        <div className="space-y-5">
          <section aria-labelledby="strong-answer-heading" className="rounded-md bg-surface p-4">
            <h3
              id="strong-answer-heading"
              ref={answerRef}
              tabIndex={-1}
              className="mb-2 font-semibold focus:outline-none"
            >
              A strong answer
            </h3>
            <Html html={item.strongAnswerHtml} />
          </section>
          <section aria-label="Why it is asked">
            <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">
              Why it is asked
            </h4>
            <Html html={item.whyAskedHtml} />
          </section>
          <AnswerDetails item={item} />
          <LevelExpectations
            levels={Object.entries(item.levelsHtml) as [Level, string][]}
            heading="h4"
            headingClass="text-sm font-semibold uppercase tracking-wide text-muted"
          />
          <SignalChecklist item={item} entry={entry} act={act} disabled={entry.recorded} />
          <GradeButtons item={item} entry={entry} onGrade={onGrade} />
        </div>
      )}
    </div>
  );
}

function MockView({
  item,
  entry,
  act,
}: {
  item: QuestionItem;
  entry: Entry;
  act: Dispatch<SessionAction>;
}) {
  const shown = item.followUps.slice(0, entry.followUpsShown);
  return (
    <div>
      <DraftBox entry={entry} act={act} label="Your answer, as you would say it" />
      <AnswerRecorder itemId={item.id} questionType={item.type} />
      <section aria-labelledby="follow-ups-heading" className="rounded-md border border-border p-4">
        <h3 id="follow-ups-heading" className="mb-2 font-semibold">
          The interviewer presses
        </h3>
        {shown.length === 0 ? (
          <p className="text-muted">No follow-up yet. Answer first, then ask for one.</p>
        ) : null}
        <ol className="list-decimal space-y-2 pl-5" aria-live="polite">
          {shown.map((followUp) => (
            <li key={followUp}>{followUp}</li>
          ))}
        </ol>
        {entry.followUpsShown < item.followUps.length ? (
          <button
            type="button"
            className={`${secondaryButton} mt-3`}
            onClick={() => act({ type: "show-follow-up", total: item.followUps.length })}
          >
            Next follow-up <kbd className="ml-1 font-mono text-xs">F</kbd>
          </button>
        ) : (
          <p className="mt-3 text-sm text-muted">That is every follow-up for this question.</p>
        )}
      </section>
    </div>
  );
}

function CandidateView({
  item,
  entry,
  act,
}: {
  item: QuestionItem;
  entry: Entry;
  act: Dispatch<SessionAction>;
}) {
  return (
    <div>
      <p className="mb-4 rounded-md bg-surface p-3 text-sm">
        Your interviewer has the follow-ups and what they listen for. Answer out loud; jot the beats
        here if it helps.
      </p>
      <DraftBox entry={entry} act={act} label="Your answer, as you would say it" />
      <AnswerRecorder itemId={item.id} questionType={item.type} />
    </div>
  );
}

function QuizView({
  item,
  entry,
  onChoose,
}: {
  item: CheckItem;
  entry: Entry;
  onChoose: (option: number) => void;
}) {
  const answered = entry.choice !== null;
  return (
    <div>
      <div role="group" aria-label="Options" className="space-y-2">
        {item.options.map((option, index) => {
          const chosen = entry.choice === index;
          const tone = !answered
            ? "border-border hover:bg-surface"
            : option.correct
              ? "border-good bg-good-soft"
              : chosen
                ? "border-bad bg-bad-soft"
                : "border-border";
          return (
            <button
              key={option.text}
              type="button"
              onClick={() => onChoose(index)}
              aria-disabled={answered}
              aria-pressed={chosen}
              className={`flex w-full min-h-11 items-start gap-3 rounded-md border p-3 text-left text-fg ${tone}`}
            >
              <span className="font-mono font-semibold">{optionLetters[index]}</span>
              <span className="flex-1">
                {option.text}
                {answered && (option.correct || chosen) ? (
                  <span
                    className={`mt-1 block text-sm font-semibold ${option.correct ? "text-good" : "text-bad"}`}
                  >
                    {option.correct ? "Correct answer" : "Your answer"}
                  </span>
                ) : null}
              </span>
            </button>
          );
        })}
      </div>
      {answered ? (
        <section aria-label="Explanation" className="mt-5 space-y-3 rounded-md bg-surface p-4">
          <p
            className={`font-semibold ${item.options[entry.choice ?? 0]?.correct ? "text-good" : "text-bad"}`}
          >
            {item.options[entry.choice ?? 0]?.correct ? "Correct." : "Not quite."}
          </p>
          <ul className="space-y-2">
            {item.options.map((option, index) => (
              <li key={option.text}>
                <span className="font-semibold">{optionLetters[index]}.</span> {option.why}
              </li>
            ))}
          </ul>
          <Html html={item.explanationHtml} />
        </section>
      ) : (
        <p className="mt-3 text-sm text-muted">
          Choose an option, or press 1 to {item.options.length}.
        </p>
      )}
    </div>
  );
}
