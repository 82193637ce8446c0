import { assertBands, bandOf, quantileCuts, sortedCopy } from "./internal/quantiles.js";
import { assertObject } from "./internal/validate.js";

/** Options of {@link quantileBands}. */
export interface QuantileBandsOptions {
  /** How many equal-probability bands: 4 (default, quartiles), 5 (quintiles)… 2–100. */
  readonly bands?: number | undefined;
}

/** The result of {@link quantileBands}. */
export interface QuantileBandsResult {
  /** The band of each value (1 = lowest … `bands` = highest), in input order. */
  readonly band: Uint8Array;
  /** The number of bands. */
  readonly bands: number;
  /** The `bands − 1` type-7 cut points, ascending. */
  readonly cuts: readonly number[];
  /** The quantile method: always `"R-7"`. */
  readonly method: "R-7";
}

/**
 * Bands every value of a set against the set itself in one pass (one sort, a binary search per
 * value, no allocation per value): the batch form of {@link quantileBand}, for 35,000 LSOAs.
 * Same method: type-7 cut points (Excel `PERCENTILE.INC`), a value on a cut point goes below it.
 *
 * @param values - The values (an array or typed array of finite numbers).
 * @param options - `bands` (default 4).
 * @returns Each value's band in a `Uint8Array`, with the cut points.
 * @throws {@link BenchmarkError} `invalid-number` when a value is not finite; `empty-input` when
 *   `values` is empty; `invalid-option` for bad `bands`.
 * @example
 * ```ts
 * const result = quantileBands([1, 2, 3, 4, 5, 6, 7, 8, 9]);
 * result.cuts;
 * //=> [3, 5, 7]
 * Array.from(result.band);
 * //=> [1, 1, 1, 2, 2, 3, 3, 4, 4]
 * ```
 */
export function quantileBands(values: ArrayLike<number>, options?: QuantileBandsOptions): QuantileBandsResult {
  if (options !== undefined) assertObject("quantileBands", "options", options);
  const bands = options?.bands ?? 4;
  assertBands("quantileBands", bands);
  const sorted = sortedCopy("quantileBands", values);
  const cuts = quantileCuts(sorted, bands);
  const band = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) band[i] = bandOf(cuts, values[i] as number);
  return { band, bands, cuts, method: "R-7" };
}
