import { describeValue } from "@crimestats/internal";
import { PeriodError } from "../PeriodError.js";
import type { MonthKey } from "../types.js";

/** Smallest supported year (four digits, no leading zero). */
export const MIN_YEAR = 1000;
/** Largest supported year. */
export const MAX_YEAR = 9999;
/** Month index of January 1000. */
export const MIN_INDEX = MIN_YEAR * 12;
/** Month index of December 9999. */
export const MAX_INDEX = MAX_YEAR * 12 + 11;

const MONTH_SUFFIX = ["-01", "-02", "-03", "-04", "-05", "-06", "-07", "-08", "-09", "-10", "-11", "-12"] as const;

/**
 * Parses a strict `"YYYY-MM"` month key to its index `year * 12 + month - 1` by char codes
 * (no regex, no Date, no allocation). Returns -1 when the text is not a valid key.
 */
export function indexOrMinusOne(text: string): number {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return -1;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  // Unsigned comparison rejects negatives and anything above 9 in one test per digit.
  if ((y0 - 1) >>> 0 > 8 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 1 || m1 >>> 0 > 9) return -1;
  const m = m0 * 10 + m1;
  if (m === 0 || m > 12) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + m - 1;
}

/** Keys of the months most used (1900–2099) are built once, on first use, and shared. */
const CACHE_FIRST = 1900 * 12;
const CACHE_SIZE = 200 * 12;
let cache: MonthKey[] | undefined;

function buildKey(index: number): MonthKey {
  const year = Math.floor(index / 12);
  return (year + MONTH_SUFFIX[index - year * 12]!) as MonthKey;
}

/** Formats a month index known to be valid as `"YYYY-MM"` (no allocation for 1900–2099). */
export function keyOf(index: number): MonthKey {
  const offset = index - CACHE_FIRST;
  if (offset >= 0 && offset < CACHE_SIZE) {
    if (cache === undefined) {
      cache = new Array<MonthKey>(CACHE_SIZE);
      for (let i = 0; i < CACHE_SIZE; i++) cache[i] = buildKey(CACHE_FIRST + i);
    }
    return cache[offset]!;
  }
  return buildKey(index);
}

/** Year of a month index. */
export function yearOf(index: number): number {
  return Math.floor(index / 12);
}

/** Month number 1–12 of a month index. */
export function monthOf(index: number): number {
  return index - Math.floor(index / 12) * 12 + 1;
}

/** Month index of the first month of calendar quarter `quarter` (1–4) of `year`. */
export function calendarQuarterStart(year: number, quarter: number): number {
  return year * 12 + (quarter - 1) * 3;
}

/** Month index of the first month of quarter `quarter` (1–4) of the April-start financial year starting in `year`. */
export function financialQuarterStart(year: number, quarter: number): number {
  return year * 12 + 3 + (quarter - 1) * 3;
}

/** Index of a month key, or throws `invalid-month` naming `what`. */
export function requireIndex(value: unknown, what = "month key"): number {
  const index = typeof value === "string" ? indexOrMinusOne(value) : -1;
  if (index < 0) {
    throw new PeriodError(
      "invalid-month",
      `The ${what} ${describeValue(value)} is not valid; expected a "YYYY-MM" string with a year from 1000 to 9999 and a month from 01 to 12, e.g. "2018-09".`,
      { value },
    );
  }
  return index;
}

/** Throws `invalid-month-index` unless `index` is an integer in the supported range. */
export function requireValidIndex(index: unknown): number {
  if (typeof index !== "number" || !Number.isInteger(index) || index < MIN_INDEX || index > MAX_INDEX) {
    throw new PeriodError(
      "invalid-month-index",
      `The month index ${describeValue(index)} is not valid; expected an integer from ${MIN_INDEX} (January ${MIN_YEAR}) to ${MAX_INDEX} (December ${MAX_YEAR}).`,
      { value: index, min: MIN_INDEX, max: MAX_INDEX },
    );
  }
  return index;
}

/** Throws `invalid-year` unless `year` is an integer from 1000 to 9999. */
export function requireYear(year: unknown): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new PeriodError("invalid-year", `The year ${describeValue(year)} is not valid; expected an integer from ${MIN_YEAR} to ${MAX_YEAR}.`, {
      value: year,
      min: MIN_YEAR,
      max: MAX_YEAR,
    });
  }
  return year;
}

/** Throws `invalid-quarter` unless `quarter` is 1, 2, 3 or 4. */
export function requireQuarter(quarter: unknown): 1 | 2 | 3 | 4 {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new PeriodError("invalid-quarter", `The quarter ${describeValue(quarter)} is not valid; expected 1, 2, 3 or 4.`, {
      value: quarter,
    });
  }
  return quarter;
}

/** Throws `invalid-option` unless `start` is a financial-year start month 2–12. */
export function requireStartMonth(start: unknown): number {
  if (typeof start !== "number" || !Number.isInteger(start) || start < 2 || start > 12) {
    throw new PeriodError(
      "invalid-option",
      `The financial-year start month ${describeValue(start)} is not valid; expected an integer from 2 (February) to 12 (December) — April is 4; a January start is a calendar year.`,
      { option: "financialYearStart", value: start },
    );
  }
  return start;
}

/** Throws `invalid-month-index` when a computed index leaves the supported range. */
export function requireInRange(index: number, what: string): number {
  if (index < MIN_INDEX || index > MAX_INDEX) {
    throw new PeriodError("invalid-month-index", `The ${what} falls outside the supported years ${MIN_YEAR}–${MAX_YEAR}.`, {
      value: index,
      min: MIN_INDEX,
      max: MAX_INDEX,
    });
  }
  return index;
}
