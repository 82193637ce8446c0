import { samePeriodLastYear, type Period } from "@crimestats/periods";
import { RatesError } from "./RatesError.js";
import { assertFlow } from "./internal/assertFlow.js";
import { denseSeries, monthKey, toMonthIndex } from "./internal/series.js";
import { neumaierSum } from "./internal/sum.js";
import { readOptions, show } from "./internal/validate.js";
import { percentChange, type PercentChange } from "./percentChange.js";
import type { MonthlySeries, SeriesOptions } from "./series.js";

/** Result of {@link samePeriodComparison}. */
export interface SamePeriodComparisonResult {
  /** The period compared. */
  readonly period: Period;
  /** Sum of the series over `period`. */
  readonly current: number;
  /** The same period a year earlier (shifted back 12 months). */
  readonly previousPeriod: Period;
  /** Sum of the series over `previousPeriod`. */
  readonly previous: number;
  /** current − previous. */
  readonly change: number;
  /** (current − previous) / previous × 100; null when previous is 0. */
  readonly percentChange: PercentChange | null;
  /** True when current < previous: the delivery-plan test "reduced compared to the same period last year". */
  readonly reduced: boolean;
}

/**
 * A period's total against the same period a year earlier (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date: "Burglaries are
 * reduced compared to the same period in the last 12 months"). Both periods must be covered by
 * the series; a missing month is an error unless `fill` is given.
 *
 * @param series - `{ start, values }` or `{ month, count }` records.
 * @param period - The period to compare (any kind from `@crimestats/periods`).
 * @param options - `fill` for missing months.
 * @returns Both periods, their totals, the change and the percent change.
 * @throws {@link RatesError} `MISSING_MONTH` naming the first month not covered,
 *   `INVALID_MONTH` for a bad period or month, `INVALID_NUMBER` for a bad value,
 *   `STOCK_NOT_SUMMABLE` for a stock series (snapshots are never summed, docs/methods.md#stock-and-flow).
 * @example
 * ```ts
 * const values = [...Array(12).fill(10), ...Array(12).fill(9)];
 * const c = samePeriodComparison({ start: "2017-01", values }, rollingYear("2018-12"));
 * c.previousPeriod.label; //=> "12 months to Dec 2017"
 * [c.current, c.previous, c.change, c.reduced]; //=> [108, 120, -12, true]
 * c.percentChange; //=> -10
 * ```
 */
export function samePeriodComparison(
  series: MonthlySeries,
  period: Period,
  options: SeriesOptions = {},
): SamePeriodComparisonResult {
  options = readOptions("samePeriodComparison", options) as SeriesOptions;
  assertFlow("samePeriodComparison", series, options);
  if (typeof period !== "object" || period === null) {
    throw new RatesError("INVALID_MONTH", `period must be a Period { kind, first, last, label }, got ${show(period)}.`, {
      name: "period",
      value: period,
    });
  }
  const first = toMonthIndex("period.first", period.first);
  const last = toMonthIndex("period.last", period.last);
  if (last < first) {
    throw new RatesError("INVALID_MONTH", `period.last ${show(period.last)} is before period.first ${show(period.first)}.`, {
      name: "period",
      value: period,
    });
  }
  let previousPeriod: Period;
  try {
    previousPeriod = samePeriodLastYear(period);
  } catch {
    throw new RatesError(
      "INVALID_MONTH",
      `period ${show(period)} has no same period a year earlier within January 1000 to December 9999, or is not a valid Period.`,
      { name: "period", value: period },
    );
  }
  const dense = denseSeries(series, options.fill);
  const current = windowSum(dense.start, dense.values, first, last, options.fill);
  const previous = windowSum(dense.start, dense.values, first - 12, last - 12, options.fill);
  return {
    period,
    current,
    previousPeriod,
    previous,
    change: current - previous,
    percentChange: percentChange(previous, current),
    reduced: current < previous,
  };
}

function windowSum(start: number, values: Float64Array, first: number, last: number, fill: number | undefined): number {
  const from = first - start;
  const to = last - start;
  if (from >= 0 && to < values.length) return neumaierSum(values, from, to + 1);
  const parts = new Float64Array(last - first + 1);
  for (let m = first; m <= last; m++) {
    const i = m - start;
    if (i >= 0 && i < values.length) parts[m - first] = values[i] as number;
    else if (fill !== undefined) parts[m - first] = fill;
    else {
      const key = monthKey(m);
      throw new RatesError(
        "MISSING_MONTH",
        `The series does not cover ${key}, needed for the comparison; extend it or pass { fill }.`,
        { month: key },
      );
    }
  }
  return neumaierSum(parts);
}
