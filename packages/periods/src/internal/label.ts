import type { PeriodKind } from "../types.js";
import { monthOf, yearOf } from "./monthIndex.js";
import { LONG_MONTHS, SHORT_MONTHS } from "./monthNames.js";

/** `"Sep 2018"`. */
export function shortMonth(index: number): string {
  return `${SHORT_MONTHS[monthOf(index) - 1]!} ${yearOf(index)}`;
}

/** `"September 2018"`. */
export function longMonth(index: number): string {
  return `${LONG_MONTHS[monthOf(index) - 1]!} ${yearOf(index)}`;
}

/** Last two digits of a year, zero-padded: 2000 → "00". */
export function twoDigits(year: number): string {
  const r = year % 100;
  return r < 10 ? `0${r}` : String(r);
}

/** `"2018/19"` (or with another separator) for the financial year starting in `year`. */
function financialYearText(year: number, separator = "/"): string {
  return `${year}${separator}${twoDigits(year + 1)}`;
}

/** Start year of the April-start financial year holding a month index. */
function aprilYearOf(index: number): number {
  return monthOf(index) >= 4 ? yearOf(index) : yearOf(index) - 1;
}

/** Options for {@link labelWith}: the financial-year separator and how months are named. */
export interface LabelParts {
  readonly separator: "/" | "-";
  readonly monthName: (index: number) => string;
}

const CANONICAL: LabelParts = { separator: "/", monthName: shortMonth };

/** Label of a period given its kind and first/last month indices (assumed consistent). */
export function labelWith(kind: PeriodKind, first: number, last: number, parts: LabelParts): string {
  const { separator, monthName } = parts;
  switch (kind) {
    case "month":
      return monthName(first);
    case "calendar-quarter":
      return `Q${(monthOf(first) + 2) / 3} ${yearOf(first)}`;
    case "calendar-year":
      return String(yearOf(first));
    case "financial-quarter":
      return `Q${((monthOf(first) + 8) % 12) / 3 + 1} ${financialYearText(aprilYearOf(first), separator)}`;
    case "financial-year":
      return financialYearText(yearOf(first), separator);
    case "rolling": {
      const n = last - first + 1;
      return `${n} ${n === 1 ? "month" : "months"} to ${monthName(last)}`;
    }
    case "year-to-date":
      return monthOf(first) === 1 ? `${yearOf(first)} YTD to ${monthName(last)}` : `${financialYearText(yearOf(first), separator)} YTD to ${monthName(last)}`;
    case "custom":
      return `${monthName(first)} \u2013 ${monthName(last)}`;
  }
}

/** Canonical label of a period given its kind and first/last month indices (assumed consistent). */
export function canonicalLabel(kind: PeriodKind, first: number, last: number): string {
  return labelWith(kind, first, last, CANONICAL);
}
