import { describeValue } from "@crimestats/internal";
import { PeriodError } from "./PeriodError.js";
import { makePeriod } from "./internal/period.js";
import { requireInRange, requireIndex } from "./internal/monthIndex.js";
import type { MonthKey, Period } from "./types.js";

/**
 * A rolling window of `months` consecutive months ending with `end` (inclusive), labelled by its
 * end month (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date: `RY(m) = Σ count(m−11 … m)` for the rolling year).
 *
 * @param end - The last month of the window.
 * @param months - The window length, a positive integer (12 for a rolling year).
 * @returns A `rolling` period labelled like `"6 months to Sep 2018"`.
 * @throws {@link PeriodError} with code `invalid-month` for a bad `end`, `invalid-window` when
 * `months` is not a positive integer, `invalid-month-index` when the window would start before 1000.
 * @example
 * ```ts
 * rolling("2018-09", 6);
 * //=> { kind: "rolling", first: "2018-04", last: "2018-09", label: "6 months to Sep 2018" }
 * ```
 */
export function rolling(end: MonthKey | string, months: number): Period {
  const last = requireIndex(end, "end month");
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1) {
    throw new PeriodError(
      "invalid-window",
      `The rolling window length ${describeValue(months)} is not valid; expected a positive integer number of months (12 for a rolling year).`,
      { value: months },
    );
  }
  return makePeriod("rolling", requireInRange(last - months + 1, `start of the ${months}-month window to ${end}`), last);
}
