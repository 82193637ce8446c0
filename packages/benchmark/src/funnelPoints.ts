import { describeValue } from "@crimestats/internal";
import { BenchmarkError } from "./BenchmarkError.js";
import type { FunnelDistribution } from "./funnelLimits.js";
import { assertBenchmarkRate, expectedCount, levelLimits, readDistribution, readLevels, readOverdispersion } from "./internal/funnel.js";
import { assertObject, assertPositive } from "./internal/validate.js";

/** Options of {@link funnelPoints}. */
export interface FunnelPointsOptions {
  /** The smallest population on the curve (> 0). */
  readonly from: number;
  /** The largest population on the curve (> `from`). */
  readonly to: number;
  /** How many populations, spaced evenly on a log scale from `from` to `to` (default 100, at least 2). */
  readonly points?: number | undefined;
  /** The rate base of `benchmarkRate` (default 1,000). */
  readonly per?: number | undefined;
  /** Confidence levels (default `[0.95, 0.998]`). */
  readonly levels?: readonly number[] | undefined;
  /** Over-dispersion factor φ ≥ 1 (default 1), as in {@link funnelLimits}. */
  readonly overdispersion?: number | undefined;
  /** `poisson` (default, rates) or `binomial` (proportions), as in {@link funnelLimits}. */
  readonly distribution?: FunnelDistribution | undefined;
}

/** One pair of funnel curves of a {@link FunnelPointsResult}. */
export interface FunnelCurve {
  /** The confidence level as a fraction. */
  readonly confidence: number;
  /** The lower limit (rate per `per`) at each population. */
  readonly lower: Float64Array;
  /** The upper limit (rate per `per`) at each population. */
  readonly upper: Float64Array;
}

/** The result of {@link funnelPoints}: the x values and one pair of curves per level. */
export interface FunnelPointsResult {
  /** The benchmark rate (the funnel's centre line). */
  readonly benchmark: number;
  /** The rate base. */
  readonly per: number;
  /** The populations (x values), ascending. */
  readonly population: Float64Array;
  /** The curves, one pair per level, in the order of `levels`. */
  readonly curves: readonly FunnelCurve[];
  /**
   * The over-dispersion factor φ the limits were widened by (1 = none), as in `funnelLimits`.
   * Always set by `funnelPoints`; optional so that a result written by hand stays valid.
   */
  readonly overdispersion?: number;
}

/**
 * The funnel curves for plotting: {@link funnelLimits} evaluated at populations spread evenly on
 * a log scale, in typed arrays ready for a chart. Same method (exact Poisson limits around the
 * benchmark, optionally widened for over-dispersion).
 *
 * @param benchmarkRate - The benchmark rate (≥ 0) per `per`.
 * @param options - `from` and `to` (population range), `points` (default 100), `per`, `levels`,
 *   `overdispersion` and `distribution`.
 * @returns The populations, per level the lower and upper curves, and the over-dispersion factor used.
 * @throws {@link BenchmarkError} `invalid-number` for a negative rate or a bad range, or limits
 *   beyond the largest representable number (as {@link funnelLimits});
 *   `invalid-option` for bad `points`, levels or over-dispersion.
 * @example
 * ```ts
 * const curves = funnelPoints(95.06, { from: 1000, to: 1_000_000, points: 4 });
 * Array.from(curves.population);
 * //=> [1000, 10000, 100000, 1000000]
 * curves.curves.map((c) => c.confidence);
 * //=> [0.95, 0.998]
 * ```
 */
export function funnelPoints(benchmarkRate: number, options: FunnelPointsOptions): FunnelPointsResult {
  const fn = "funnelPoints";
  assertObject(fn, "options", options);
  assertBenchmarkRate(fn, benchmarkRate);
  assertPositive(fn, "from", options.from);
  assertPositive(fn, "to", options.to);
  if (!(options.to > options.from)) {
    throw new BenchmarkError("invalid-number", `${fn}: to (${describeValue(options.to)}) must be above from (${describeValue(options.from)}).`, {
      name: "to",
      value: options.to,
      from: options.from,
    });
  }
  const points = options.points ?? 100;
  if (typeof points !== "number" || !Number.isInteger(points) || points < 2 || points > 100000) {
    throw new BenchmarkError("invalid-option", `${fn}: points must be a whole number from 2 to 100000, got ${describeValue(points)}.`, {
      name: "points",
      value: points,
    });
  }
  const per = options.per ?? 1000;
  assertPositive(fn, "per", per);
  const levels = readLevels(fn, options.levels);
  const overdispersion = readOverdispersion(fn, options.overdispersion);
  const widen = Math.sqrt(overdispersion);
  const distribution = readDistribution(fn, options.distribution, benchmarkRate, per);
  const population = new Float64Array(points);
  const logFrom = Math.log10(options.from);
  const step = (Math.log10(options.to) - logFrom) / (points - 1);
  for (let i = 0; i < points; i++) {
    population[i] = i === 0 ? options.from : i === points - 1 ? options.to : 10 ** (logFrom + i * step);
  }
  const curves = levels.map((confidence) => {
    const lower = new Float64Array(points);
    const upper = new Float64Array(points);
    for (let i = 0; i < points; i++) {
      const n = population[i] as number;
      const limits = levelLimits(fn, distribution, expectedCount(fn, benchmarkRate, n, per), n, per, confidence, widen);
      lower[i] = limits.lower;
      upper[i] = limits.upper;
    }
    return { confidence, lower, upper };
  });
  return { benchmark: benchmarkRate, per, population, curves, overdispersion };
}
