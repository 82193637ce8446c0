import { describeValue } from "@crimestats/internal";
import { isMonthKey, monthIndex as periodsMonthIndex } from "@crimestats/periods";
import { DisclosureError } from "../DisclosureError.js";

/** The most months a series may span (50 years): the series audit is cubic in it. */
export const MAX_MONTHS = 600;

/** Month index of December 9999, the last month `@crimestats/periods` accepts. */
const LAST_INDEX = 9999 * 12 + 11;

/** `"YYYY-MM"` (year 1000–9999, as `@crimestats/periods` accepts) → month index. Throws `invalid-month` naming `what`. */
export function monthIndex(key: unknown, what: string): number {
  if (!isMonthKey(key)) {
    throw new DisclosureError("invalid-month", `${what} has month ${describeValue(key)}; expected a "YYYY-MM" key with a year from 1000 to 9999.`, {
      cell: what,
      month: describeValue(key),
    });
  }
  return periodsMonthIndex(key);
}

/** Throws `invalid-month` when the series of `what` runs past December 9999 (month index `last`). */
export function checkLastMonth(last: number, what: string): void {
  if (last > LAST_INDEX) {
    throw new DisclosureError("invalid-month", `${what} runs past December 9999; expected months from 1000-01 to 9999-12.`, { cell: what });
  }
}
