import { assertBenchmarkRate, expectedCount, levelLimits, readDistribution, readLevels, readOverdispersion } from "./internal/funnel.js";
import { assertObject, assertPositive } from "./internal/validate.js";

/** Options of {@link funnelLimits}. */
export interface FunnelLimitsOptions {
  /** The rate base of `benchmarkRate` (default 1,000: per 1,000 residents). */
  readonly per?: number | undefined;
  /** Confidence levels of the limits as fractions (default `[0.95, 0.998]`). */
  readonly levels?: readonly number[] | undefined;
  /**
   * Over-dispersion factor φ ≥ 1 (default 1, none). Each limit's distance from the benchmark is
   * multiplied by √φ (Spiegelhalter 2005, multiplicative over-dispersion); a lower limit is not
   * taken below 0.
   */
  readonly overdispersion?: number | undefined;
  /**
   * `poisson` (default): counts of events in a population (rates). `binomial`: people with an
   * attribute out of a denominator (proportions; `benchmarkRate / per` must be at most 1), with
   * the Wilson-score limits of Fingertips "SpcForProportions".
   */
  readonly distribution?: FunnelDistribution | undefined;
}

/** The sampling model of a funnel: `poisson` for rates, `binomial` for proportions. */
export type FunnelDistribution = "poisson" | "binomial";

/** One pair of control limits of a {@link FunnelLimitsResult}. */
export interface FunnelLimit {
  /** The confidence level as a fraction. */
  readonly confidence: number;
  /** The lower control limit, on the rate scale (per `per`). */
  readonly lower: number;
  /** The upper control limit, on the rate scale (per `per`). */
  readonly upper: number;
  /** The lower control limit on the count scale (events). */
  readonly lowerCount: number;
  /** The upper control limit on the count scale (events). */
  readonly upperCount: number;
}

/** The result of {@link funnelLimits}. */
export interface FunnelLimitsResult {
  /** The benchmark rate the funnel is centred on. */
  readonly benchmark: number;
  /** The population the limits are for. */
  readonly population: number;
  /** The rate base. */
  readonly per: number;
  /** The expected count E = benchmark × population / per. */
  readonly expected: number;
  /** The over-dispersion factor used (1 = none). */
  readonly overdispersion: number;
  /** The limits, one pair per level, in the order of `levels`. */
  readonly limits: readonly FunnelLimit[];
  /** `"exact-poisson"` (rates) or `"wilson-binomial"` (proportions). */
  readonly method: "exact-poisson" | "wilson-binomial";
}

/**
 * Funnel-plot control limits for a rate: the range of rates an area of a given population would
 * show by chance alone if its true rate were the benchmark rate.
 *
 * Method: with expected count E = benchmark × population / per, the limits on the count scale
 * are the exact Poisson (Garwood) formula evaluated at E — lower = χ²(α/2; 2E)/2, upper =
 * χ²(1 − α/2; 2E + 2)/2, with lower = 0 when E = 0 — at 95% (α = 0.05, "2 sigma") and 99.8%
 * (α = 0.002, "3 sigma"), as in the PHE/APHO funnel-plot tools (Flowers 2008, APHO Technical
 * Briefing 2; Spiegelhalter 2005, "Funnel plots for comparing institutional performance").
 * Chi-squared quantiles come from `chiSquaredQuantile` of `@crimestats/rates`. Dividing by the
 * population and multiplying by `per` gives the rate limits. With over-dispersion φ, each limit's
 * distance from the benchmark is scaled by √φ.
 *
 * For proportions (`distribution: "binomial"`, population = the denominator N, benchmark P0 =
 * benchmarkRate / per) the limits are Fingertips "SpcForProportions": with E = N·P0 and
 * z = Φ⁻¹(1 − α/2) (`normalQuantile` of `@crimestats/rates`), (2E + z² ∓ z√(z² + 4E(1 − E/N))) /
 * (2(N + z²)) — the Wilson score interval evaluated at the expected count (PHE Fingertips technical guidance).
 *
 * @param benchmarkRate - The benchmark rate (≥ 0) per `per`, e.g. a force area's rate of 45.00 per 1,000.
 * @param population - The population of the area (> 0).
 * @param options - `per` (default 1,000), `levels` (default 95% and 99.8%), `overdispersion` and
 *   `distribution` (default `poisson`).
 * @returns The expected count and, per level, the lower and upper limits on the rate and count scales.
 * @throws {@link BenchmarkError} `invalid-number` when the rate is negative or not finite or the
 *   population or per is not positive, or a binomial benchmark is above `per`, or when the
 *   expected count is beyond about 9e307 or a limit on the rate scale beyond about 1.8e308 (a
 *   population such as 1e-310); `invalid-option`
 *   for bad levels, over-dispersion or distribution.
 * @example
 * ```ts
 * const funnel = funnelLimits(10, 1000, { per: 1000, levels: [0.95] }); // expect 10 events
 * funnel.expected;
 * //=> 10
 * funnel.limits[0].lowerCount; // χ²(0.025; 20) / 2
 * //=> 4.795389...
 * funnel.limits[0].upperCount; // χ²(0.975; 22) / 2
 * //=> 18.390358...
 * ```
 */
export function funnelLimits(benchmarkRate: number, population: number, options?: FunnelLimitsOptions): FunnelLimitsResult {
  const fn = "funnelLimits";
  if (options !== undefined) assertObject(fn, "options", options);
  assertBenchmarkRate(fn, benchmarkRate);
  assertPositive(fn, "population", population);
  const per = options?.per ?? 1000;
  assertPositive(fn, "per", per);
  const levels = readLevels(fn, options?.levels);
  const phi = readOverdispersion(fn, options?.overdispersion);
  const distribution = readDistribution(fn, options?.distribution, benchmarkRate, per);
  const expected = expectedCount(fn, benchmarkRate, population, per);
  const widen = Math.sqrt(phi);
  const limits = levels.map((confidence) => ({
    confidence,
    ...levelLimits(fn, distribution, expected, population, per, confidence, widen),
  }));
  return {
    benchmark: benchmarkRate,
    population,
    per,
    expected,
    overdispersion: phi,
    limits,
    method: distribution === "poisson" ? "exact-poisson" : "wilson-binomial",
  };
}
