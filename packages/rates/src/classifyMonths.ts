import { describeValue, neumaierSum } from "@crimestats/internal";
import { monthName } from "@crimestats/periods";
import { RatesError } from "./RatesError.js";
import { denseSeries } from "./internal/series.js";
import { readOptions } from "./internal/validate.js";
import { roundHalfUp } from "./roundHalfUp.js";
import type { MonthlySeries, SeriesOptions } from "./series.js";

/** A calendar month's verdict against the mean. */
export type MonthClass = "above" | "below" | "mixed";

/** Options of {@link classifyMonths}. */
export interface ClassifyMonthsOptions extends SeriesOptions {
  /**
   * `"each-year"` (default): a month is above when its value exceeds the mean in every year and
   * below when it is under the mean in every year ("over both years"). `"sum"`: the month's total
   * over the years is compared with (number of years) × mean, the alternative reading.
   */
  readonly rule?: "each-year" | "sum";
  /**
   * Round the mean half-up to this many decimals before comparing, as when the printed mean
   * (27) is used; by default the unrounded mean (27.21) is used.
   */
  readonly meanDecimals?: number;
}

/** One calendar month in a {@link ClassifyMonthsResult}. */
export interface MonthClassification {
  /** Calendar month number, 1 (January) to 12 (December). */
  readonly month: number;
  /** The month's English name ("June"), as `monthName` of `@crimestats/periods` writes it. */
  readonly name: string;
  /** The month's value in each year of the span, in time order. */
  readonly values: readonly number[];
  /** above, below or mixed. */
  readonly classification: MonthClass;
}

/** Result of {@link classifyMonths}. */
export interface ClassifyMonthsResult {
  /** The mean compared against (rounded when `meanDecimals` is given). */
  readonly mean: number;
  /** The unrounded monthly mean over the whole span. */
  readonly unroundedMean: number;
  /** The rule applied. */
  readonly rule: "each-year" | "sum";
  /** The twelve calendar months, January first. */
  readonly months: readonly MonthClassification[];
  /** Names of the months above the mean, in calendar order. */
  readonly above: readonly string[];
  /** Names of the months below the mean, in calendar order. */
  readonly below: readonly string[];
  /** Names of the months neither above nor below in every year, in calendar order. */
  readonly mixed: readonly string[];
}

/**
 * Classifies each calendar month against the monthly mean over the whole span (docs/methods.md#monthly-average-and-month-classification),
 * the rule behind "above-average levels of hate crime in June, July and October".
 *
 * Rule (default `"each-year"`): take the mean of all months in the span (normally 24 months, two
 * calendar years). A calendar month is `above` when its value is greater than the mean in every
 * year of the span, `below` when it is less than the mean in every year, and `mixed` otherwise
 * (including a value equal to the mean). With `rule: "sum"` the month's total over the years is
 * compared with (years × mean) instead. The span must contain every calendar month (12 or more
 * consecutive months); a month missing inside it is an error unless `fill` is given.
 *
 * @param series - `{ start, values }` or `{ month, count }` records, at least 12 months.
 * @param options - `rule`, `meanDecimals` and `fill`.
 * @returns The mean used and each month's values and classification, with the month names
 *   grouped by class.
 * @throws {@link RatesError} `insufficient-data` for fewer than 12 months; `invalid-option` for a
 *   bad rule or meanDecimals; `missing-month`, `invalid-month`, `duplicate-month` or
 *   `invalid-number` naming the month.
 * @example
 * ```ts
 * const y2017 = [5, 5, 5, 5, 5, 9, 9, 5, 5, 9, 5, 5];
 * const y2018 = [5, 5, 9, 5, 5, 9, 9, 5, 5, 9, 5, 5];
 * const c = classifyMonths({ start: "2017-01", values: [...y2017, ...y2018] });
 * c.mean;  //=> 6.166666666666667
 * c.above; //=> ["June", "July", "October"]
 * c.mixed; //=> ["March"]
 * ```
 */
export function classifyMonths(series: MonthlySeries, options: ClassifyMonthsOptions = {}): ClassifyMonthsResult {
  options = readOptions("classifyMonths", options) as ClassifyMonthsOptions;
  const rule = options.rule ?? "each-year";
  if (rule !== "each-year" && rule !== "sum") {
    throw new RatesError("invalid-option", `rule must be "each-year" or "sum", got ${describeValue(rule)}.`, {
      name: "rule",
      value: rule,
    });
  }
  const decimals = options.meanDecimals;
  if (decimals !== undefined && (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 20)) {
    throw new RatesError("invalid-option", `meanDecimals must be an integer from 0 to 20, got ${describeValue(decimals)}.`, {
      name: "meanDecimals",
      value: decimals,
    });
  }
  const dense = denseSeries(series, options.fill);
  if (dense.values.length < 12) {
    throw new RatesError(
      "insufficient-data",
      `classifyMonths needs at least 12 consecutive months so that every calendar month appears, got ${dense.values.length}.`,
      { months: dense.values.length },
    );
  }
  // The monthlyMean of the span, from the series already read.
  const unroundedMean = neumaierSum(dense.values) / dense.values.length;
  const mean = decimals === undefined ? unroundedMean : roundHalfUp(unroundedMean, decimals);
  const byMonth: number[][] = Array.from({ length: 12 }, () => []);
  for (let i = 0; i < dense.values.length; i++) {
    (byMonth[(dense.start + i) % 12] as number[]).push(dense.values[i] as number);
  }
  const months = byMonth.map((values, m): MonthClassification => {
    let classification: MonthClass;
    if (rule === "each-year") {
      classification = values.every((v) => v > mean) ? "above" : values.every((v) => v < mean) ? "below" : "mixed";
    } else {
      const total = neumaierSum(values);
      const expected = values.length * mean;
      classification = total > expected ? "above" : total < expected ? "below" : "mixed";
    }
    return { month: m + 1, name: monthName(m + 1), values, classification };
  });
  const names = (c: MonthClass) => months.filter((m) => m.classification === c).map((m) => m.name);
  return { mean, unroundedMean, rule, months, above: names("above"), below: names("below"), mixed: names("mixed") };
}
