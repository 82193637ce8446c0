import { requireIndex } from "./internal/monthIndex.js";
import type { MonthKey } from "./types.js";

/**
 * Validates text as a month key: exactly `"YYYY-MM"`, a year from 1000 to 9999 and a month from
 * 01 to 12. Nothing is trimmed or padded: `"2019-1"`, `" 2019-01"` and `"2019-13"` are rejected.
 *
 * @param text - The text to check, e.g. a `Month` column of a data.police.uk file.
 * @returns The same text, typed as a {@link MonthKey}.
 * @throws {@link PeriodError} with code `invalid-month` when the text is not a strict month key.
 * @example
 * ```ts
 * parseMonthKey("2018-09");
 * //=> "2018-09"
 * parseMonthKey("2019-13");
 * //=> throws PeriodError (code "invalid-month")
 * ```
 */
export function parseMonthKey(text: string): MonthKey {
  requireIndex(text);
  // A strict key has exactly one spelling, so the validated text is returned as is (no allocation).
  return text as MonthKey;
}
