import { makePeriod } from "./internal/period.js";
import { calendarQuarterStart, requireQuarter, requireYear } from "./internal/monthIndex.js";
import type { Period } from "./types.js";

/**
 * A calendar quarter: Q1 Jan–Mar, Q2 Apr–Jun, Q3 Jul–Sep, Q4 Oct–Dec.
 *
 * @param year - An integer year from 1000 to 9999.
 * @param quarter - 1, 2, 3 or 4.
 * @returns A `calendar-quarter` period labelled like `"Q4 2018"`.
 * @throws {@link PeriodError} with code `invalid-year` or `invalid-quarter`.
 * @example
 * ```ts
 * calendarQuarter(2018, 4);
 * //=> { kind: "calendar-quarter", first: "2018-10", last: "2018-12", label: "Q4 2018" }
 * ```
 */
export function calendarQuarter(year: number, quarter: number): Period {
  const first = calendarQuarterStart(requireYear(year), requireQuarter(quarter));
  return makePeriod("calendar-quarter", first, first + 2);
}
