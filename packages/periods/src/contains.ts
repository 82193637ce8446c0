import { requireIndex } from "./internal/monthIndex.js";
import { periodIndices } from "./internal/period.js";
import type { MonthKey, Period } from "./types.js";

/**
 * Tells whether a period contains a month, or every month of another period.
 *
 * @param outer - The containing period.
 * @param inner - A month key or a period.
 * @returns `true` when every month of `inner` lies within `outer.first … outer.last`.
 * @throws {@link PeriodError} with code `invalid-month`, `invalid-period` or `invalid-range`
 * when either argument is not a valid month key or consistent period.
 * @example
 * ```ts
 * contains(financialYear(2018), "2019-03");
 * //=> true
 * contains(financialYear(2018), financialQuarter(2018, 4));
 * //=> true
 * contains(financialYear(2018), calendarYear(2018));
 * //=> false
 * ```
 */
export function contains(outer: Period, inner: Period | MonthKey | string): boolean {
  const o = periodIndices(outer, "outer period");
  if (typeof inner === "string") {
    const index = requireIndex(inner, "inner month");
    return index >= o.first && index <= o.last;
  }
  const i = periodIndices(inner, "inner period");
  return i.first >= o.first && i.last <= o.last;
}
