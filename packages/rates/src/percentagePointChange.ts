import { assertFinite, finiteResult } from "./internal/validate.js";

/**
 * A difference of two percentages, in percentage points: `current − previous`. Branded so that it
 * cannot be passed where a {@link PercentChange} is expected (docs/methods.md#percent-change-and-percentage-point-change); print it as
 * "pp", never with a bare "%".
 */
export type PercentagePointChange = number & {
  /** Type-level brand only; no such property exists at run time. */
  readonly __unit: "percentage-point";
};

/**
 * Change between two percentages in percentage points, later minus earlier: `current − previous`
 * (docs/methods.md#percent-change-and-percentage-point-change). Work from unrounded percentages: offensive-weapon shares 27/43 → 14/26 give
 * −8.9 pp. Reoffending 38.5% → 36.4% is −2.1 pp (a relative change of −5.5%).
 *
 * @param previous - The earlier percentage, a finite number.
 * @param current - The later percentage, a finite number.
 * @returns The change in percentage points (branded {@link PercentagePointChange}).
 * @throws {@link RatesError} `invalid-number` when a value is not finite, or when the difference
 *   is too large to represent (such as 1e308 − (−1e308)).
 * @example
 * ```ts
 * percentagePointChange(38.5, 36.4); //=> -2.1000000000000014 (roundHalfUp(…, 1) → −2.1)
 * percentagePointChange((27 / 43) * 100, (14 / 26) * 100); //=> -8.944543828264… (→ −8.9)
 * ```
 */
export function percentagePointChange(previous: number, current: number): PercentagePointChange {
  assertFinite("previous", previous);
  assertFinite("current", current);
  return finiteResult("percentagePointChange", `${current} − ${previous}`, current - previous, { previous, current }) as PercentagePointChange;
}
