import { chiSquaredQuantile } from "./chiSquaredQuantile.js";
import { assertConfidence, assertCount } from "./internal/validate.js";

/** A confidence interval on the count scale. */
export interface CountInterval {
  /** Lower limit of the expected count (0 when the count is 0). */
  readonly lower: number;
  /** Upper limit of the expected count. */
  readonly upper: number;
}

/**
 * Exact (Garwood) Poisson confidence interval for an observed count of events, on the count
 * scale: lower = χ²(α/2; 2x) / 2 and upper = χ²(1 − α/2; 2x + 2) / 2, with lower = 0 when
 * x = 0 (Garwood 1936; the PHE Fingertips "exact" method and R's `poisson.test` interval).
 * Divide by the population and multiply by the rate base to get a rate interval.
 *
 * @param count - Observed events, a non-negative integer.
 * @param confidence - Confidence level strictly between 0 and 1, such as 0.95 or 0.998.
 * @returns The interval `{ lower, upper }` for the expected count.
 * @throws {@link RatesError} `invalid-count` for a negative or fractional count;
 *   `invalid-confidence` for a level outside (0, 1).
 * @example
 * ```ts
 * exactPoissonInterval(4, 0.95);
 * //=> { lower: 1.0898653736263..., upper: 10.2415886754036... }
 * exactPoissonInterval(0, 0.95);
 * //=> { lower: 0, upper: 3.6888794541139... }
 * ```
 */
export function exactPoissonInterval(count: number, confidence: number): CountInterval {
  assertCount("count", count);
  assertConfidence("confidence", confidence);
  return exactLimits(count, confidence);
}

/** Unvalidated exact limits (internal hot path). */
export function exactLimits(count: number, confidence: number): CountInterval {
  const alpha = 1 - confidence;
  const lower = count === 0 ? 0 : chiSquaredQuantile(alpha / 2, 2 * count) / 2;
  const upper = chiSquaredQuantile(1 - alpha / 2, 2 * count + 2) / 2;
  return { lower, upper };
}
