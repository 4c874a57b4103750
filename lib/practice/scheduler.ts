import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade as FsrsGrade } from "ts-fsrs";
import { z } from "zod";
import "./zod-jitless";
import type { Grade } from "./grading";

/**
 * Spaced review with FSRS through ts-fsrs. Cards are stored as JSON (dates as ISO strings) and
 * validated with zod on the way back in, so a tampered record is rejected rather than scheduled.
 */

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export const storedCardSchema = z
  .object({
    due: z.iso.datetime(),
    stability: z.number().finite().min(0),
    difficulty: z.number().finite().min(0),
    elapsedDays: z.number().finite().min(0),
    scheduledDays: z.number().finite().min(0),
    learningSteps: z.number().int().min(0),
    reps: z.number().int().min(0),
    lapses: z.number().int().min(0),
    state: z.number().int().min(0).max(3),
    lastReview: z.iso.datetime().nullable(),
  })
  .strict();
export type StoredCard = z.infer<typeof storedCardSchema>;

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
  return toStored(scheduler.next(current, now, grade as FsrsGrade).card);
}

export function isDue(card: StoredCard, now: Date): boolean {
  return new Date(card.due).getTime() <= now.getTime();
}

/** "in 4 days", "in 10 minutes": for the announcement after grading. */
export function describeInterval(card: StoredCard, now: Date): string {
  const minutes = Math.max(1, Math.round((new Date(card.due).getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? "" : "s"}`;
}
