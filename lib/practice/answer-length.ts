import type { QuestionType } from "../content/vocabulary";
import { formatClock } from "./clock";

/**
 * How long a spoken answer should run, by question type: long enough to land a full STAR story or
 * a design walk-through, short enough to leave the interviewer room to press.
 */
export const targetSeconds: Record<QuestionType, { min: number; max: number }> = {
  behavioral: { min: 90, max: 180 },
  situational: { min: 60, max: 150 },
  technical: { min: 60, max: 120 },
  "system-design": { min: 180, max: 420 },
};

export function describeLength(
  seconds: number,
  type: QuestionType,
): { verdict: "short" | "within" | "long"; text: string } {
  const { min, max } = targetSeconds[type];
  const range = `${formatClock(min)} to ${formatClock(max)}`;
  if (seconds < min)
    return {
      verdict: "short",
      text: `${formatClock(seconds)}: ${formatClock(min - seconds)} under the ${range} that suits this kind of question. Add the result, or what you would do differently.`,
    };
  if (seconds > max)
    return {
      verdict: "long",
      text: `${formatClock(seconds)}: ${formatClock(seconds - max)} over the ${range} that suits this kind of question. Cut the set-up and lead with what you did.`,
    };
  return {
    verdict: "within",
    text: `${formatClock(seconds)}: within the ${range} that suits this kind of question.`,
  };
}
