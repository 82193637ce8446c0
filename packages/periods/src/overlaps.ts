import { periodIndices } from "./internal/period.js";
import type { Period } from "./types.js";

/**
 * Tells whether two periods share at least one month.
 *
 * @param a - A period.
 * @param b - Another period.
 * @returns `true` when some month lies in both periods.
 * @throws {@link PeriodError} with code `invalid-period`, `invalid-month` or `invalid-range`
 * for an inconsistent period.
 * @example
 * ```ts
 * overlaps(financialYear(2018), calendarYear(2018));
 * //=> true
 * overlaps(financialYear(2018), calendarYear(2017));
 * //=> false
 * ```
 */
export function overlaps(a: Period, b: Period): boolean {
  const x = periodIndices(a, "first period");
  const y = periodIndices(b, "second period");
  return x.first <= y.last && y.first <= x.last;
}
