import { describeAttempt } from "../notebook/listing";
import type { Attempt } from "../notebook/notebook";
import { practiceQuestionPath } from "../questions/paths";
import { storageKeys } from "../storage/keys";

/**
 * The latest answer from the notebook, read without a schema: this only shows text (as text, never
 * as markup) and never writes, so a shape check keeps reading pages free of the validation code.
 */
export function readLatestAttempt(stored: string | null, questionId: string): Attempt | null {
  try {
    const data: unknown = JSON.parse(stored ?? "null");
    const entries = (data as { entries?: Record<string, { attempts?: unknown }> } | null)?.entries;
    const attempts = entries?.[questionId]?.attempts;
    const latest: unknown = Array.isArray(attempts) ? attempts.at(-1) : null;
    if (!latest || typeof latest !== "object") return null;
    const { text, updatedAt, grade } = latest as Record<string, unknown>;
    if (typeof text !== "string" || typeof updatedAt !== "string") return null;
    if (Number.isNaN(Date.parse(updatedAt))) return null;
    const known = grade === 1 || grade === 2 || grade === 3 || grade === 4 ? grade : null;
    return { id: "shown", startedAt: updatedAt, updatedAt, text, grade: known };
  } catch {
    return null;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function savedAnswerDetails(doc: Document, questionId: string, latest: Attempt): HTMLElement {
  const details = element(doc, "details", "no-print mb-4 rounded-md border border-border p-3");
  details.dataset.pagefindIgnore = "";
  const summary = element(
    doc,
    "summary",
    "cursor-pointer font-semibold",
    `Your answer (${describeAttempt(latest)})`,
  );
  const text = element(doc, "p", "mt-2 whitespace-pre-wrap", latest.text);
  const links = element(doc, "p", "mt-2 flex flex-wrap gap-4");
  const rewrite = element(doc, "a", "", "Rewrite it in practice");
  rewrite.href = practiceQuestionPath(questionId);
  const all = element(doc, "a", "", "All your answers");
  all.href = "/notebook";
  links.append(rewrite, all);
  details.append(summary, text, links);
  return details;
}

/**
 * On a guide, role or question page: under each question (`[data-saved-answer="<id>"]`), the
 * candidate's own latest answer when they have written one. Placeholders added later (client
 * navigation) are filled when they appear.
 */
export function installSavedAnswers(doc: Document): () => void {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(storageKeys.notebook);
  } catch {
    // Storage unavailable: there is nothing saved to show.
  }
  const fill = () => {
    for (const slot of doc.querySelectorAll<HTMLElement>("[data-saved-answer]:empty")) {
      const questionId = slot.dataset.savedAnswer ?? "";
      const latest = readLatestAttempt(stored, questionId);
      if (latest) slot.append(savedAnswerDetails(doc, questionId, latest));
    }
  };
  fill();
  if (stored === null) return () => undefined;
  const observer = new MutationObserver(fill);
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
