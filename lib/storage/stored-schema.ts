import type * as zodMini from "zod/mini";
import {
  array,
  boolean,
  enum as enumOf,
  int,
  iso,
  literal,
  maxLength,
  maximum,
  minLength,
  minimum,
  nullable,
  number,
  object,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  trim,
} from "zod/mini";
import "./zod-jitless";

/**
 * What validates the data the browser stored. It uses zod/mini, the tree-shakable build of zod 4,
 * through named imports only (a namespace import would pull in every locale): the same checks for a
 * fraction of the bytes, which keeps the practice page inside its JavaScript budget. Build-time
 * content schemas use full zod.
 */
export const z = {
  array,
  boolean,
  enum: enumOf,
  int,
  iso,
  literal,
  maxLength,
  maximum,
  minLength,
  minimum,
  nullable,
  number,
  object,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  trim,
};

export type Infer<T extends zodMini.ZodMiniType> = zodMini.infer<T>;
export type StringCheck = zodMini.core.$ZodCheck<string>;

/** A whole number from `min`, up to `max` when given. */
export const wholeNumber = (min = 0, max?: number) =>
  max === undefined ? int().check(minimum(min)) : int().check(minimum(min), maximum(max));

/** A non-negative number (FSRS stability, difficulty, days). */
export const nonNegative = () => number().check(minimum(0));

export const text = (max: number) => string().check(maxLength(max));

export const listOf = <T extends zodMini.ZodMiniType>(item: T, max: number, min = 0) =>
  array(item).check(minLength(min), maxLength(max));
