import { describeValue } from "@crimestats/internal";
import { PeriodError } from "./PeriodError.js";
import { keyOf, requireInRange, requireIndex } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * Adds a whole number of months (negative to go back) to a month key, on integer month indices.
 *
 * @param key - A month key `"YYYY-MM"`.
 * @param months - An integer number of months; may be negative or zero.
 * @returns The month key `months` months after `key`.
 * @throws {@link PeriodError} with code `invalid-month` for a bad key, `invalid-offset` when
 * `months` is not an integer, `invalid-month-index` when the result leaves the years 1000–9999.
 * @example
 * ```ts
 * addMonths("2018-09", 4);
 * //=> "2019-01"
 * addMonths("2018-09", -11);
 * //=> "2017-10"
 * ```
 */
export function addMonths(key: MonthKey | string, months: number): MonthKey {
  const index = requireIndex(key);
  if (typeof months !== "number" || !Number.isInteger(months)) {
    throw new PeriodError("invalid-offset", `The number of months ${describeValue(months)} is not valid; expected an integer.`, {
      value: months,
    });
  }
  return keyOf(requireInRange(index + months, `month ${months} months from ${key}`));
}
