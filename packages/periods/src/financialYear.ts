import { readOptions } from "./internal/options.js";
import { makePeriod } from "./internal/period.js";
import { requireInRange, requireStartMonth, requireYear } from "./internal/monthIndex.js";
import type { Period } from "./types.js";

/** Options of {@link financialYear}. */
export interface FinancialYearOptions {
  /** Month number (2–12) in which the financial year starts; default 4 (April, the UK public-sector year). */
  readonly financialYearStart?: number;
}

/**
 * The financial year that starts in `year`: 1 April `year` to 31 March `year + 1` by default
 * (docs/periods.md), labelled `"2018/19"`.
 *
 * @param year - The calendar year in which the financial year starts, 1000 to 9998.
 * @param options - `financialYearStart` for a year that does not start in April.
 * @returns A `financial-year` period of 12 months.
 * @throws {@link PeriodError} with code `invalid-year` for a non-integer or out-of-range year,
 * `invalid-option` for options that are not an object (`null`) or a start month outside 2–12, `invalid-month-index` when the year would end after 9999.
 * @example
 * ```ts
 * financialYear(2018);
 * //=> { kind: "financial-year", first: "2018-04", last: "2019-03", label: "2018/19" }
 * financialYear(2018, { financialYearStart: 9 }).last;
 * //=> "2019-08"
 * ```
 */
export function financialYear(year: number, options?: FinancialYearOptions): Period {
  const y = requireYear(year);
  const { financialYearStart } = readOptions(options, "financialYear", "{ financialYearStart: 4 }");
  const start = financialYearStart === undefined ? 4 : requireStartMonth(financialYearStart);
  const first = y * 12 + start - 1;
  return makePeriod("financial-year", first, requireInRange(first + 11, `end of financial year ${y}`));
}
