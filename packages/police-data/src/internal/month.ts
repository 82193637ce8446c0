import { isMonthKey, monthIndex, monthKeyFromIndex, type MonthKey } from "@crimestats/periods";

/** Months are handled inside hot loops as `year * 12 + (month - 1)`, the month index of `@crimestats/periods`. */

/** Month index of bytes `YYYY-MM` (exactly 7 bytes, year 1000–9999 as `@crimestats/periods` allows), or -1. */
export function monthIndexOfBytes(buf: Uint8Array, start: number, end: number): number {
  if (end - start !== 7 || buf[start + 4] !== 45) return -1;
  const y0 = buf[start]! - 48;
  const y1 = buf[start + 1]! - 48;
  const y2 = buf[start + 2]! - 48;
  const y3 = buf[start + 3]! - 48;
  const m0 = buf[start + 5]! - 48;
  const m1 = buf[start + 6]! - 48;
  // (x >>> 0) > 9 rejects both bytes below '0' (negative) and above '9'
  // (y0 - 1) >>> 0 > 8 also rejects a leading 0: years before 1000 are not month keys
  if ((y0 - 1) >>> 0 > 8 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9) return -1;
  const m = m0 * 10 + m1;
  if (m < 1 || m > 12) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + m - 1;
}

/** Month index of a `"YYYY-MM"` string (as `monthIndex` of `@crimestats/periods`), or -1. */
export function monthIndexOf(text: string): number {
  return isMonthKey(text) ? monthIndex(text) : -1;
}

/** Month index of December 9999, the last month of `@crimestats/periods`. */
export const LAST_MONTH = 9999 * 12 + 11;

/** `"YYYY-MM"` of a month index (`monthKeyFromIndex` of `@crimestats/periods`). */
export function monthKeyOf(index: number): MonthKey {
  return monthKeyFromIndex(index);
}
