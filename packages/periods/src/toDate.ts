import { UTCDate } from "@date-fns/utc";
import { monthOf, requireIndex, yearOf } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * The first instant (00:00:00.000 UTC on the 1st) of a month, as a `Date` that reads in UTC
 * (`UTCDate` from `@date-fns/utc`), so the result does not depend on the process time zone.
 *
 * @param key - A month key.
 * @returns A `UTCDate` (a `Date` subclass) at the start of the month in UTC.
 * @throws {@link PeriodError} with code `invalid-month` when `key` is not a strict month key.
 * @example
 * ```ts
 * toDate("2018-09").toISOString();
 * //=> "2018-09-01T00:00:00.000Z"
 * ```
 */
export function toDate(key: MonthKey | string): Date {
  const index = requireIndex(key);
  return new UTCDate(yearOf(index), monthOf(index) - 1, 1);
}
