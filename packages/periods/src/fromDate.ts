import { describeValue } from "@crimestats/internal";
import { utc } from "@date-fns/utc";
import { getMonth } from "date-fns/getMonth";
import { getYear } from "date-fns/getYear";
import { PeriodError } from "./PeriodError.js";
import { MAX_YEAR, MIN_YEAR, keyOf } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * The month, in UTC, that holds an instant. The process time zone is never used: an instant at
 * 23:30 on 31 March in a UTC+1 zone is still 22:30 UTC on 31 March, so it is March.
 *
 * @param date - A `Date` or a time value in milliseconds since the epoch.
 * @returns The month key of `date` read in UTC.
 * @throws {@link PeriodError} with code `invalid-date` for an Invalid Date, a non-finite number,
 * or an instant outside the years 1000–9999.
 * @example
 * ```ts
 * fromDate(new Date("2018-09-30T23:30:00Z"));
 * //=> "2018-09"
 * fromDate(Date.UTC(2019, 0, 1));
 * //=> "2019-01"
 * ```
 */
export function fromDate(date: Date | number): MonthKey {
  const time = date instanceof Date ? date.getTime() : typeof date === "number" ? date : Number.NaN;
  if (!Number.isFinite(time)) {
    throw new PeriodError(
      "invalid-date",
      `The date given, ${describeValue(date)}, is not valid; expected a valid Date or a finite time value in milliseconds.`,
      { value: date },
    );
  }
  const year = getYear(time, { in: utc });
  // A finite time beyond ±8.64e15 ms is no Date at all: its year is NaN, which no comparison catches.
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    const where = Number.isNaN(year) ? "is outside the range of a Date (±8.64e15 ms)" : `is in the year ${year}`;
    throw new PeriodError("invalid-date", `The date given, ${describeValue(date)}, ${where}; expected a year from ${MIN_YEAR} to ${MAX_YEAR}.`, {
      value: date,
      year,
    });
  }
  return keyOf(year * 12 + getMonth(time, { in: utc }));
}
