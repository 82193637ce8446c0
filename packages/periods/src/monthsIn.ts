import { keyOf } from "./internal/monthIndex.js";
import { periodIndices } from "./internal/period.js";
import type { MonthKey, Period } from "./types.js";

/**
 * The months of a period, first to last, as month keys.
 *
 * @param period - A period.
 * @returns Every month key from `period.first` to `period.last` inclusive, in order.
 * @throws {@link PeriodError} with code `invalid-period`, `invalid-month` or `invalid-range`
 * when `period` is not a consistent Period.
 * @example
 * ```ts
 * monthsIn(financialQuarter(2018, 1));
 * //=> ["2018-04", "2018-05", "2018-06"]
 * monthsIn(rollingYear("2018-09")).length;
 * //=> 12
 * ```
 */
export function monthsIn(period: Period): MonthKey[] {
  const { first, last } = periodIndices(period);
  const out: MonthKey[] = new Array<MonthKey>(last - first + 1);
  for (let i = first; i <= last; i++) out[i - first] = keyOf(i);
  return out;
}
