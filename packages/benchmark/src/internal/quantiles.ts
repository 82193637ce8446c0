import { describeValue } from "@crimestats/internal";
import { BenchmarkError } from "../BenchmarkError.js";
import { finiteCopy } from "./validate.js";
import { lowerBound } from "./sorted.js";

/** Checks `bands` (a whole number from 2 to 100). */
export function assertBands(fn: string, bands: unknown): asserts bands is number {
  if (typeof bands !== "number" || !Number.isInteger(bands) || bands < 2 || bands > 100) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: bands must be a whole number from 2 to 100 (4 = quartiles, 5 = quintiles), got ${describeValue(bands)}.`,
      { name: "bands", value: bands },
    );
  }
}

/** Copies `values` to an ascending Float64Array, checking each is finite (and that there is one). */
export function sortedCopy(fn: string, values: ArrayLike<number>): Float64Array {
  const sorted = finiteCopy(fn, values);
  if (sorted.length === 0) {
    throw new BenchmarkError("empty-input", `${fn}: values is empty; quantiles need at least one value.`, {
      name: "values",
    });
  }
  return sorted.sort();
}

/**
 * The type-7 quantile (Hyndman & Fan 1996; R's default, Excel PERCENTILE.INC) of ascending
 * `sorted` at probability `p`: h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * Computed here rather than by simple-statistics, whose `quantileSorted` was not type 7 before
 * 7.8.9, so the method cannot change with the installed version.
 */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo >= sorted.length - 1) return below;
  const above = sorted[lo + 1] as number;
  if (below === above) return below;
  const gap = above - below;
  // The gap of values of opposite signs near the largest number overflows; the weighted form does not.
  return Number.isFinite(gap) ? below + (h - lo) * gap : below * (1 - (h - lo)) + above * (h - lo);
}

/** The `bands − 1` cut points of ascending `sorted` at p = k / bands, by {@link quantile7}. */
export function quantileCuts(sorted: Float64Array, bands: number): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < bands; k++) cuts.push(quantile7(sorted, k / bands));
  return cuts;
}

/** The band (1 = lowest) of `value`: 1 + the number of cut points strictly below it. */
export function bandOf(cuts: readonly number[], value: number): number {
  return lowerBound(cuts, value) + 1;
}
