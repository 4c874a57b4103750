import type { RenderedQuestion } from "../content/render";
import type { LibraryQuestion } from "../questions/collect";
import type { AnkiCard } from "./anki";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * One flashcard per question: the question on the front; the strong answer and the signals an
 * interviewer ticks on the back, which is what a learner checks their own answer against.
 */
export function ankiCardForQuestion(entry: LibraryQuestion, rendered: RenderedQuestion): AnkiCard {
  const signals = entry.question.signals.map((signal) => `<li>${escapeHtml(signal)}</li>`).join("");
  return {
    id: entry.question.id,
    front: entry.question.question,
    backHtml: `${rendered.html.strongAnswer}<p><strong>Signals interviewers listen for</strong></p><ul>${signals}</ul>`,
    tags: [
      "leadwise",
      entry.owner.slug,
      ...entry.question.tags.filter((tag) => tag !== entry.owner.slug),
    ],
  };
}
