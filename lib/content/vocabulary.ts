/**
 * The fixed vocabularies of the content model as plain arrays. The zod schemas are built from them,
 * and client code imports them from here, so no browser bundle carries the content schemas.
 */
export const categories = [
  "leadership",
  "people",
  "communication",
  "direction",
  "delivery",
  "organization",
  "career",
] as const;
export const difficulties = ["easy", "medium", "hard"] as const;
export const questionTypes = ["behavioral", "situational", "technical", "system-design"] as const;
export const levels = ["senior", "staff", "manager"] as const;

export type Category = (typeof categories)[number];
export type Difficulty = (typeof difficulties)[number];
export type QuestionType = (typeof questionTypes)[number];
export type Level = (typeof levels)[number];
