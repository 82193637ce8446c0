import { monthKeyFromIndex, type MonthKey } from "@crimestats/periods";
import { RatesError } from "./RatesError.js";
import { denseSeries } from "./internal/series.js";
import { neumaierSum } from "@crimestats/internal";
import type { MonthlySeries, SeriesOptions } from "./series.js";
import { readOptions } from "./internal/validate.js";

/** Result of {@link monthlyMean}. */
export interface MonthlyMeanResult {
  /** The mean, total / months, unrounded (the reports print it half-up to an integer). */
  readonly value: number;
  /** Sum over the whole span (Neumaier-compensated). */
  readonly total: number;
  /** Number of months in the span. */
  readonly months: number;
  /** First month of the span. */
  readonly first: MonthKey;
  /** Last month of the span. */
  readonly last: MonthKey;
}

/**
 * Mean monthly value over a span (docs/methods.md#monthly-average-and-month-classification): `(CY₁ total + CY₂ total) / 24` for the two
 * calendar years of a Strategic Assessment. Hate crime (326 + 327) / 24 = 27.21, printed 27.
 *
 * @param series - `{ start, values }` or `{ month, count }` records; at least one month.
 * @param options - `fill` for missing months (without it a gap throws).
 * @returns `{ value, total, months, first, last }`: the unrounded mean as `value` (the name every
 *   figure of the suite gives its number), with the total, month count and span.
 * @throws {@link RatesError} `empty-input` for an empty series; `missing-month`,
 *   `invalid-month`, `duplicate-month` or `invalid-number` naming the month.
 * @example
 * ```ts
 * const m = monthlyMean({ start: "2017-01", values: [...Array(23).fill(27), 32] });
 * m.value;                  //=> 27.208333333333332
 * roundHalfUp(m.value, 0);  //=> 27
 * [m.total, m.months, m.first, m.last]; //=> [653, 24, "2017-01", "2018-12"]
 * ```
 */
export function monthlyMean(series: MonthlySeries, options: SeriesOptions = {}): MonthlyMeanResult {
  options = readOptions("monthlyMean", options) as SeriesOptions;
  const dense = denseSeries(series, options.fill);
  const months = dense.values.length;
  if (months === 0) {
    throw new RatesError("empty-input", "monthlyMean needs at least one month; the series is empty.", {});
  }
  const total = neumaierSum(dense.values);
  return {
    value: total / months,
    total,
    months,
    first: monthKeyFromIndex(dense.start),
    last: monthKeyFromIndex(dense.start + months - 1),
  };
}
