"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { FeedbackQuestion } from "@/lib/notebook/feedback";
import {
  currentAttempt,
  gradeAttempt,
  restoreAttempt,
  saveDraft,
  type Attempt,
} from "@/lib/notebook/notebook";
import type { Grade } from "@/lib/practice/grading";
import { AttemptHistory } from "./attempt-history";
import { DraftFeedbackView } from "./draft-feedback-view";
import { loadFeedback } from "./use-draft-feedback";
import { useNotebook } from "./use-notebook";

export type NotebookQuestion = FeedbackQuestion & { id: string };

const saveAfterMs = 600;

/**
 * The candidate's own answer to one question, kept in the answer notebook: saved a moment after
 * they stop typing, shown again next time, with every earlier attempt and feedback on request.
 * The runner controls the text (`value`, `onChange`) so its session keeps it too; elsewhere the
 * box holds it itself.
 */
export function AnswerNotebook({
  question,
  label,
  value,
  onChange,
  grade = null,
  onConfirmSignals,
}: {
  question: NotebookQuestion;
  label: string;
  value?: string;
  onChange?: (text: string) => void;
  grade?: Grade | null;
  onConfirmSignals?: (ticked: number[]) => void;
}) {
  const notebook = useNotebook();
  const { ready, update, attemptId, nextAttempt } = notebook;
  const [own, setOwn] = useState("");
  const text = value ?? own;
  const setText = onChange ?? setOwn;
  const id = useId();
  const pending = useRef<number | null>(null);
  const [saved, setSaved] = useState<"idle" | "saving" | "saved">("idle");

  // Next time the question comes up, the latest attempt is back in the box.
  const restored = useRef(false);
  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const latest = currentAttempt(notebook.notebook, question.id);
    if (latest && text === "") setText(latest.text);
  }, [ready, notebook.notebook, question.id, text, setText]);

  const flush = useCallback(
    (draft: string) => {
      if (pending.current !== null) window.clearTimeout(pending.current);
      pending.current = null;
      update((current) => saveDraft(current, question.id, draft, attemptId, new Date()));
      setSaved("saved");
    },
    [update, question.id, attemptId],
  );

  const latestText = useRef(text);
  useEffect(() => {
    latestText.current = text;
  }, [text]);
  // Leaving the page or the question saves what is in the box at once.
  useEffect(() => {
    const leave = () => {
      if (pending.current !== null) flush(latestText.current);
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [flush]);

  // A grade is recorded once, when it is given: a restore that starts a new attempt does not copy it.
  const recordedGrade = useRef<Grade | null>(null);
  useEffect(() => {
    if (grade === null || grade === recordedGrade.current) return;
    recordedGrade.current = grade;
    update((current) => gradeAttempt(current, question.id, attemptId, grade, new Date()));
  }, [grade, update, question.id, attemptId]);

  const edit = (next: string) => {
    setText(next);
    void loadFeedback();
    setSaved("saving");
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => flush(next), saveAfterMs);
  };

  const restore = (attempt: Attempt) => {
    if (pending.current !== null) flush(text);
    setText(attempt.text);
    const restoredId = nextAttempt();
    update((current) => restoreAttempt(current, question.id, attempt.id, restoredId, new Date()));
    setSaved("saved");
  };

  const attempts = notebook.notebook.entries[question.id]?.attempts ?? [];
  const status = !notebook.persistent
    ? "This browser is not keeping data, so this answer lasts until you leave the page."
    : saved === "saving"
      ? "Saving…"
      : saved === "saved"
        ? "Saved in this browser."
        : attempts.length > 0
          ? "Your saved answer. Edit it to start a new attempt; the old one is kept."
          : "Saved in this browser as you type; nothing is sent anywhere.";
  const feedbackQuestion = useMemo(
    () => ({ question: question.question, type: question.type, signals: question.signals }),
    [question.question, question.type, question.signals],
  );

  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(event) => edit(event.target.value)}
        rows={6}
        className="w-full rounded-md border border-border bg-bg p-3 text-fg"
        placeholder="Situation, task, action, result: say it out loud, or jot the beats here."
        aria-describedby={`${id}-status`}
      />
      <p id={`${id}-status`} role="status" className="text-sm text-muted">
        {notebook.notice ?? status}
      </p>
      <AttemptHistory attempts={attempts} currentId={attemptId} onRestore={restore} />
      <DraftFeedbackView
        question={feedbackQuestion}
        text={text}
        onConfirmSignals={onConfirmSignals}
      />
    </div>
  );
}
