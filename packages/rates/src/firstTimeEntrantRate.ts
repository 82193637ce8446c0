import { type ConfidenceLevels, rate, type RateMethod, type RateResult } from "./rate.js";
import { readOptions } from "./internal/validate.js";

/** Options of {@link firstTimeEntrantRate} and {@link custodyRate}. */
export interface YouthRateOptions {
  /** Confidence level(s) (default 0.95), or `"none"`. */
  readonly confidence?: ConfidenceLevels;
  /** Interval method (default `"auto"`: exact below 10 events, Byar from 10). */
  readonly method?: RateMethod;
}

/**
 * First-time entrants (FTE) to the youth justice system per 100,000 of the 10–17 population
 * (docs/methods.md#youth-justice-measures; the YJB convention; the reports print it as an integer). The count is
 * first-time entrants in a rolling 12 months ending at a quarter end; compare it with the same
 * 12 months a year earlier, and never mix local and national FTE definitions.
 *
 * @param count - First-time entrants in the period, a non-negative integer.
 * @param population10to17 - Resident population aged 10–17.
 * @param options - `confidence` and `method`, as for {@link rate}.
 * @returns A {@link RateResult} with `per` = 100,000.
 * @throws {@link RatesError} `invalid-count`, `invalid-population`, `invalid-confidence` or
 *   `invalid-option` naming the bad value.
 * @example
 * ```ts
 * const r = firstTimeEntrantRate(41, 22500);
 * r.value;                 //=> 182.22222222222223
 * roundHalfUp(r.value, 0); //=> 182
 * r.per;                   //=> 100000
 * ```
 */
export function firstTimeEntrantRate(count: number, population10to17: number, options: YouthRateOptions = {}): RateResult {
  options = readOptions("firstTimeEntrantRate", options) as YouthRateOptions;
  return rate(count, population10to17, { ...options, per: 100000 });
}
