import { rolling } from "./rolling.js";
import type { MonthKey, Period } from "./types.js";

/**
 * The rolling year: the 12 months ending with `end`, labelled by its end month
 * (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date). The rolling year to December is the calendar year's months.
 *
 * @param end - The last month of the rolling year.
 * @returns A `rolling` period of 12 months labelled like `"12 months to Sep 2018"`.
 * @throws {@link PeriodError} with code `invalid-month` for a bad `end`, `invalid-month-index`
 * when the window would start before 1000.
 * @example
 * ```ts
 * rollingYear("2018-09");
 * //=> { kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" }
 * ```
 */
export function rollingYear(end: MonthKey | string): Period {
  return rolling(end, 12);
}
