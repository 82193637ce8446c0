import { describeValue, withDisplay } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { byarLower, byarUpper } from "./byarInterval.js";
import { exactLimits } from "./exactPoissonInterval.js";
import { figureText, intervalsText } from "./internal/display.js";
import { EXACT_BELOW, smallCountTable } from "./internal/exactTable.js";
import { perRate } from "./internal/perRate.js";
import { assertCount, assertPopulation, assertPositive, confidenceList, readOptions } from "./internal/validate.js";
import { normalQuantile } from "./normalQuantile.js";

/**
 * Interval method: `"auto"` (exact below 10 events, Byar from 10, as PHE Fingertips does),
 * `"exact"` (always exact Poisson) or `"byar"` (always Byar).
 */
export type RateMethod = "auto" | "exact" | "byar";

/**
 * Confidence levels requested of a computed figure (a rate, a proportion, a standardised rate),
 * each a fraction strictly between 0 and 1: one level (such as `0.95`), several (such as
 * `[0.95, 0.998]`), or `"none"` for no interval.
 */
export type ConfidenceLevels = number | readonly number[] | "none";

/** Options of {@link rate}. */
export interface RateOptions {
  /** Rate base: events per this many people (default 1,000). */
  readonly per?: number;
  /** Confidence level(s) of the interval (default 0.95), or `"none"`. */
  readonly confidence?: ConfidenceLevels;
  /** Interval method (default `"auto"`). */
  readonly method?: RateMethod;
}

/**
 * One confidence interval of a computed figure (a rate, a proportion, a standardised rate), on
 * the figure's scale.
 */
export interface ConfidenceInterval {
  /** The confidence level as a fraction, such as 0.95. */
  readonly confidence: number;
  /** Lower limit, on the scale of the figure's value. */
  readonly lower: number;
  /** Upper limit, on the scale of the figure's value. */
  readonly upper: number;
}

/** Result of {@link rate}: the figure with its inputs and method. */
export interface RateResult {
  /** count / population × per, unrounded. */
  readonly value: number;
  /** Lower limit at the first requested confidence level, or null when none was requested. */
  readonly lower: number | null;
  /** Upper limit at the first requested confidence level, or null when none was requested. */
  readonly upper: number | null;
  /** The count of events. */
  readonly count: number;
  /** The denominator (resident population unless stated otherwise). */
  readonly population: number;
  /** The rate base (1,000 for "per 1,000 residents"). */
  readonly per: number;
  /** The interval method actually used, or `"none"` when no interval was requested. */
  readonly method: "exact" | "byar" | "none";
  /** The first requested confidence level, or null when none was requested. */
  readonly confidence: number | null;
  /** False below 10 events: the rate is too unstable to compare (PHE convention). */
  readonly reliable: boolean;
  /** One interval per requested confidence level, in the order requested. */
  readonly intervals: readonly ConfidenceInterval[];
}

/** Checks a method option. */
export function checkMethod(method: unknown): RateMethod {
  if (method === undefined) return "auto";
  if (method === "auto" || method === "exact" || method === "byar") return method;
  throw new RatesError("invalid-option", `method must be "auto", "exact" or "byar", got ${describeValue(method)}.`, {
    name: "method",
    value: method,
  });
}

/**
 * A crude rate per `per` people with confidence intervals: value = count / population × per
 * (docs/methods.md#rate-per-1000-residents). The interval is the exact Poisson (chi-squared, Garwood) interval below 10
 * events and Byar's approximation from 10, as in PHE Fingertips `phe_rate`, unless `method`
 * forces one. Counts above the population are allowed (rates of repeat events).
 *
 * @param count - Number of events, a non-negative integer.
 * @param population - The denominator, a finite number greater than 0.
 * @param options - `per` (default 1000), `confidence` (default 0.95; a level, a list of levels,
 *   or `"none"`), `method` (default `"auto"`).
 * @returns The rate with its interval(s), inputs, method and a `reliable` flag (false below 10
 *   events).
 * @throws {@link RatesError} `invalid-count`, `invalid-population`, `invalid-number` (per),
 *   `invalid-confidence` or `invalid-option` naming the bad value.
 * @example
 * ```ts
 * const r = rate(14866, 248880);
 * r.value;  //=> 59.73159755705561
 * roundHalfUp(r.value, 2); //=> 59.73
 * r.method; //=> "byar"
 * rate(20, 100, { per: 100, confidence: [0.95, 0.998] }).intervals;
 * //=> [{ confidence: 0.95, lower: 12.2114288348759..., upper: 30.8898803691970... },
 * //    { confidence: 0.998, lower: 8.92280236514419..., upper: 38.0850356250419... }]
 * rate(3, 1000, { confidence: "none" }).lower; //=> null
 * ```
 */
export function rate(count: number, population: number, options: RateOptions = {}): RateResult {
  options = readOptions("rate", options) as RateOptions;
  assertCount("count", count);
  assertPopulation("population", population);
  const per = options.per ?? 1000;
  assertPositive("per", per);
  const method = checkMethod(options.method);
  const levels = confidenceList(options.confidence);
  const value = perRate(count, population, per);
  if (!Number.isFinite(value)) {
    throw new RatesError("invalid-number", `rate: ${describeValue(count)} / ${describeValue(population)} × ${describeValue(per)} is not a finite number.`, {
      count,
      population,
      per,
    });
  }
  const used: "exact" | "byar" | "none" = levels.length === 0 ? "none" : method === "auto" ? (count < EXACT_BELOW ? "exact" : "byar") : method;
  const intervals: ConfidenceInterval[] = [];
  for (const confidence of levels) {
    let lower: number;
    let upper: number;
    if (used === "exact") {
      if (count < EXACT_BELOW) {
        const table = smallCountTable(confidence);
        lower = table.lower[count] as number;
        upper = table.upper[count] as number;
      } else {
        ({ lower, upper } = exactLimits(count, confidence));
      }
    } else {
      const z = normalQuantile(1 - (1 - confidence) / 2);
      lower = byarLower(count, z);
      upper = byarUpper(count, z);
    }
    const interval = { confidence, lower: perRate(lower, population, per), upper: perRate(upper, population, per) };
    if (!Number.isFinite(interval.upper)) {
      throw new RatesError(
        "invalid-number",
        `rate: the upper limit for ${describeValue(count)} / ${describeValue(population)} × ${describeValue(per)} is not a finite number.`,
        { count, population, per },
      );
    }
    intervals.push(interval);
  }
  const first = intervals[0];
  const result: RateResult = {
    value,
    lower: first === undefined ? null : first.lower,
    upper: first === undefined ? null : first.upper,
    count,
    population,
    per,
    method: used,
    confidence: first === undefined ? null : first.confidence,
    reliable: count >= EXACT_BELOW,
    intervals,
  };
  return withDisplay(result, rateText);
}

/** `"9.00 per 1,000 (95% CI 8.42–9.61, Byar)"`: how a rate prints in a REPL or notebook. */
function rateText(r: RateResult): string {
  return `${figureText(r.value, r.per, 2)}${intervalsText(r.intervals, r.method, 2)}`;
}
