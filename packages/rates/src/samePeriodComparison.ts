import { describeValue, formatNumber, neumaierSum, withDisplay } from "@crimestats/internal";
import { samePeriodLastYear, type Period } from "@crimestats/periods";
import { RatesError } from "./RatesError.js";
import { assertFlow } from "./internal/assertFlow.js";
import { signed } from "./internal/display.js";
import { denseSeries, monthKey, toMonthIndex } from "./internal/series.js";
import { readOptions } from "./internal/validate.js";
import { percentChange, type PercentChange } from "./percentChange.js";
import type { MonthlySeries, SeriesOptions } from "./series.js";

/** The change of a {@link SamePeriodComparisonResult}, current minus previous. */
export interface TotalChange {
  /** current − previous. */
  readonly value: number;
  /** (current − previous) / previous × 100; null when previous is 0. */
  readonly percent: PercentChange | null;
}

/** Result of {@link samePeriodComparison}. */
export interface SamePeriodComparisonResult {
  /** Sum of the series over `previousPeriod`. */
  readonly previous: number;
  /** Sum of the series over `currentPeriod`. */
  readonly current: number;
  /** The change from the previous total to the current one. */
  readonly change: TotalChange;
  /** The same period a year earlier (shifted back 12 months). */
  readonly previousPeriod: Period;
  /** The period compared (the `period` argument). */
  readonly currentPeriod: Period;
  /** True when current < previous: the delivery-plan test "reduced compared to the same period last year". */
  readonly reduced: boolean;
}

/**
 * A period's total against the same period a year earlier (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date: "Burglaries are
 * reduced compared to the same period in the last 12 months"). Both periods must be covered by
 * the series; a missing month is an error unless `fill` is given. The result's `previous`,
 * `current`, `previousPeriod` and `currentPeriod` are named as the change rule of `@crimestats/rag`
 * reads them, so it can be spread into that rule's input. In a REPL or notebook it prints as
 * `108 in the 12 months to Dec 2018 against 120 in the 12 months to Dec 2017: -12 (-10.0%)`.
 *
 * @param series - `{ start, values }` or `{ month, count }` records.
 * @param period - The period to compare (any kind from `@crimestats/periods`).
 * @param options - `fill` for missing months.
 * @returns Both totals, `change` (the difference and the percent change), both periods (`previousPeriod`, `currentPeriod`) and
 *   whether the total fell.
 * @throws {@link RatesError} `missing-month` naming the first month not covered,
 *   `invalid-period` for a value that is not a valid Period (or one with no same period a year
 *   earlier), `invalid-month` or `invalid-number` for a bad month or value of the series,
 *   `stock-not-summable` for a stock series (snapshots are never summed, docs/methods.md#stock-and-flow).
 * @example
 * ```ts
 * const values = [...Array(12).fill(10), ...Array(12).fill(9)];
 * const c = samePeriodComparison({ start: "2017-01", values }, rollingYear("2018-12"));
 * c.previousPeriod.label; //=> "12 months to Dec 2017"
 * [c.previous, c.current, c.reduced]; //=> [120, 108, true]
 * c.change; //=> { value: -12, percent: -10 }
 * ```
 */
export function samePeriodComparison(series: MonthlySeries, period: Period, options: SeriesOptions = {}): SamePeriodComparisonResult {
  options = readOptions("samePeriodComparison", options) as SeriesOptions;
  assertFlow("samePeriodComparison", series, options);
  if (typeof period !== "object" || period === null) {
    throw new RatesError("invalid-period", `period must be a Period { kind, first, last, label }, got ${describeValue(period)}.`, {
      name: "period",
      value: period,
    });
  }
  const first = periodMonth("period.first", period.first);
  const last = periodMonth("period.last", period.last);
  if (last < first) {
    throw new RatesError("invalid-period", `period.last ${describeValue(period.last)} is before period.first ${describeValue(period.first)}.`, {
      name: "period",
      value: period,
    });
  }
  let previousPeriod: Period;
  try {
    previousPeriod = samePeriodLastYear(period);
  } catch {
    throw new RatesError(
      "invalid-period",
      `period ${describeValue(period.label)} has no same period a year earlier within January 1000 to December 9999, or is not a valid Period.`,
      { name: "period", value: period },
    );
  }
  const dense = denseSeries(series, options.fill);
  const current = windowSum(dense.start, dense.values, first, last, options.fill);
  const previous = windowSum(dense.start, dense.values, first - 12, last - 12, options.fill);
  const result: SamePeriodComparisonResult = {
    previous,
    current,
    change: { value: current - previous, percent: percentChange(previous, current) },
    previousPeriod,
    currentPeriod: period,
    reduced: current < previous,
  };
  return withDisplay(result, comparisonText);
}

/** A month of the period as a month index; a bad one makes the period invalid. */
function periodMonth(name: string, key: unknown): number {
  try {
    return toMonthIndex(name, key);
  } catch {
    throw new RatesError("invalid-period", `${name} must be a month key "YYYY-MM", got ${describeValue(key)}.`, {
      name,
      value: key,
    });
  }
}

/** `"108 in the 12 months to Dec 2018 against 120 in the 12 months to Dec 2017: -12 (-10.0%)"`. */
function comparisonText(c: SamePeriodComparisonResult): string {
  const total = (x: number) => formatNumber(x, Number.isInteger(x) ? 0 : 2);
  const percent = c.change.percent === null ? "" : ` (${signed(c.change.percent, 1)}%)`;
  const change = signed(c.change.value, Number.isInteger(c.change.value) ? 0 : 2);
  return `${total(c.current)} in ${periodName(c.currentPeriod)} against ${total(c.previous)} in ${periodName(c.previousPeriod)}: ${change}${percent}`;
}

/** A period's label after "in": "the 12 months to Dec 2018", "2018/19". */
function periodName(period: Period): string {
  return /^\d+ months to /.test(period.label) ? `the ${period.label}` : period.label;
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
      throw new RatesError("missing-month", `The series does not cover ${key}, needed for the comparison; extend it or pass { fill }.`, { month: key });
    }
  }
  return neumaierSum(parts);
}
