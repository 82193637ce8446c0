import { describeValue, formatNumber, neumaierSum, withDisplay } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { byarLower, byarUpper } from "./byarInterval.js";
import { figureText, intervalsText, perText } from "./internal/display.js";
import { perRate } from "./internal/perRate.js";
import { assertPositive, confidenceList, finiteResult, readOptions } from "./internal/validate.js";
import { normalQuantile } from "./normalQuantile.js";
import type { ConfidenceInterval, ConfidenceLevels } from "./rate.js";

/** Options of {@link directlyStandardisedRate}. */
export interface DirectlyStandardisedRateOptions {
  /** Rate base (default 100,000). */
  readonly per?: number;
  /** Confidence level(s) (default 0.95), or `"none"`. */
  readonly confidence?: ConfidenceLevels;
}

/** Result of {@link directlyStandardisedRate}. */
export interface DirectlyStandardisedRateResult {
  /** The standardised rate per `per`; null when fewer than 10 events (no figure is published). */
  readonly value: number | null;
  /** Lower limit at the first level; null below 10 events or when no interval was requested. */
  readonly lower: number | null;
  /** Upper limit at the first level; null below 10 events or when no interval was requested. */
  readonly upper: number | null;
  /** Total events O = Σ counts. */
  readonly count: number;
  /** Total population Σ populations. */
  readonly population: number;
  /** The rate base. */
  readonly per: number;
  /** Always `"dobson"`. */
  readonly method: "dobson";
  /** The first requested confidence level, or null. */
  readonly confidence: number | null;
  /** False below 10 events, when value and limits are null. */
  readonly reliable: boolean;
  /** One interval per requested level (empty below 10 events). */
  readonly intervals: readonly ConfidenceInterval[];
}

/**
 * Directly standardised rate with Dobson's confidence interval (Dobson et al. 1991, Statistics
 * in Medicine 10: 457–462; PHE Fingertips `phe_dsr`). With counts xᵢ, populations nᵢ and
 * standard-population weights wᵢ per age band:
 *
 * DSR = Σ(wᵢxᵢ/nᵢ) / Σwᵢ × per; var = Σ xᵢ(wᵢ/nᵢ)² / (Σwᵢ)²;
 * limits = DSR + √(var / O) · (O_L,U − O) × per, with O = Σxᵢ and O_L, O_U Byar's limits on O.
 *
 * Following PHE, no figure is given below 10 events: value and limits are null. In a REPL or
 * notebook the result prints as `10.00 per 1,000 (95% CI 6.77–14.29, Dobson)`.
 *
 * @param counts - Events per band, non-negative integers.
 * @param populations - Population per band, each greater than 0 (same length).
 * @param standardPopulation - Standard-population weight per band (such as the 2013 European
 *   Standard Population), each ≥ 0 with a positive total (same length).
 * @param options - `per` (default 100,000) and `confidence` (default 0.95).
 * @returns The standardised rate and interval(s), with the totals.
 * @throws {@link RatesError} `invalid-argument` when an argument is not an array,
 *   `length-mismatch` when the arrays differ in length, `empty-input` when they are empty,
 *   `invalid-count`, `invalid-population` or `invalid-number` naming the band.
 * @example
 * ```ts
 * const r = directlyStandardisedRate([10, 20], [1000, 2000], [1, 1], { per: 1000 });
 * r.value; //=> 10
 * directlyStandardisedRate([3, 4], [1000, 2000], [1, 1]).value; //=> null (7 events)
 * ```
 */
