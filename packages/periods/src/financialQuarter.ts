import { makePeriod } from "./internal/period.js";
import { financialQuarterStart, requireInRange, requireQuarter, requireYear } from "./internal/monthIndex.js";
import type { Period } from "./types.js";

/**
 * A quarter of the April-start financial year that starts in `year`:
 * Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec of `year`, Q4 Jan–Mar of `year + 1` (docs/periods.md).
 *
 * @param year - The calendar year in which the financial year starts, 1000 to 9998.
 * @param quarter - 1, 2, 3 or 4.
 * @returns A `financial-quarter` period labelled like `"Q1 2018/19"`.
 * @throws {@link PeriodError} with code `invalid-year` or `invalid-quarter`, or
 * `invalid-month-index` when Q4 would fall after 9999.
 * @example
 * ```ts
 * financialQuarter(2018, 1);
 * //=> { kind: "financial-quarter", first: "2018-04", last: "2018-06", label: "Q1 2018/19" }
 * financialQuarter(2017, 4).first;
 * //=> "2018-01"
 * ```
 */
export function financialQuarter(year: number, quarter: number): Period {
  const y = requireYear(year);
  const q = requireQuarter(quarter);
  const first = financialQuarterStart(y, q);
  return makePeriod("financial-quarter", first, requireInRange(first + 2, `end of Q${q} ${y}`));
}
