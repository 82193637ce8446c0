import { monthName, type MonthKey } from "@crimestats/periods";

/** A month as a sentence writes it: "February 2025" for "2025-02". */
export function monthWords(month: MonthKey): string {
  return `${monthName(Number(month.slice(5)), "long")} ${month.slice(0, 4)}`;
}

/** A month as an axis or table writes it: "Feb 2025" for "2025-02". */
export function monthShort(month: MonthKey): string {
  return `${monthName(Number(month.slice(5)), "short")} ${month.slice(0, 4)}`;
}

/** The first instant of a month in UTC, as Vega-Lite reads a temporal field. */
export function monthDate(month: MonthKey): string {
  return `${month}-01T00:00:00Z`;
}
