import { periodIndices } from "./internal/period.js";
import type { Period, PeriodKind } from "./types.js";

const KIND_ORDER: Readonly<Record<PeriodKind, number>> = {
  month: 0,
  "calendar-quarter": 1,
  "calendar-year": 2,
  "financial-quarter": 3,
  "financial-year": 4,
  rolling: 5,
  "year-to-date": 6,
  custom: 7,
};

/**
 * Chronological order of periods, for `Array.prototype.sort`: by first month, then by last month
 * (shorter first), then by kind in the order of {@link PeriodKind}, so that only equal periods
 * compare equal.
 *
 * @param a - A period.
 * @param b - Another period.
 * @returns -1 when `a` sorts before `b`, 1 when after, 0 when they have the same kind and months.
 * @throws {@link PeriodError} with code `invalid-period`, `invalid-month` or `invalid-range`
 * for an inconsistent period.
 * @example
 * ```ts
 * comparePeriods(calendarYear(2018), financialYear(2018));
 * //=> -1
 * [financialYear(2018), month("2018-04")].sort(comparePeriods).map((p) => p.label);
 * //=> ["Apr 2018", "2018/19"]
 * ```
 */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  const x = periodIndices(a, "first period");
  const y = periodIndices(b, "second period");
  if (x.first !== y.first) return x.first < y.first ? -1 : 1;
  if (x.last !== y.last) return x.last < y.last ? -1 : 1;
  const kx = KIND_ORDER[x.kind];
  const ky = KIND_ORDER[y.kind];
  return kx === ky ? 0 : kx < ky ? -1 : 1;
}
