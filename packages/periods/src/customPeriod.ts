import { PeriodError } from "./PeriodError.js";
import { makePeriod } from "./internal/period.js";
import { requireIndex } from "./internal/monthIndex.js";
import type { MonthKey, Period } from "./types.js";

/**
 * Any run of consecutive months, e.g. a campaign or cohort window ("Jan 17 - Mar 17").
 *
 * @param first - The first month, inclusive.
 * @param last - The last month, inclusive; on or after `first`.
 * @returns A `custom` period labelled like `"Oct 2017 – Sep 2018"` (with an en dash).
 * @throws {@link PeriodError} with code `invalid-month` for a bad key, `invalid-range` when
 * `first` is after `last`.
 * @example
 * ```ts
 * customPeriod("2017-10", "2018-09");
 * //=> { kind: "custom", first: "2017-10", last: "2018-09", label: "Oct 2017 – Sep 2018" }
 * ```
 */
export function customPeriod(first: MonthKey | string, last: MonthKey | string): Period {
  const f = requireIndex(first, "first month");
  const l = requireIndex(last, "last month");
  if (f > l) {
    throw new PeriodError("invalid-range", `The first month "${first}" is after the last month "${last}"; expected first on or before last.`, { first, last });
  }
  return makePeriod("custom", f, l);
}
