import { indexOrMinusOne } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * Tells whether a value is a strict month key `"YYYY-MM"` (year 1000–9999, month 01–12).
 *
 * @param value - Any value.
 * @returns `true` when `value` is a valid {@link MonthKey} string.
 * @throws Never.
 * @example
 * ```ts
 * isMonthKey("2018-09");
 * //=> true
 * isMonthKey("2019-1");
 * //=> false
 * ```
 */
export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === "string" && indexOrMinusOne(value) >= 0;
}
