"use client";

import { useEffect, useState } from "react";
import { describeAttempt } from "@/lib/notebook/listing";
import type { Attempt } from "@/lib/notebook/notebook";
import { practiceQuestionPath } from "@/lib/questions/paths";
import { storageKeys } from "@/lib/storage/keys";

/**
 * The latest answer from the notebook, read without a schema: this only shows text (React escapes
 * it) and never writes, so a shape check keeps guide pages free of the validation code's bytes.
 */
function readLatest(questionId: string): Attempt | null {
  try {
    const data: unknown = JSON.parse(window.localStorage.getItem(storageKeys.notebook) ?? "null");
    const entries = (data as { entries?: Record<string, { attempts?: unknown }> } | null)?.entries;
    const attempts = entries?.[questionId]?.attempts;
    const latest: unknown = Array.isArray(attempts) ? attempts.at(-1) : null;
    if (!latest || typeof latest !== "object") return null;
    const { text, updatedAt, grade } = latest as Record<string, unknown>;
    if (
      typeof text !== "string" ||
      typeof updatedAt !== "string" ||
      Number.isNaN(Date.parse(updatedAt))
    )
      return null;
    const known = grade === 1 || grade === 2 || grade === 3 || grade === 4 ? grade : null;
    return { id: "shown", startedAt: updatedAt, updatedAt, text, grade: known };
  } catch {
    return null;
  }
}

/** On a guide or question page: the candidate's own answer, when they have written one. */
export function SavedAnswer({ questionId }: { questionId: string }) {
  const [latest, setLatest] = useState<Attempt | null>(null);
  useEffect(() => setLatest(readLatest(questionId)), [questionId]);
  if (!latest) return null;
  return (
    <details className="no-print mb-4 rounded-md border border-border p-3" data-pagefind-ignore>
      <summary className="cursor-pointer font-semibold">
        Your answer ({describeAttempt(latest)})
      </summary>
      <p className="mt-2 whitespace-pre-wrap">{latest.text}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <a href={practiceQuestionPath(questionId)}>Rewrite it in practice</a>
        <a href="/notebook">All your answers</a>
      </p>
    </details>
  );
}
