import { chiSquaredQuantile, normalQuantile } from "@crimestats/rates";
import { BenchmarkError } from "./BenchmarkError.js";
import { assertFinite, assertObject, assertPositive, show } from "./internal/validate.js";

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

/** Checks and returns the list of confidence levels. */
export function readLevels(fn: string, levels: unknown): readonly number[] {
  if (levels === undefined) return [0.95, 0.998];
  if (!Array.isArray(levels) || levels.length === 0) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: levels must be a non-empty array of confidence levels such as [0.95, 0.998], got ${show(levels)}.`,
      { name: "levels", value: levels },
    );
  }
  for (const level of levels as unknown[]) {
    if (typeof level !== "number" || !(level > 0 && level < 1)) {
      throw new BenchmarkError(
        "invalid-option",
        `${fn}: each level must be a fraction strictly between 0 and 1 (0.95, 0.998), got ${show(level)}.`,
        { name: "levels", value: level },
      );
    }
  }
  return levels as readonly number[];
}

/** Checks the over-dispersion factor. */
export function readOverdispersion(fn: string, phi: unknown): number {
  if (phi === undefined) return 1;
  if (typeof phi !== "number" || !Number.isFinite(phi) || phi < 1) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: overdispersion must be a finite factor of 1 or more, got ${show(phi)}.`,
      { name: "overdispersion", value: phi },
    );
  }
  return phi;
}

/** The count-scale limits for expected count `expected` at one level (no over-dispersion). */
export function exactCountLimits(expected: number, confidence: number): [number, number] {
  const alpha = 1 - confidence;
  const lower = expected > 0 ? chiSquaredQuantile(alpha / 2, 2 * expected) / 2 : 0;
  const upper = chiSquaredQuantile(1 - alpha / 2, 2 * expected + 2) / 2;
  return [lower, upper];
}

/**
 * The count-scale Wilson-score limits around expected count E = N·P0 for a denominator N:
 * (2E + z² ∓ z√(z² + 4E(1 − E/N))) / (2(N + z²)) × N, z = Φ⁻¹(1 − α/2).
 */
export function binomialCountLimits(expected: number, n: number, confidence: number): [number, number] {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const root = z * Math.sqrt(Math.max(0, z2 + 4 * expected * (1 - expected / n)));
  const denominator = 2 * (n + z2);
  return [Math.max(0, ((2 * expected + z2 - root) / denominator) * n), Math.min(n, ((2 * expected + z2 + root) / denominator) * n)];
}

/** The count-scale limits of either distribution, widened for over-dispersion. */
export function countLimits(
  distribution: FunnelDistribution,
  expected: number,
  population: number,
  confidence: number,
  widen: number,
): [number, number] {
  let [lower, upper] =
    distribution === "poisson" ? exactCountLimits(expected, confidence) : binomialCountLimits(expected, population, confidence);
  if (widen !== 1) {
    lower = Math.max(0, expected - widen * (expected - lower));
    upper = expected + widen * (upper - expected);
    if (distribution === "binomial") upper = Math.min(population, upper);
  }
  return [lower, upper];
}

/** Checks the distribution option and, for `binomial`, that the benchmark is a proportion. */
export function readDistribution(fn: string, value: unknown, benchmarkRate: number, per: number): FunnelDistribution {
  if (value === undefined) return "poisson";
  if (value !== "poisson" && value !== "binomial") {
    throw new BenchmarkError("invalid-option", `${fn}: distribution must be "poisson" or "binomial", got ${show(value)}.`, {
      name: "distribution",
      value,
    });
  }
  if (value === "binomial" && benchmarkRate > per) {
    throw new BenchmarkError(
      "invalid-number",
      `${fn}: a binomial benchmark is a proportion, so benchmarkRate (${show(benchmarkRate)}) must not exceed per (${show(per)}).`,
      { name: "benchmarkRate", value: benchmarkRate, per },
    );
  }
  return value;
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
 * (2(N + z²)) — the Wilson score interval evaluated at the expected count (DOMAIN.md §8.5).
 *
 * @param benchmarkRate - The benchmark rate (≥ 0) per `per`, e.g. the London rate 95.06 per 1,000.
 * @param population - The population of the area (> 0).
 * @param options - `per` (default 1,000), `levels` (default 95% and 99.8%), `overdispersion` and
 *   `distribution` (default `poisson`).
 * @returns The expected count and, per level, the lower and upper limits on the rate and count scales.
 * @throws {@link BenchmarkError} `invalid-number` when the rate is negative or not finite or the
 *   population or per is not positive, or a binomial benchmark is above `per`; `invalid-option`
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
export function funnelLimits(
  benchmarkRate: number,
  population: number,
  options?: FunnelLimitsOptions,
): FunnelLimitsResult {
  const fn = "funnelLimits";
  if (options !== undefined) assertObject(fn, "options", options);
  assertFinite(fn, "benchmarkRate", benchmarkRate);
  if (benchmarkRate < 0) {
    throw new BenchmarkError("invalid-number", `${fn}: benchmarkRate must be 0 or more, got ${show(benchmarkRate)}.`, {
      name: "benchmarkRate",
      value: benchmarkRate,
    });
  }
  assertPositive(fn, "population", population);
  const per = options?.per ?? 1000;
  assertPositive(fn, "per", per);
  const levels = readLevels(fn, options?.levels);
  const phi = readOverdispersion(fn, options?.overdispersion);
  const distribution = readDistribution(fn, options?.distribution, benchmarkRate, per);
  const expected = (benchmarkRate * population) / per;
  const widen = Math.sqrt(phi);
  const limits = levels.map((confidence) => {
    const [lowerCount, upperCount] = countLimits(distribution, expected, population, confidence, widen);
    return {
      confidence,
      lower: (lowerCount / population) * per,
      upper: (upperCount / population) * per,
      lowerCount,
      upperCount,
    };
  });
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
