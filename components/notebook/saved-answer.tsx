/**
 * On a guide, role or question page: the place for the candidate's own latest answer, filled from
 * the notebook in this browser by lib/page-behaviours/saved-answers.ts (empty when there is none).
 */
export function SavedAnswer({ questionId }: { questionId: string }) {
  return <div data-saved-answer={questionId} />;
}
