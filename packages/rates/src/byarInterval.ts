import { assertConfidence, assertCount } from "./internal/validate.js";
import { normalQuantile } from "./normalQuantile.js";
import type { CountInterval } from "./exactPoissonInterval.js";

/**
 * Byar's approximation to the exact Poisson confidence interval for an observed count, on the
 * count scale (Breslow & Day 1987, vol. II, p. 69; the PHE Fingertips method from 10 events):
 *
 * lower = x·(1 − 1/(9x) − z/(3√x))³, upper = (x + 1)·(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³,
 * with z = Φ⁻¹(1 − α/2).
 *
 * Where the lower cube would be negative (x = 1 at 99.8%, x = 0 always) PHE reports NA; this
 * function returns `lower: 0` there instead, the natural floor of a count. Use
 * {@link exactPoissonInterval} for small counts, as {@link rate} does below 10 events.
 *
 * @param count - Observed events, a non-negative integer.
 * @param confidence - Confidence level strictly between 0 and 1, such as 0.95 or 0.998.
 * @returns The interval `{ lower, upper }` for the expected count.
 * @throws {@link RatesError} `invalid-count` for a negative or fractional count;
 *   `invalid-confidence` for a level outside (0, 1).
 * @example
 * ```ts
 * byarInterval(65, 0.95);
 * //=> { lower: 50.163187710459454, upper: 82.849138545939837 }
 * byarInterval(1, 0.998);
 * //=> { lower: 0, upper: 9.362180217908362 }
 * ```
 */
export function byarInterval(count: number, confidence: number): CountInterval {
  assertCount("count", count);
  assertConfidence("confidence", confidence);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return { lower: byarLower(count, z), upper: byarUpper(count, z) };
}

/** Byar lower limit for a count and z (0 when the approximation goes negative). */
export function byarLower(x: number, z: number): number {
  if (x <= 0) return 0;
  const t = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
  return t > 0 ? x * t * t * t : 0;
}

/** Byar upper limit for a count and z. */
export function byarUpper(x: number, z: number): number {
  const y = x + 1;
  const t = 1 - 1 / (9 * y) + z / (3 * Math.sqrt(y));
  return y * t * t * t;
}
