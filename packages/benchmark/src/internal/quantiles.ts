import { quantileSorted } from "simple-statistics";
import { BenchmarkError } from "../BenchmarkError.js";
import { show } from "./validate.js";
import { lowerBound } from "./sorted.js";

/** Checks `bands` (a whole number from 2 to 100). */
export function assertBands(fn: string, bands: unknown): asserts bands is number {
  if (typeof bands !== "number" || !Number.isInteger(bands) || bands < 2 || bands > 100) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: bands must be a whole number from 2 to 100 (4 = quartiles, 5 = quintiles), got ${show(bands)}.`,
      { name: "bands", value: bands },
    );
  }
}

/** Copies `values` to an ascending Float64Array, checking each is finite. */
export function sortedCopy(fn: string, values: ArrayLike<number>): Float64Array {
  if (values === null || typeof values !== "object" || typeof values.length !== "number") {
    throw new BenchmarkError("invalid-option", `${fn}: values must be an array of numbers, got ${show(values)}.`, {
      name: "values",
      value: values,
    });
  }
  if (values.length === 0) {
    throw new BenchmarkError("empty-input", `${fn}: values is empty; quantiles need at least one value.`, {
      name: "values",
    });
  }
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new BenchmarkError("invalid-number", `${fn}: values[${i}] must be a finite number, got ${show(v)}.`, {
        name: "values",
        index: i,
        value: v,
      });
    }
    sorted[i] = v;
  }
  return sorted.sort();
}

/**
 * The `bands − 1` cut points of ascending `sorted` at p = k / bands, by simple-statistics'
 * `quantileSorted` (Hyndman & Fan type 7 = Excel PERCENTILE.INC = R's default).
 */
export function quantileCuts(sorted: Float64Array, bands: number): number[] {
  const cuts: number[] = [];
  const asArray = sorted as unknown as number[];
  for (let k = 1; k < bands; k++) cuts.push(quantileSorted(asArray, k / bands));
  return cuts;
}

/** The band (1 = lowest) of `value`: 1 + the number of cut points strictly below it. */
export function bandOf(cuts: readonly number[], value: number): number {
  return lowerBound(cuts, value) + 1;
}
