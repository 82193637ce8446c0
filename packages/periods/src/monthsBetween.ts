import { requireIndex } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * The signed number of months from one month to another (the difference of their month indices).
 *
 * @param from - The starting month.
 * @param to - The ending month.
 * @returns `monthIndex(to) - monthIndex(from)`: positive when `to` is later, 0 for the same month.
 * @throws {@link PeriodError} with code `invalid-month` when either key is not a strict month key.
 * @example
 * ```ts
 * monthsBetween("2017-10", "2018-09");
 * //=> 11
 * monthsBetween("2018-09", "2018-04");
 * //=> -5
 * ```
 */
export function monthsBetween(from: MonthKey | string, to: MonthKey | string): number {
  return requireIndex(to, "end month") - requireIndex(from, "start month");
}
