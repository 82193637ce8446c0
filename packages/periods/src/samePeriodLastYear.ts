import { makePeriod, periodIndices } from "./internal/period.js";
import { requireInRange } from "./internal/monthIndex.js";
import type { Period } from "./types.js";

/**
 * The same period a year earlier: the window shifted back exactly 12 months, same kind, relabelled
 * (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date; delivery plans: "compared to the same period in the last 12 months").
 *
 * @param period - A period.
 * @returns A period of the same kind and length whose first and last months are 12 months earlier.
 * @throws {@link PeriodError} with code `invalid-period` (or `invalid-month`, `invalid-range`)
 * for an inconsistent period, `invalid-month-index` before the year 1000.
 * @example
 * ```ts
 * samePeriodLastYear(rollingYear("2018-09"));
 * //=> { kind: "rolling", first: "2016-10", last: "2017-09", label: "12 months to Sep 2017" }
 * samePeriodLastYear(financialQuarter(2018, 3)).label;
 * //=> "Q3 2017/18"
 * ```
 */
export function samePeriodLastYear(period: Period): Period {
  const { kind, first, last } = periodIndices(period);
  return makePeriod(kind, requireInRange(first - 12, "same period last year"), last - 12);
}
