import { describeValue } from "@crimestats/internal";
import { chiSquaredQuantile, normalQuantile } from "./rates.js";
import { BenchmarkError } from "../BenchmarkError.js";
import type { FunnelDistribution } from "../funnelLimits.js";
import { assertFinite } from "./validate.js";

/** Checks the benchmark rate a funnel is centred on: a finite number of 0 or more. */
export function assertBenchmarkRate(fn: string, benchmarkRate: unknown): asserts benchmarkRate is number {
  assertFinite(fn, "benchmarkRate", benchmarkRate);
  if (benchmarkRate < 0) {
    throw new BenchmarkError("invalid-number", `${fn}: benchmarkRate must be 0 or more, got ${describeValue(benchmarkRate)}.`, {
      name: "benchmarkRate",
      value: benchmarkRate,
    });
  }
}

/** Checks and returns the list of confidence levels. */
export function readLevels(fn: string, levels: unknown): readonly number[] {
  if (levels === undefined) return [0.95, 0.998];
  if (!Array.isArray(levels) || levels.length === 0) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: levels must be a non-empty array of confidence levels such as [0.95, 0.998], got ${describeValue(levels)}.`,
      { name: "levels", value: levels },
    );
  }
  for (const level of levels as unknown[]) {
    if (typeof level !== "number" || !(level > 0 && level < 1)) {
      throw new BenchmarkError(
        "invalid-confidence",
        `${fn}: each level must be a fraction strictly between 0 and 1 (0.95, 0.998), got ${describeValue(level)}.`,
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
    throw new BenchmarkError("invalid-option", `${fn}: overdispersion must be a finite factor of 1 or more, got ${describeValue(phi)}.`, {
      name: "overdispersion",
      value: phi,
    });
  }
  return phi;
}

/** The count-scale limits for expected count `expected` at one level (no over-dispersion). */
function exactCountLimits(expected: number, confidence: number): [number, number] {
  const alpha = 1 - confidence;
  const lower = expected > 0 ? chiSquaredQuantile(alpha / 2, 2 * expected) / 2 : 0;
  const upper = chiSquaredQuantile(1 - alpha / 2, 2 * expected + 2) / 2;
  return [lower, upper];
}

/**
 * The count-scale Wilson-score limits around expected count E = N·P0 for a denominator N:
 * (2E + z² ∓ z√(z² + 4E(1 − E/N))) / (2(N + z²)) × N, z = Φ⁻¹(1 − α/2).
 */
function binomialCountLimits(expected: number, n: number, confidence: number): [number, number] {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  // The formula halved above and below, so that 2E and 4E cannot overflow for N near 1.8e308.
  const halfRoot = z * Math.sqrt(Math.max(0, z2 / 4 + expected * (1 - expected / n)));
  const denominator = n + z2;
  return [Math.max(0, ((expected + z2 / 2 - halfRoot) / denominator) * n), Math.min(n, ((expected + z2 / 2 + halfRoot) / denominator) * n)];
}

/**
 * E = benchmarkRate × population / per in whichever order does not overflow, checked: the exact
 * Poisson limits need 2E + 2 to be a finite number of degrees of freedom.
 */
export function expectedCount(fn: string, benchmarkRate: number, population: number, per: number): number {
  let expected = (benchmarkRate * population) / per;
  if (!Number.isFinite(expected)) expected = benchmarkRate * (population / per);
  if (!Number.isFinite(expected)) expected = (benchmarkRate / per) * population;
  if (!Number.isFinite(2 * expected + 2)) {
    throw new BenchmarkError(
      "invalid-number",
      `${fn}: the expected count ${describeValue(benchmarkRate)} × ${describeValue(population)} / ${describeValue(per)} is beyond the largest number the limits can be computed for (about 9e307).`,
      { benchmarkRate, population, per },
    );
  }
  return expected;
}

/** A count-scale limit on the rate scale (count / population × per), or `invalid-number` when it overflows. */
export function limitRate(fn: string, count: number, population: number, per: number): number {
  let value = (count / population) * per;
  if (!Number.isFinite(value)) value = count * (per / population);
  if (!Number.isFinite(value)) {
    throw new BenchmarkError(
      "invalid-number",
      `${fn}: a control limit of ${describeValue(count)} events in a population of ${describeValue(population)} per ${describeValue(per)} is beyond the largest representable number; the population is too small.`,
      { count, population, per },
    );
  }
  return value;
}

/**
 * One level's limits around expected count `expected` for `population`: on the count scale and,
 * by {@link limitRate}, on the rate scale per `per`.
 */
export function levelLimits(
  fn: string,
  distribution: FunnelDistribution,
  expected: number,
  population: number,
  per: number,
  confidence: number,
  widen: number,
): { lower: number; upper: number; lowerCount: number; upperCount: number } {
  const [lowerCount, upperCount] = countLimits(distribution, expected, population, confidence, widen);
  return { lower: limitRate(fn, lowerCount, population, per), upper: limitRate(fn, upperCount, population, per), lowerCount, upperCount };
}

/** The count-scale limits of either distribution, widened for over-dispersion. */
function countLimits(distribution: FunnelDistribution, expected: number, population: number, confidence: number, widen: number): [number, number] {
  let [lower, upper] = distribution === "poisson" ? exactCountLimits(expected, confidence) : binomialCountLimits(expected, population, confidence);
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
    throw new BenchmarkError("invalid-option", `${fn}: distribution must be "poisson" or "binomial", got ${describeValue(value)}.`, {
      name: "distribution",
      value,
    });
  }
  if (value === "binomial" && benchmarkRate > per) {
    throw new BenchmarkError(
      "invalid-number",
      `${fn}: a binomial benchmark is a proportion, so benchmarkRate (${describeValue(benchmarkRate)}) must not exceed per (${describeValue(per)}).`,
      { name: "benchmarkRate", value: benchmarkRate, per },
    );
  }
  return value;
}
