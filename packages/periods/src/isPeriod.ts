import { periodIndices } from "./internal/period.js";
import type { Period } from "./types.js";

/**
 * Tells whether a value is a consistent {@link Period}: a known kind, strict month keys, `first`
 * not after `last`, months that fit the kind (a quarter is 3 months starting Jan/Apr/Jul/Oct, a
 * calendar year is January–December, a financial year is 12 months not starting in January, a
 * year to date is at most 12 months), and a non-empty string label. The label's wording is not
 * checked: functions that return periods regenerate it.
 *
 * @param value - Any value, e.g. a period read back from JSON.
 * @returns `true` when every function of this package accepts `value` as a period.
 * @throws Never.
 * @example
 * ```ts
 * isPeriod(financialYear(2018));
 * //=> true
 * isPeriod({ kind: "financial-quarter", first: "2018-05", last: "2018-07", label: "Q1 2018/19" });
 * //=> false
 * ```
 */
export function isPeriod(value: unknown): value is Period {
  try {
    periodIndices(value);
  } catch {
    return false;
  }
  const label = (value as { label?: unknown }).label;
  return typeof label === "string" && label !== "";
}
