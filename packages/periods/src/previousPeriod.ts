import { makePeriod, periodIndices } from "./internal/period.js";
import { requireInRange } from "./internal/monthIndex.js";
import type { Period } from "./types.js";

/**
 * The period immediately before: the previous month, quarter ("quarter on quarter", docs/methods.md#rolling-year-same-period-last-year-and-year-to-date)
 * or year, or for a rolling or custom window the window of the same length ending the month
 * before it starts. A year to date has no previous year to date that ends the month before it
 * starts, so its previous period is the `custom` window of the same length just before it
 * (use {@link samePeriodLastYear} for last year's year to date).
 *
 * @param period - A period.
 * @returns A period of the same length whose last month is the month before `period.first`;
 * the same kind, except `custom` for a year to date.
 * @throws {@link PeriodError} with code `invalid-period` (or `invalid-month`, `invalid-range`)
 * for an inconsistent period, `invalid-month-index` before the year 1000.
 * @example
 * ```ts
 * previousPeriod(financialQuarter(2018, 1)).label;
 * //=> "Q4 2017/18"
 * previousPeriod(rollingYear("2018-09"));
 * //=> { kind: "rolling", first: "2016-10", last: "2017-09", label: "12 months to Sep 2017" }
 * previousPeriod(yearToDate("2018-11"));
 * //=> { kind: "custom", first: "2017-08", last: "2018-03", label: "Aug 2017 – Mar 2018" }
 * ```
 */
export function previousPeriod(period: Period): Period {
  const { kind, first, last } = periodIndices(period);
  const span = last - first + 1;
  return makePeriod(kind === "year-to-date" ? "custom" : kind, requireInRange(first - span, `period before ${period.first}`), first - 1);
}
