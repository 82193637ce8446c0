import { keyOf, requireValidIndex } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * The month key of a month index (the inverse of {@link monthIndex}).
 *
 * @param index - An integer `year * 12 + (month - 1)` from 12000 to 119999.
 * @returns The month key `"YYYY-MM"`.
 * @throws {@link PeriodError} with code `invalid-month-index` when `index` is not an integer in range.
 * @example
 * ```ts
 * monthKeyFromIndex(24224);
 * //=> "2018-09"
 * ```
 */
export function monthKeyFromIndex(index: number): MonthKey {
  return keyOf(requireValidIndex(index));
}
