import { createEmptyCard, fsrs, generatorParameters, type Card } from "ts-fsrs";
import type { StoredCard } from "./stored-card";
import type { Grade } from "./grading";

/**
 * Spaced review with FSRS through ts-fsrs. Cards are stored as JSON (dates as ISO strings) and
 * validated with zod on the way back in, so a tampered record is rejected rather than scheduled.
 */

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function fromStored(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/** The card after one review with this grade at this moment. */
export function review(card: StoredCard | null, grade: Grade, now: Date): StoredCard {
  const current = card ? fromStored(card) : createEmptyCard(now);
  return toStored(scheduler.next(current, now, grade).card);
}
