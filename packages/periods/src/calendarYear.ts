import { makePeriod } from "./internal/period.js";
import { requireYear } from "./internal/monthIndex.js";
import type { Period } from "./types.js";

/**
 * The calendar year January–December (docs/periods.md), as used in the crime benchmark tables.
 *
 * @param year - An integer year from 1000 to 9999.
 * @returns A `calendar-year` period labelled like `"2018"`.
 * @throws {@link PeriodError} with code `invalid-year` when `year` is not an integer in range.
 * @example
 * ```ts
 * calendarYear(2018);
 * //=> { kind: "calendar-year", first: "2018-01", last: "2018-12", label: "2018" }
 * ```
 */
export function calendarYear(year: number): Period {
  const first = requireYear(year) * 12;
  return makePeriod("calendar-year", first, first + 11);
}
