import { requireIndex } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * The integer index of a month, `year * 12 + (month - 1)`, for fast month arithmetic
 * (consecutive months have consecutive indices; the difference of two indices is the number of
 * months between them).
 *
 * @param key - A month key `"YYYY-MM"`.
 * @returns The month index, an integer from 12000 (January 1000) to 119999 (December 9999).
 * @throws {@link PeriodError} with code `invalid-month` when `key` is not a strict month key.
 * @example
 * ```ts
 * monthIndex("2018-09");
 * //=> 24224
 * ```
 */
export function monthIndex(key: MonthKey | string): number {
  return requireIndex(key);
}
