import { describeValue, withDisplay } from "@crimestats/internal";
import { figureText, intervalsText } from "./internal/display.js";
import { RatesError } from "./RatesError.js";
import { assertCount, assertPositive, confidenceList, readOptions } from "./internal/validate.js";
import { wilson } from "./internal/wilson.js";
import { normalQuantile } from "./normalQuantile.js";
import type { ConfidenceInterval, ConfidenceLevels } from "./rate.js";

/** Options of {@link proportion}. */
export interface ProportionOptions {
  /** Confidence level(s) (default 0.95), or `"none"`. */
  readonly confidence?: ConfidenceLevels;
  /** Scale of the result: 100 for a percentage (default), 1 for a fraction, 1,000 for "per 1,000". */
  readonly per?: number;
}

/** Result of {@link proportion}. */
export interface ProportionResult {
  /** numerator / denominator × per, unrounded. */
  readonly value: number;
  /** Lower limit at the first requested level, or null when none was requested. */
  readonly lower: number | null;
  /** Upper limit at the first requested level, or null when none was requested. */
  readonly upper: number | null;
  /** The numerator (events, people with the outcome). */
  readonly numerator: number;
  /** The denominator (cohort, total). */
  readonly denominator: number;
  /** The scale: 100 for percentages. */
  readonly per: number;
  /** Always `"wilson"` (score interval); `"none"` when no interval was requested. */
  readonly method: "wilson" | "none";
  /** The first requested confidence level, or null. */
  readonly confidence: number | null;
  /** One interval per requested level, in the order requested. */
  readonly intervals: readonly ConfidenceInterval[];
}

/**
 * A proportion with Wilson score confidence intervals (Wilson 1927; Newcombe 1998; the PHE
 * Fingertips `phe_proportion` method): with p = x/n and z = Φ⁻¹(1 − α/2), the limits are
 * (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)), times `per`. In a REPL or notebook the result
 * prints as `36.4% (95% CI 22.2–53.4, Wilson)`.
 *
 * @param numerator - Count with the outcome, a non-negative integer not above the denominator.
 * @param denominator - Size of the group, a positive integer.
 * @param options - `confidence` (default 0.95; a fraction, a list of them or `"none"`), `per`
 *   (default 100, a percentage).
 * @returns The proportion with its interval(s) and inputs.
 * @throws {@link RatesError} `invalid-count` for a bad numerator or denominator, or a numerator
 *   above the denominator; `invalid-confidence`; `invalid-number` for a bad `per`;
 *   `invalid-option` for options that are not an object.
 * @example
 * ```ts
 * const r = proportion(12, 33);      // binary reoffending, Jan–Mar 2017 cohort
 * roundHalfUp(r.value, 1);           //=> 36.4
 * proportion(65, 100, { per: 1 }).lower; //=> 0.5525444329688797
 * ```
 */
export function proportion(numerator: number, denominator: number, options: ProportionOptions = {}): ProportionResult {
  options = readOptions("proportion", options) as ProportionOptions;
  assertCount("numerator", numerator);
  assertCount("denominator", denominator);
  if (denominator === 0) {
    throw new RatesError("invalid-count", `denominator must be a positive integer, got ${describeValue(denominator)}.`, {
      name: "denominator",
      value: denominator,
    });
  }
  if (numerator > denominator) {
    throw new RatesError("invalid-count", `numerator ${describeValue(numerator)} must not exceed the denominator ${describeValue(denominator)}.`, {
      name: "numerator",
      value: numerator,
      denominator,
    });
  }
  const per = options.per ?? 100;
  assertPositive("per", per);
  const levels = confidenceList(options.confidence);
  const intervals = levels.map((confidence): ConfidenceInterval => {
    const { lower, upper } = wilson(numerator, denominator, normalQuantile(1 - (1 - confidence) / 2));
    return { confidence, lower: lower * per, upper: upper * per };
  });
  const first = intervals[0];
  const result: ProportionResult = {
    value: (numerator / denominator) * per,
    lower: first === undefined ? null : first.lower,
    upper: first === undefined ? null : first.upper,
    numerator,
    denominator,
    per,
    method: first === undefined ? "none" : "wilson",
    confidence: first === undefined ? null : first.confidence,
    intervals,
  };
  return withDisplay(result, proportionText);
}

/** `"36.4% (95% CI 22.2–53.4, Wilson)"`; a fraction (`per` 1) to 3 places. */
function proportionText(r: ProportionResult): string {
  const decimals = r.per === 1 ? 3 : r.per === 100 ? 1 : 2;
  return `${figureText(r.value, r.per, decimals, true)}${intervalsText(r.intervals, r.method, decimals)}`;
}
