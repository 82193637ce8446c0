import { describeValue } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { exactLimits } from "./exactPoissonInterval.js";
import { EXACT_BELOW, smallCountTable } from "./internal/exactTable.js";
import { perRate, SMALLEST_NORMAL } from "./internal/perRate.js";
import { assertConfidence, assertPositive, readOptions } from "./internal/validate.js";
import { normalQuantile } from "./normalQuantile.js";
import { checkMethod, type RateMethod } from "./rate.js";
import type { NumericTypedArray } from "./rollingSums.js";

/** Options of {@link rates}. */
export interface RatesOptions {
  /** Rate base (default 1,000). */
  readonly per?: number;
  /** One confidence level (default 0.95), or `"none"` for values only. */
  readonly confidence?: number | "none";
  /** Interval method (default `"auto"`: exact below 10 events, Byar from 10). */
  readonly method?: RateMethod;
}

/** Result of {@link rates}: one entry per area in each array. */
export interface RatesResult {
  /** count / population × per. */
  readonly value: Float64Array;
  /** Lower limits; null when `confidence` is `"none"`. */
  readonly lower: Float64Array | null;
  /** Upper limits; null when `confidence` is `"none"`. */
  readonly upper: Float64Array | null;
  /** The rate base. */
  readonly per: number;
  /** The confidence level, or null. */
  readonly confidence: number | null;
  /** The method option applied (per area, `"auto"` means exact below 10 events, Byar from 10). */
  readonly method: RateMethod;
}

/**
 * Batch form of {@link rate} for many areas at once: typed arrays in, typed arrays out, no
 * allocation per row. Each element equals the corresponding `rate()` figure. Exact limits for
 * counts below 10 are computed once per confidence level and reused; Byar's limits are closed
 * form.
 *
 * @param counts - Events per area, non-negative integers.
 * @param populations - Denominator per area, each greater than 0 (same length as `counts`).
 * @param options - `per` (default 1000), `confidence` (one level, default 0.95, or `"none"`) and
 *   `method` (default `"auto"`).
 * @returns `{ value, lower, upper }` as `Float64Array`s with the options applied.
 * @throws {@link RatesError} `invalid-argument` when `counts` or `populations` is not a typed
 *   array, `length-mismatch` when their lengths differ, or `invalid-count` / `invalid-population` naming the
 *   index and value of the first bad element; `invalid-confidence`, `invalid-option` or
 *   `invalid-number` for bad options.
 * @example
 * ```ts
 * const r = rates(new Float64Array([14866, 2240, 5]), new Float64Array([248880, 248880, 1000]));
 * r.value;     //=> Float64Array [59.73159755705561, 9.00032144005143, 5]
 * r.lower?.[2]; //=> 1.623486390118422 (exact, 5 events)
 * ```
 */
export function rates(counts: NumericTypedArray, populations: NumericTypedArray, options: RatesOptions = {}): RatesResult {
  options = readOptions("rates", options) as RatesOptions;
  for (const [name, array] of [
    ["counts", counts],
    ["populations", populations],
  ] as const) {
    if (!ArrayBuffer.isView(array)) {
      throw new RatesError("invalid-argument", `rates: ${name} must be a typed array of numbers, got ${describeValue(array)}.`, { name, value: array });
    }
  }
  if (counts.length !== populations.length) {
    throw new RatesError(
      "length-mismatch",
      `counts and populations must be typed arrays of equal length, got lengths ${counts.length} and ${populations.length}.`,
      { counts: counts.length, populations: populations.length },
    );
  }
  const per = options.per ?? 1000;
  assertPositive("per", per);
  const method = checkMethod(options.method);
  const confidenceOption = options.confidence ?? 0.95;
  const n = counts.length;
  const value = new Float64Array(n);
  if (confidenceOption === "none") {
    for (let i = 0; i < n; i++) {
      const x = counts[i] as number;
      const p = populations[i] as number;
      if (!(x >= 0 && Math.floor(x) === x && x <= Number.MAX_SAFE_INTEGER)) badCount(i, x);
      if (!(p > 0 && p < Number.POSITIVE_INFINITY)) badPopulation(i, p);
      value[i] = fastRate(x, p, per);
      if (value[i] === Number.POSITIVE_INFINITY) notFinite(i, x, p, per);
    }
    return { value, lower: null, upper: null, per, confidence: null, method };
  }
  const confidence = confidenceOption;
  assertConfidence("confidence", confidence);
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const table = method === "byar" ? null : smallCountTable(confidence);
  const smallLower = table?.lower;
  const smallUpper = table?.upper;
  const exactAlways = method === "exact";
  for (let i = 0; i < n; i++) {
    const x = counts[i] as number;
    const p = populations[i] as number;
    if (!(x >= 0 && Math.floor(x) === x && x <= Number.MAX_SAFE_INTEGER)) badCount(i, x);
    if (!(p > 0 && p < Number.POSITIVE_INFINITY)) badPopulation(i, p);
    const v = fastRate(x, p, per);
    if (v === Number.POSITIVE_INFINITY) notFinite(i, x, p, per);
    value[i] = v;
    let lo: number;
    let hi: number;
    if (smallLower !== undefined && smallUpper !== undefined && x < EXACT_BELOW) {
      lo = smallLower[x] as number;
      hi = smallUpper[x] as number;
    } else if (exactAlways) {
      const limits = exactLimits(x, confidence);
      lo = limits.lower;
      hi = limits.upper;
    } else {
      // Byar, closed form: the same expressions as byarLower/byarUpper, so results are identical.
      if (x > 0) {
        const t = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
        lo = t > 0 ? x * t * t * t : 0;
      } else {
        lo = 0;
      }
      const y = x + 1;
      const u = 1 - 1 / (9 * y) + z / (3 * Math.sqrt(y));
      hi = y * u * u * u;
    }
    lower[i] = fastRate(lo, p, per);
    const up = fastRate(hi, p, per);
    if (up === Number.POSITIVE_INFINITY) notFinite(i, x, p, per);
    upper[i] = up;
  }
  return { value, lower, upper, per, confidence, method };
}

/** {@link perRate} with its common case inline: a normal, finite quotient needs no other order. */
function fastRate(x: number, population: number, per: number): number {
  const ratio = x / population;
  const value = ratio * per;
  return (ratio >= SMALLEST_NORMAL && value >= SMALLEST_NORMAL && value <= Number.MAX_VALUE) || x === 0 ? value : perRate(x, population, per);
}

function badCount(index: number, value: number): never {
  throw new RatesError(
    "invalid-count",
    `counts[${index}] must be a non-negative integer count no larger than ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), got ${describeValue(value)}.`,
    {
      index,
      value,
    },
  );
}

function badPopulation(index: number, value: number): never {
  throw new RatesError("invalid-population", `populations[${index}] must be a finite number greater than 0, got ${describeValue(value)}.`, { index, value });
}

function notFinite(index: number, count: number, population: number, per: number): never {
  throw new RatesError(
    "invalid-number",
    `rates: element ${index}, ${describeValue(count)} / ${describeValue(population)} × ${describeValue(per)}, is not a finite number.`,
    { index, count, population, per },
  );
}
