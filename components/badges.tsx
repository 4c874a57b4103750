import type { Difficulty, QuestionType } from "@/lib/content/schema";

const difficultyStyles: Record<Difficulty, string> = {
  easy: "bg-good-soft text-good",
  medium: "bg-warn-soft text-warn",
  hard: "bg-bad-soft text-bad",
};

export const questionTypeLabels: Record<QuestionType, string> = {
  behavioral: "Behavioral",
  situational: "Situational",
  technical: "Technical",
  "system-design": "System design",
};

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${difficultyStyles[difficulty]}`}
    >
      {difficulty}
    </span>
  );
}

export function TypeBadge({ type }: { type: QuestionType }) {
  return (
    <span className="inline-block rounded border border-border px-2 py-0.5 text-xs font-medium text-muted">
      {questionTypeLabels[type]}
    </span>
  );
}