export function directlyStandardisedRate(
  counts: ArrayLike<number>,
  populations: ArrayLike<number>,
  standardPopulation: ArrayLike<number>,
  options: DirectlyStandardisedRateOptions = {},
): DirectlyStandardisedRateResult {
  options = readOptions("directlyStandardisedRate", options) as DirectlyStandardisedRateOptions;
  for (const [name, array] of [
    ["counts", counts],
    ["populations", populations],
    ["standardPopulation", standardPopulation],
  ] as const) {
    if (typeof array !== "object" || array === null || typeof array.length !== "number") {
      throw new RatesError("invalid-argument", `directlyStandardisedRate: ${name} must be an array of numbers, got ${describeValue(array)}.`, {
        name,
        value: array,
      });
    }
  }
  const bands = counts.length;
  if (populations.length !== bands || standardPopulation.length !== bands) {
    throw new RatesError(
      "length-mismatch",
      `counts, populations and standardPopulation must be of equal length, got ${bands}, ${populations.length} and ${standardPopulation.length}.`,
      { counts: bands, populations: populations.length, standardPopulation: standardPopulation.length },
    );
  }
  if (bands === 0) {
    throw new RatesError("empty-input", "directlyStandardisedRate needs at least one age band; the arrays are empty.", { name: "counts" });
  }
  const per = options.per ?? 100000;
  assertPositive("per", per);
  const levels = confidenceList(options.confidence);
  const rates = new Float64Array(bands);
  let observed = 0;
  let largestWeight = 0;
  for (let i = 0; i < bands; i++) {
    const x = counts[i];
    const n = populations[i];
    const w = standardPopulation[i];
    if (typeof x !== "number" || !Number.isSafeInteger(x) || x < 0) {
      throw new RatesError("invalid-count", `counts[${i}] must be a non-negative integer no larger than ${Number.MAX_SAFE_INTEGER}, got ${describeValue(x)}.`, {
        index: i,
        value: x,
      });
    }
    if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) {
      throw new RatesError("invalid-population", `populations[${i}] must be a finite number greater than 0, got ${describeValue(n)}.`, {
        index: i,
        value: n,
      });
    }
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RatesError("invalid-number", `standardPopulation[${i}] must be a finite number of 0 or more, got ${describeValue(w)}.`, {
        index: i,
        value: w,
      });
    }
    observed += x;
    rates[i] = perRate(x, n, per);
    if (w > largestWeight) largestWeight = w;
  }
  if (!(largestWeight > 0)) {
    throw new RatesError("invalid-number", "standardPopulation must have a positive total, got 0.", { value: 0 });
  }
  // Every element has been checked above. The weights are divided by the largest first, so that
  // their total cannot overflow; the standardised rate is Σ wᵢ·rᵢ / Σw with rᵢ = xᵢ / nᵢ × per.
  const scaled = Float64Array.from({ length: bands }, (_, i) => (standardPopulation[i] as number) / largestWeight);
  const totalWeight = neumaierSum(scaled);
  const population = finiteResult("directlyStandardisedRate", "the total population", neumaierSum(populations), {
    name: "populations",
  });
  const base = { count: observed, population, per, method: "dobson" as const };
  if (observed < 10) {
    const unpublished = { value: null, lower: null, upper: null, ...base, confidence: levels[0] ?? null, reliable: false, intervals: [] };
    return withDisplay(unpublished, dsrText);
  }
  // cᵢ = wᵢ·rᵢ / Σw is band i's share of the rate; var = Σ cᵢ² / xᵢ on the rate scale (per²),
  // summed relative to the largest cᵢ so that the squares cannot overflow.
  const contributions = Float64Array.from(rates, (r, i) => (scaled[i] === 0 ? 0 : ((scaled[i] as number) / totalWeight) * r));
  for (const c of contributions) {
    if (!Number.isFinite(c)) finiteResult("directlyStandardisedRate", "a band's rate", c, { per });
  }
  const dsr = finiteResult("directlyStandardisedRate", "the standardised rate", neumaierSum(contributions), { per });
  let largest = 0;
  for (const c of contributions) if (c > largest) largest = c;
  const relative = Float64Array.from(contributions, (c, i) => {
    const x = counts[i] as number;
    return x === 0 || largest === 0 ? 0 : ((c / largest) * (c / largest)) / x;
  });
  const scale = (largest * Math.sqrt(neumaierSum(relative))) / Math.sqrt(observed);
  const intervals = levels.map((confidence): ConfidenceInterval => {
    const z = normalQuantile(1 - (1 - confidence) / 2);
    const limit = (count: number) => finiteResult("directlyStandardisedRate", "a confidence limit", dsr + scale * (count - observed), { per, confidence });
    return { confidence, lower: limit(byarLower(observed, z)), upper: limit(byarUpper(observed, z)) };
  });
  const first = intervals[0];
  const result: DirectlyStandardisedRateResult = {
    value: dsr,
    lower: first === undefined ? null : first.lower,
    upper: first === undefined ? null : first.upper,
    ...base,
    confidence: first === undefined ? null : first.confidence,
    reliable: true,
    intervals,
  };
  return withDisplay(result, dsrText);
}

/** `"10.00 per 1,000 (95% CI 6.77–14.29, Dobson)"`, or why no figure is given. */
function dsrText(r: DirectlyStandardisedRateResult): string {
  if (r.value === null) {
    return `no standardised rate ${perText(r.per)}: ${formatNumber(r.count, 0)} events, fewer than 10`;
  }
  return `${figureText(r.value, r.per, 2)}${intervalsText(r.intervals, r.method, 2)}`;
}
