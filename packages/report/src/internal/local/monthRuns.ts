import { addMonths, formatPeriod, month, monthIndex, type MonthKey } from "@crimestats/periods";
import { monthRun } from "./monthRun.js";

/**
 * The periods of local rows: `"YYYY-MM"` (one month) or `"YYYY-MM/YYYY-MM"` (an inclusive run of
 * months), as the schema checks them. Beside `monthRun` (the run as a `Period`), these helpers put
 * one in words and in a table, and find the same run a year earlier.
 */

/** The first and last months of a local row's period. */
export function runMonths(period: string): { readonly first: MonthKey; readonly last: MonthKey } {
  const [first, last = first] = period.split("/") as [MonthKey, MonthKey?];
  return { first, last };
}

/** How many months the run covers (1 for a month). */
export function runLength(period: string): number {
  const { first, last } = runMonths(period);
  return monthIndex(last) - monthIndex(first) + 1;
}

/** The run as a table label: "12 months to Sep 2018", "2018/19", "Jan – Mar 2017", "Mar 2018". */
export function runLabel(period: string): string {
  const p = monthRun(period);
  if (p.kind !== "custom") return p.label;
  const { first, last } = runMonths(period);
  const short = (key: MonthKey) => month(key).label;
  return first.slice(0, 4) === last.slice(0, 4) ? `${short(first).slice(0, 3)} – ${short(last)}` : `${short(first)} – ${short(last)}`;
}

/**
 * The run as it follows "in" or "for" in a sentence: "the 12 months to September 2018", "2018",
 * "2018/19", "January to March 2017", "October 2016 to March 2017", "March 2018".
 */
export function runWords(period: string): string {
  const p = monthRun(period);
  if (p.kind === "rolling") return `the ${formatPeriod(p, "long")}`;
  if (p.kind !== "custom") return formatPeriod(p, "long");
  const { first, last } = runMonths(period);
  const long = (key: MonthKey) => formatPeriod(month(key), "long");
  return first.slice(0, 4) === last.slice(0, 4) ? `${long(first).replace(/ \d{4}$/, "")} to ${long(last)}` : `${long(first)} to ${long(last)}`;
}

/** The same run twelve months earlier, in the rows' notation. */
export function yearEarlier(period: string): string {
  const { first, last } = runMonths(period);
  return first === last ? addMonths(first, -12) : `${addMonths(first, -12)}/${addMonths(last, -12)}`;
}

/** Orders runs by their last month, then their first (the latest last). */
export function compareRuns(a: string, b: string): number {
  const x = runMonths(a);
  const y = runMonths(b);
  return monthIndex(x.last) - monthIndex(y.last) || monthIndex(x.first) - monthIndex(y.first);
}
