import { perRate } from "./internal/perRate.js";
import { assertCountAndPopulation, assertPositive, finiteResult, readOptions } from "./internal/validate.js";

/** One side of a {@link rateChange} comparison: a count of events and its population. */
export interface CountAndPopulation {
  /** Number of events, a non-negative integer. */
  readonly count: number;
  /** The denominator, a finite number greater than 0. */
  readonly population: number;
}

/** Options of {@link rateChange}. */
export interface RateChangeOptions {
  /** Rate base (default 1,000). */
  readonly per?: number;
}

/** One side of a {@link RateChangeResult}. */
export interface RateChangeSide {
  /** Number of events. */
  readonly count: number;
  /** The denominator. */
  readonly population: number;
  /** count / population × per, unrounded. */
  readonly rate: number;
}

/** Result of {@link rateChange}. */
export interface RateChangeResult {
  /** The earlier period. */
  readonly before: RateChangeSide;
  /** The later period. */
  readonly after: RateChangeSide;
  /** after.count − before.count. */
  readonly countChange: number;
  /** after.rate − before.rate, the difference of the UNROUNDED rates. */
  readonly rateChange: number;
  /** The rate base. */
  readonly per: number;
}

/**
 * Count change and rate change between two periods (docs/methods.md#rate-change). The rate change is the
 * difference of the unrounded rates, to be rounded once for display: Brent's total offences
 * 29,759 → 30,705 over 329,110 residents give +2.8744 → 2.87, where subtracting the displayed
 * rates (93.30 − 90.42) would wrongly give 2.88.
 *
 * @param before - The earlier period's `{ count, population }`.
 * @param after - The later period's `{ count, population }`.
 * @param options - `per`: the rate base (default 1000).
 * @returns Both sides with their rates, the count change and the rate change.
 * @throws {@link RatesError} `INVALID_COUNT` or `INVALID_POPULATION` naming the bad side and
 *   value; `INVALID_NUMBER` for a bad `per`, or when a rate or the change is too large to
 *   represent (a population such as 5e-324 gives a rate beyond about 1.8e308).
 * @example
 * ```ts
 * const c = rateChange({ count: 29759, population: 329110 }, { count: 30705, population: 329110 });
 * c.countChange;                 //=> 946
 * roundHalfUp(c.rateChange, 2);  //=> 2.87
 * roundHalfUp(c.after.rate, 2);  //=> 93.3
 * ```
 */
export function rateChange(
  before: CountAndPopulation,
  after: CountAndPopulation,
  options: RateChangeOptions = {},
): RateChangeResult {
  options = readOptions("rateChange", options) as RateChangeOptions;
  const per = options.per ?? 1000;
  assertPositive("per", per);
  const b = side("before", before, per);
  const a = side("after", after, per);
  const change = finiteResult("rateChange", "the rate change", a.rate - b.rate, { before: b.rate, after: a.rate });
  return { before: b, after: a, countChange: a.count - b.count, rateChange: change, per };
}

function side(name: string, value: CountAndPopulation, per: number): RateChangeSide {
  assertCountAndPopulation(name, value);
  const rate = finiteResult("rateChange", `the ${name} rate ${value.count} / ${value.population} × ${per}`, perRate(value.count, value.population, per), {
    name,
    count: value.count,
    population: value.population,
    per,
  });
  return { count: value.count, population: value.population, rate };
}
