import { assertFlow } from "./internal/assertFlow.js";
import { rollingSums, type NumericTypedArray, type RollingSum } from "./rollingSums.js";
import type { MonthlySeries, SeriesOptions } from "./series.js";
import { readOptions } from "./internal/validate.js";

/**
 * Rolling-year sums over a typed array: {@link rollingSums} with a 12-month window.
 *
 * @param values - Monthly values, consecutive months (`NaN` if missing).
 * @param options - `fill` for missing months.
 * @returns A new `Float64Array` of 12-month sums, one per complete window.
 * @throws {@link RatesError} `missing-month`, `invalid-number` or `stock-not-summable` as
 *   {@link rollingSums}.
 * @example
 * ```ts
 * rollingYearTotal(new Float64Array(13).fill(2)); //=> Float64Array [24, 24]
 * ```
 */
export function rollingYearTotal(values: NumericTypedArray, options?: SeriesOptions): Float64Array;
/**
 * Rolling-year series (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date): RY(m) = Σ count(m − 11 … m), labelled by the end month
 * m ("12 months to Sep 2018"); the rolling year ending December equals the calendar year.
 *
 * @param series - `{ start, values }` or `{ month, count }` records.
 * @param options - `fill` for missing months (without it a gap throws).
 * @returns One `{ period, sum }` per complete rolling year.
 * @throws {@link RatesError} `invalid-month`, `missing-month`, `duplicate-month` or
 *   `invalid-number` naming the month or value; `stock-not-summable` for a stock series.
 * @example
 * ```ts
 * const ry = rollingYearTotal({ start: "2018-01", values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
 * ry; //=> [{ period: { kind: "rolling", first: "2018-01", last: "2018-12", label: "12 months to Dec 2018" }, sum: 78 }]
 * ```
 */
export function rollingYearTotal(series: MonthlySeries, options?: SeriesOptions): readonly RollingSum[];
export function rollingYearTotal(input: NumericTypedArray | MonthlySeries, options: SeriesOptions = {}): Float64Array | readonly RollingSum[] {
  options = readOptions("rollingYearTotal", options) as SeriesOptions;
  assertFlow("rollingYearTotal", input, options);
  const merged = options.fill === undefined ? { window: 12 } : { window: 12, fill: options.fill };
  return ArrayBuffer.isView(input) ? rollingSums(input as NumericTypedArray, merged) : rollingSums(input as MonthlySeries, merged);
}
