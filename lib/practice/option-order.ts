import { seededShuffle } from "./seeded";

/**
 * The order a knowledge check's options are shown in. Authors tend to write the right answer first
 * (and longest), so showing options as written lets a candidate score by position. The order is a
 * seeded shuffle: a set's seed gives everyone who opens its link the same order, and each check is
 * shuffled on its own (its id is part of the seed), so the right answer does not move in step.
 */

export const optionLetters = ["A", "B", "C", "D", "E"] as const;

/** The seed for the static order on guide pages: stable across builds, different for every check. */
export const pageOptionSeed = "guide-page";

/** For each displayed position, the index of the option as written. */
export function optionOrder(checkId: string, optionCount: number, seed: string): number[] {
  const written = Array.from({ length: optionCount }, (_, index) => index);
  return seededShuffle(written, `${seed}:${checkId}`);
}

export type DisplayedOption<T> = {
  option: T;
  /** Index in the check as written: what a stored choice refers to, whatever the order shown. */
  written: number;
  /** A, B, C… by displayed position; the 1-5 keys follow the same position. */
  letter: string;
};

export function displayedOptions<T>(
  checkId: string,
  options: readonly T[],
  seed: string,
): DisplayedOption<T>[] {
  return optionOrder(checkId, options.length, seed).flatMap((written, position) => {
    const option = options[written];
    return option === undefined
      ? []
      : [{ option, written, letter: optionLetters[position] ?? String(position + 1) }];
  });
}
