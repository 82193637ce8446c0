import { describeValue } from "@crimestats/internal";
import { readOptions } from "./internal/options.js";
import { PeriodError } from "./PeriodError.js";
import { makePeriod } from "./internal/period.js";
import { monthOf, requireInRange, requireIndex, requireStartMonth } from "./internal/monthIndex.js";
import type { MonthKey, Period } from "./types.js";

/** Options of {@link yearToDate}. */
export interface YearToDateOptions {
  /** `"financial"` (default) counts from the financial-year start; `"calendar"` from January. */
  readonly basis?: "financial" | "calendar";
  /** Financial-year start month (2–12) when `basis` is `"financial"`; default 4 (April). */
  readonly financialYearStart?: number;
}

/**
 * Year to date: the months from the start of the year that holds `end` through `end`
 * (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date `YTD(fy, m) = Σ months Apr … m`). Financial by default; calendar on request.
 *
 * @param end - The latest month included.
 * @param options - `basis` (`"financial"` or `"calendar"`) and `financialYearStart`, the month the financial year starts in.
 * @returns A `year-to-date` period of 1 to 12 months, labelled like `"2018/19 YTD to Nov 2018"`
 * (financial) or `"2018 YTD to Nov 2018"` (calendar).
 * @throws {@link PeriodError} with code `invalid-month` for a bad `end`, `invalid-option` for
 * options that are not an object (`null`), an unknown basis or a start month outside 2–12, `invalid-month-index` before the year 1000.
 * @example
 * ```ts
 * yearToDate("2018-11");
 * //=> { kind: "year-to-date", first: "2018-04", last: "2018-11", label: "2018/19 YTD to Nov 2018" }
 * yearToDate("2019-02").first;
 * //=> "2018-04"
 * yearToDate("2018-11", { basis: "calendar" }).label;
 * //=> "2018 YTD to Nov 2018"
 * ```
 */
export function yearToDate(end: MonthKey | string, options?: YearToDateOptions): Period {
  const last = requireIndex(end, "end month");
  const { basis: given, financialYearStart }: YearToDateOptions = readOptions(options, "yearToDate", '{ basis: "calendar" }');
  const basis = given ?? "financial";
  if (basis !== "financial" && basis !== "calendar") {
    throw new PeriodError("invalid-option", `The year-to-date basis ${describeValue(basis)} is not valid; expected "financial" or "calendar".`, {
      option: "basis",
      value: basis,
    });
  }
  let start = 1;
  if (basis === "financial") {
    start = financialYearStart === undefined ? 4 : requireStartMonth(financialYearStart);
  } else if (financialYearStart !== undefined) {
    throw new PeriodError(
      "invalid-option",
      `The start month ${describeValue(financialYearStart)} cannot be used with the calendar basis; expected no financialYearStart (calendar years start in January).`,
      { option: "financialYearStart", value: financialYearStart },
    );
  }
  const back = (monthOf(last) - start + 12) % 12;
  return makePeriod("year-to-date", requireInRange(last - back, `start of the year to ${end}`), last);
}
