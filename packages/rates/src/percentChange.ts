import { describeValue } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { assertFinite, finiteResult } from "./internal/validate.js";

/**
 * A relative change in percent, `(current − previous) / previous × 100`. Branded so that it cannot be
 * passed where a {@link PercentagePointChange} is expected (docs/methods.md#percent-change-and-percentage-point-change): a fall from 38.5%
 * to 36.4% is −2.1 percentage points but −5.5 percent.
 */
export type PercentChange = number & {
  /** Type-level brand only; no such property exists at run time. */
  readonly __unit: "percent";
};

/**
 * Relative change in percent: `(current − previous) / previous × 100` (docs/methods.md#percent-change-and-percentage-point-change). Returns
 * `null`, "not computable", when `previous` is 0 (knife possession "up" from 0 to 2). Round for
 * display with {@link roundHalfUp}: 1,541 → 1,798 is +16.68%, printed 17.
 *
 * @param previous - The earlier value, a finite number ≥ 0.
 * @param current - The later value, a finite number.
 * @returns The percent change (branded {@link PercentChange}), or `null` when `previous` is 0.
 * @throws {@link RatesError} `invalid-number` when a value is not finite or `previous` is negative,
 *   or when the change is too large to represent (from a tiny base such as 1e-310 to 1).
 * @example
 * ```ts
 * percentChange(1541, 1798); //=> 16.677482154445165 (roundHalfUp(…, 0) → 17)
 * percentChange(548, 364);   //=> -33.57664233576642 (→ −34)
 * percentChange(0, 2);       //=> null
 * ```
 */
export function percentChange(previous: number, current: number): PercentChange | null {
  assertFinite("previous", previous);
  assertFinite("current", current);
  if (previous < 0) {
    throw new RatesError(
      "invalid-number",
      `percentChange: previous must be 0 or more (a relative change from a negative base is not defined), got ${describeValue(previous)}.`,
      { name: "previous", value: previous },
    );
  }
  if (previous === 0) return null;
  let change = ((current - previous) / previous) * 100;
  // current − previous can overflow when both are near the largest number; halving both is exact
  // above the subnormal range.
  if (!Number.isFinite(change)) change = ((current / 2 - previous / 2) / previous) * 200;
  return finiteResult("percentChange", `the change from ${previous} to ${current} in percent`, change, { previous, current }) as PercentChange;
}
