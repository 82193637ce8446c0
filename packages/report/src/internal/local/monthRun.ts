import { calendarYear, customPeriod, financialYear, month, monthIndex, rollingYear, type MonthKey, type Period } from "@crimestats/periods";
import { describeValue } from "@crimestats/internal";
import { ReportError } from "../../ReportError.js";

const RUN = /^(\d{4}-\d{2})(?:\/(\d{4}-\d{2}))?$/;

/**
 * The period of a local row (`"YYYY-MM"` or the inclusive run `"YYYY-MM/YYYY-MM"`) as a `Period`
 * of @crimestats/periods, of the kind its months make: one month; January to December of one
 * year (calendar year, "2018"); April to March (financial year, "2018/19"); another run of 12
 * months (rolling year, "12 months to September 2018"); any other run (custom, labelled "Apr –
 * Jun 2018" within a year and "Oct 2016 – Mar 2017" across two: a quarter is not named Q1 or Q2,
 * as calendar and financial quarters would both fit).
 *
 * @param text - The row's period.
 * @returns The period.
 * @throws {@link ReportError} `invalid-data` when the text is not a month or a run of months.
 * @example
 * ```ts
 * monthRun("2016-01/2016-12").label; //=> "2016"
 * monthRun("2017-10/2018-09").label; //=> "12 months to Sep 2018"
 * ```
 */
export function monthRun(text: string): Period {
  const m = typeof text === "string" ? RUN.exec(text) : null;
  try {
    if (m === null) throw new Error("no match");
    const first = m[1] as MonthKey;
    const last = (m[2] ?? m[1]) as MonthKey;
    const a = monthIndex(first);
    const b = monthIndex(last);
    if (b < a) throw new Error("ends before it starts");
    if (a === b) return month(first);
    if (b - a === 11) {
      const year = Number(first.slice(0, 4));
      if (first.endsWith("-01")) return calendarYear(year);
      if (first.endsWith("-04")) return financialYear(year);
      return rollingYear(last);
    }
    // A run that is no named period: "Jan – Mar 2017" within a year, "Oct 2016 – Mar 2017" across two.
    const custom = customPeriod(first, last);
    return first.slice(0, 4) === last.slice(0, 4) ? { ...custom, label: `${month(first).label.slice(0, 3)} – ${month(last).label}` } : custom;
  } catch {
    throw new ReportError("invalid-data", `The period ${describeValue(text)} is not a month or a run of months: expected "YYYY-MM" or "YYYY-MM/YYYY-MM".`, {
      value: describeValue(text),
    });
  }
}
