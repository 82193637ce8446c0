import { formatNumber, withDisplay } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { figureText, perText, signed } from "./internal/display.js";
import { assertCountAndPopulation, finiteResult, readOptions } from "./internal/validate.js";
import { percentChange, type PercentChange } from "./percentChange.js";
import { rate, type RateOptions, type RateResult } from "./rate.js";

/** One period of a comparison of rates: a count of events and its population. */
export interface CountAndPopulation {
  /** Number of events, a non-negative integer. */
  readonly count: number;
  /** The denominator, a finite number greater than 0. */
  readonly population: number;
}

/** Options of {@link rateChange}: those of {@link rate}, applied to both periods. */
export type RateChangeOptions = RateOptions;

/** The changes of a {@link RateChangeResult}, current minus previous. */
export interface RateChange {
  /** current.count − previous.count. */
  readonly count: number;
  /** current.value − previous.value: the difference of the UNROUNDED rates, per `per`. */
  readonly value: number;
  /** The relative change of the rate in percent; null when the previous rate is 0. */
  readonly percent: PercentChange | null;
}

/** Result of {@link rateChange}. */
export interface RateChangeResult {
  /** The earlier period's rate, as {@link rate} gives it. */
  readonly previous: RateResult;
  /** The later period's rate, as {@link rate} gives it. */
  readonly current: RateResult;
  /** The changes from the previous period to the current one. */
  readonly change: RateChange;
  /** The rate base of both rates and of the rate change. */
  readonly per: number;
}

/**
 * Count change and rate change from a previous period to the current one
 * (docs/methods.md#rate-change). Each period's rate is {@link rate} with the same options; the
 * rate change is the difference of the unrounded rates, to be rounded once for display: Brent's
 * total offences 29,759 → 30,705 over 329,110 residents give +2.8744 → 2.87, where subtracting the
 * displayed rates (93.30 − 90.42) would wrongly give 2.88. In a REPL or notebook the result prints
 * as `90.42 → 93.30 per 1,000: +2.87 per 1,000 (+3.2%), count 29,759 → 30,705 (+946)`.
 *
 * @param previous - The earlier period's `{ count, population }`.
 * @param current - The later period's `{ count, population }`.
 * @param options - `per` (default 1000), `confidence` and `method`, as for {@link rate}.
 * @returns Both rates, and `change`: the count change, the rate change and the percent change of
 *   the rate (null when the previous rate is 0).
 * @throws {@link RatesError} `invalid-argument` when a period is not `{ count, population }`;
 *   `invalid-count` or `invalid-population` naming the bad period and value; `invalid-number` for a
 *   bad `per`, or when a rate or the change is too large to represent (a population such as
 *   5e-324 gives a rate beyond about 1.8e308); `invalid-confidence` or `invalid-option` for a bad
 *   option.
 * @example
 * ```ts
 * const c = rateChange({ count: 29759, population: 329110 }, { count: 30705, population: 329110 });
 * c.change.count;                      //=> 946
 * roundHalfUp(c.change.value, 2);      //=> 2.87
 * roundHalfUp(c.current.value, 2);     //=> 93.3
 * roundHalfUp(c.change.percent!, 1);   //=> 3.2
 * ```
 */
export function rateChange(previous: CountAndPopulation, current: CountAndPopulation, options: RateChangeOptions = {}): RateChangeResult {
  options = readOptions("rateChange", options) as RateChangeOptions;
  assertCountAndPopulation("previous", previous);
  assertCountAndPopulation("current", current);
  const p = periodRate("previous", previous, options);
  const c = periodRate("current", current, options);
  const value = finiteResult("rateChange", "the rate change", c.value - p.value, { previous: p.value, current: c.value });
  const result: RateChangeResult = {
    previous: p,
    current: c,
    change: { count: c.count - p.count, value, percent: percentChange(p.value, c.value) },
    per: p.per,
  };
  return withDisplay(result, changeText);
}

/** The rate of one period; a rate too large to represent is named by its period. */
function periodRate(name: "previous" | "current", value: CountAndPopulation, options: RateOptions): RateResult {
  try {
    return rate(value.count, value.population, options);
  } catch (error) {
    if (!(error instanceof RatesError) || !error.message.startsWith("rate: ")) throw error;
    throw new RatesError(error.code, `rateChange: the ${name} rate, ${error.message.slice("rate: ".length)}`, {
      ...error.details,
      period: name,
    });
  }
}

/** `"90.42 → 93.30 per 1,000: +2.87 per 1,000 (+3.2%), count 29,759 → 30,705 (+946)"`. */
function changeText(r: RateChangeResult): string {
  const percent = r.change.percent === null ? "" : ` (${signed(r.change.percent, 1)}%)`;
  const { previous, current, change, per } = r;
  return (
    `${formatNumber(previous.value, 2)} → ${figureText(current.value, per, 2)}: ${signed(change.value, 2)} ${perText(per)}${percent}, ` +
    `count ${formatNumber(previous.count, 0)} → ${formatNumber(current.count, 0)} (${signed(change.count, 0)})`
  );
}
