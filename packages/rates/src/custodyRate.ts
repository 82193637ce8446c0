import type { YouthRateOptions } from "./firstTimeEntrantRate.js";
import { rate, type RateResult } from "./rate.js";
import { readOptions } from "./internal/validate.js";

/**
 * Custodial sentences given to young people in a rolling 12 months per 1,000 of the 10–17
 * population (docs/methods.md#youth-justice-measures; YJB convention; printed to 2 dp).
 *
 * @param custodialSentences - Custodial sentences in the 12 months, a non-negative integer.
 * @param population10to17 - Resident population aged 10–17.
 * @param options - `confidence` and `method`, as for {@link rate}.
 * @returns A {@link RateResult} with `per` = 1,000 (`reliable` is false below 10 sentences).
 * @throws {@link RatesError} `invalid-count`, `invalid-population`, `invalid-confidence` or
 *   `invalid-option` naming the bad value.
 * @example
 * ```ts
 * const r = custodyRate(7, 22500);
 * roundHalfUp(r.value, 2); //=> 0.31
 * [r.method, r.reliable];  //=> ["exact", false]
 * ```
 */
export function custodyRate(custodialSentences: number, population10to17: number, options: YouthRateOptions = {}): RateResult {
  options = readOptions("custodyRate", options) as YouthRateOptions;
  return rate(custodialSentences, population10to17, { ...options, per: 1000 });
}
