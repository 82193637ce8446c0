import { makePeriod } from "./internal/period.js";
import { requireIndex } from "./internal/monthIndex.js";
import type { MonthKey, Period } from "./types.js";

/**
 * The period of one calendar month.
 *
 * @param key - A month key `"YYYY-MM"`.
 * @returns A `month` period whose first and last month are `key`, labelled like `"Sep 2018"`.
 * @throws {@link PeriodError} with code `invalid-month` when `key` is not a strict month key.
 * @example
 * ```ts
 * month("2018-09");
 * //=> { kind: "month", first: "2018-09", last: "2018-09", label: "Sep 2018" }
 * ```
 */
export function month(key: MonthKey | string): Period {
  const index = requireIndex(key);
  return makePeriod("month", index, index);
}
