"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { QuestionType } from "@/lib/content/vocabulary";
import { describeLength } from "@/lib/practice/answer-length";
import { formatClock } from "@/lib/practice/clock";
import { secondaryButton } from "@/components/button-styles";

// Loaded once there is a recording to talk about, not with the practice page.
const TranscriptFeedback = lazy(() =>
  import("../notebook/transcript-feedback").then((module) => ({
    default: module.TranscriptFeedback,
  })),
);

type Recording = { url: string; seconds: number; type: string };

// Recordings live for this page visit only: never uploaded, never stored, unless the learner saves
// the file. Kept outside React so moving between questions does not lose them.
const recordings = new Map<string, Recording>();

type Status =
  | { state: "idle" }
  | { state: "requesting" }
  | { state: "recording"; startedAt: number }
  | { state: "off"; reason: string };

function reasonFor(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError")
    return "Recording is off because microphone access was not allowed. Everything else works: answer out loud or in the box.";
  if (name === "NotFoundError" || name === "OverconstrainedError")
    return "Recording is off because no microphone was found. Everything else works: answer out loud or in the box.";
  return "Recording is off because this browser could not start the microphone. Everything else works: answer out loud or in the box.";
}

export function AnswerRecorder({
  itemId,
  questionType,
}: {
  itemId: string;
  questionType: QuestionType;
}) {
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const [recording, setRecording] = useState<Recording | null>(
    () => recordings.get(itemId) ?? null,
  );
  const [elapsed, setElapsed] = useState(0);
  const recorderRef = useRef<MediaRecorder | null>(null);

  useEffect(() => {
    setRecording(recordings.get(itemId) ?? null);
    setStatus({ state: "idle" });
  }, [itemId]);

  useEffect(() => {
    if (status.state !== "recording") return;
    const interval = window.setInterval(
      () => setElapsed((Date.now() - status.startedAt) / 1000),
      250,
    );
    return () => window.clearInterval(interval);
  }, [status]);

  useEffect(
    () => () => recorderRef.current?.stream.getTracks().forEach((track) => track.stop()),
    [],
  );

  const start = async () => {
    if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      setStatus({
        state: "off",
        reason:
          "Recording is off because this browser cannot record audio here. Everything else works: answer out loud or in the box.",
      });
      return;
    }
    setStatus({ state: "requesting" });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setStatus({ state: "off", reason: reasonFor(error) });
      return;
    }
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    recorder.addEventListener("dataavailable", (event) => chunks.push(event.data));
    recorder.addEventListener("stop", () => {
      stream.getTracks().forEach((track) => track.stop());
      const blob = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
      const previous = recordings.get(itemId);
      if (previous) URL.revokeObjectURL(previous.url);
      const next = {
        url: URL.createObjectURL(blob),
        seconds: (Date.now() - startedAt) / 1000,
        type: blob.type,
      };
      recordings.set(itemId, next);
      setRecording(next);
      setStatus({ state: "idle" });
    });
    recorderRef.current = recorder;
    recorder.start();
    setElapsed(0);
    setStatus({ state: "recording", startedAt });
  };

  const stop = () => recorderRef.current?.state === "recording" && recorderRef.current.stop();

  const discard = () => {
    if (recording) URL.revokeObjectURL(recording.url);
    recordings.delete(itemId);
    setRecording(null);
  };

  const length = recording ? describeLength(recording.seconds, questionType) : null;

  return (
    <section aria-label="Practise out loud" className="mb-4 rounded-md border border-border p-3">
      <div className="flex flex-wrap items-center gap-3">
        {status.state === "recording" ? (
          <>
            <button
              type="button"
              onClick={stop}
              className="min-h-11 rounded-md bg-bad px-4 font-semibold text-bg"
            >
              Stop recording
            </button>
            <span
              role="timer"
              aria-label={`Recording, ${formatClock(elapsed)}`}
              className="font-mono"
            >
              ● {formatClock(elapsed)}
            </span>
          </>
        ) : (
          <button
            type="button"
            onClick={() => void start()}
            disabled={status.state === "requesting"}
            className={secondaryButton}
          >
            {recording ? "Record again" : "Record your answer"}
          </button>
        )}
        <span className="text-sm text-muted">Stays on this device. Nothing is uploaded.</span>
      </div>
      {status.state === "off" ? (
        <p role="status" className="mt-2 text-sm">
          {status.reason}
        </p>
      ) : null}
      {recording && status.state !== "recording" ? (
        <div className="mt-3 space-y-2">
          {/* The learner's own voice: there is nothing to caption. */}
          <audio
            controls
            src={recording.url}
            aria-label="Your recorded answer"
            className="w-full"
          />
          <p
            className={`text-sm ${length?.verdict === "within" ? "text-good" : "text-fg"}`}
            data-testid="recording-length"
          >
            {length?.text}
          </p>
          <div className="flex flex-wrap gap-3 text-sm">
            <a
              href={recording.url}
              download={`leadwise-answer-${itemId}.${recording.type.includes("ogg") ? "ogg" : "webm"}`}
            >
              Save the recording
            </a>
            <button type="button" onClick={discard} className="underline">
              Discard it
            </button>
          </div>
          <Suspense fallback={null}>
            <TranscriptFeedback seconds={recording.seconds} questionType={questionType} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
