import { describeValue } from "@crimestats/internal";
import { monthKeyFromIndex, rolling, rollingYear as rollingYearPeriod, type Period } from "@crimestats/periods";
import { RatesError } from "./RatesError.js";
import { assertFlow } from "./internal/assertFlow.js";
import { checkFill, denseSeries } from "./internal/series.js";
import { readOptions } from "./internal/validate.js";
import type { MonthlySeries } from "./series.js";

/** Any typed array of numbers accepted by the batch forms. */
export type NumericTypedArray = Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | Uint8ClampedArray;

/** Options of {@link rollingSums}. */
export interface RollingSumsOptions {
  /** Window length in months (default 12, the rolling year). */
  readonly window?: number;
  /** Value for a missing month (`NaN`/`null`, or a gap between records); without it a gap throws. */
  readonly fill?: number;
  /**
   * Typed-array form only: a `Float64Array` of length `values.length − window + 1` to write the
   * sums into (and return), so that repeated calls over large inputs do not allocate.
   */
  readonly into?: Float64Array;
  /** `flow` (the default) or `stock`; a stock is refused, since snapshots are never summed. */
  readonly kind?: "flow" | "stock";
}

/** One window of {@link rollingSums} over a month-keyed series. */
export interface RollingSum {
  /** The window as a period labelled by its end month ("12 months to Sep 2018"). */
  readonly period: Period;
  /** Sum of the window's monthly values. */
  readonly sum: number;
}

/**
 * Rolling sums over a typed array: `out[i] = values[i] + … + values[i + window − 1]`, one per
 * complete window (length − window + 1 of them, none when the array is shorter than the window).
 * `NaN` marks a missing month. Whole numbers are summed exactly; other values with compensated
 * (TwoSum) additions as the window slides, so every sum is accurate to rounding.
 *
 * @param values - Monthly values, consecutive months, each finite and ≥ 0 (or `NaN` if missing).
 * @param options - `window` (default 12), `fill` for missing months, and `into`, an output array
 *   to reuse.
 * @returns A new `Float64Array` of window sums (or `into`, filled).
 * @throws {@link RatesError} `missing-month` for a `NaN` without `fill` (details give the index),
 *   `invalid-number` for a negative or infinite value, `invalid-option` for a bad window or fill,
 *   `length-mismatch` for an `into` of the wrong length, `stock-not-summable` for `kind: "stock"`.
 * @example
 * ```ts
 * rollingSums(new Float64Array([1, 2, 3, 4, 5]), { window: 3 });
 * //=> Float64Array [6, 9, 12]
 * ```
 */
export function rollingSums(values: NumericTypedArray, options?: RollingSumsOptions): Float64Array;
/**
 * Rolling sums over a month-keyed series (docs/methods.md#rolling-year-same-period-last-year-and-year-to-date: RY(m) = Σ count(m − 11 … m) for the
 * default 12-month window), each window labelled by its end month with `@crimestats/periods`.
 * A missing month is an error unless `fill` says how to fill it.
 *
 * @param series - `{ start, values }` or `{ month, count }` records.
 * @param options - `window` (default 12) and `fill` for missing months.
 * @returns One `{ period, sum }` per complete window, in month order.
 * @throws {@link RatesError} `invalid-month`, `missing-month`, `duplicate-month`,
 *   `invalid-number` or `invalid-option` naming the month or value; `stock-not-summable` when
 *   the series or `options.kind` is `"stock"` (snapshots are never summed, docs/methods.md#stock-and-flow).
 * @example
 * ```ts
 * const ry = rollingSums({ start: "2017-10", values: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] });
 * ry[0]; //=> { period: { kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" }, sum: 126 }
 * ry[1].sum; //=> 138
 * ```
 */
export function rollingSums(series: MonthlySeries, options?: RollingSumsOptions): readonly RollingSum[];
export function rollingSums(input: NumericTypedArray | MonthlySeries, options: RollingSumsOptions = {}): Float64Array | readonly RollingSum[] {
  options = readOptions("rollingSums", options) as RollingSumsOptions;
  assertFlow("rollingSums", input, options);
  const window = options.window ?? 12;
  if (typeof window !== "number" || !Number.isInteger(window) || window < 1) {
    throw new RatesError("invalid-option", `window must be a positive integer number of months, got ${describeValue(window)}.`, {
      name: "window",
      value: window,
    });
  }
  if (ArrayBuffer.isView(input)) {
    const values = input as NumericTypedArray;
    const length = Math.max(0, values.length - window + 1);
    const into = options.into;
    if (into !== undefined && (!(into instanceof Float64Array) || into.length !== length)) {
      throw new RatesError(
        "length-mismatch",
        `into must be a Float64Array of length ${length} (values.length − window + 1), got ${describeValue(into instanceof Float64Array ? `Float64Array(${into.length})` : into)}.`,
        { expected: length },
      );
    }
    return slidingSums(values, window, checkFill(options.fill), into);
  }
  const dense = denseSeries(input as MonthlySeries, options.fill);
  const sums = slidingSums(dense.values, window, undefined);
  const out: RollingSum[] = new Array<RollingSum>(sums.length);
  for (let i = 0; i < sums.length; i++) {
    const end = monthKeyFromIndex(dense.start + i + window - 1);
    out[i] = { period: window === 12 ? rollingYearPeriod(end) : rolling(end, window), sum: sums[i] as number };
  }
  return out;
}

/**
 * The hot loop: sliding-window sums into `into` (or a new array), validating as it goes. Each
 * value is added and, a window later, subtracted with Knuth's branch-free TwoSum, the rounding
 * errors collected in `c`: for whole numbers below 2^53 every error is 0 and the sums are
 * exact; otherwise each sum is accurate to a few ulps however long the series.
 */
function slidingSums(values: ArrayLike<number>, window: number, fill: number | undefined, into?: Float64Array): Float64Array {
  const n = values.length;
  if (n < window) return into ?? new Float64Array(0);
  return compensatedSums(values, window, fill, into ?? new Float64Array(n - window + 1));
}

/** TwoSum sliding sums (see {@link slidingSums}). */
function compensatedSums(values: ArrayLike<number>, window: number, fill: number | undefined, out: Float64Array): Float64Array {
  const n = values.length;
  let sum = 0;
  let c = 0;
  for (let i = 0; i < window; i++) {
    let v = values[i] as number;
    if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) v = badValue(v, i, fill);
    const s = sum + v;
    const bb = s - sum;
    c += sum - (s - bb) + (v - bb);
    sum = s;
  }
  out[0] = sum + c;
  if (!((out[0] as number) <= Number.MAX_VALUE)) overflow(0);
  for (let i = window, j = 1; i < n; i++, j++) {
    let v = values[i] as number;
    if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) v = badValue(v, i, fill);
    let s = sum + v;
    let bb = s - sum;
    c += sum - (s - bb) + (v - bb);
    sum = s;
    let old = values[j - 1] as number;
    if (!(old >= 0 && old < Number.POSITIVE_INFINITY)) old = fill as number; // validated when added
    s = sum - old;
    bb = s - sum;
    c += sum - (s - bb) + (-old - bb);
    sum = s;
    out[j] = sum + c;
    if (!((out[j] as number) <= Number.MAX_VALUE)) overflow(j);
  }
  return out;
}

function overflow(index: number): never {
  throw new RatesError("invalid-number", `The window sum at ${index} is beyond the largest representable number (about 1.8e308).`, { index });
}

function badValue(v: number, index: number, fill: number | undefined): number {
  if (Number.isNaN(v)) {
    if (fill !== undefined) return fill;
    throw new RatesError("missing-month", `values[${index}] is NaN (a missing month); fill the gap or pass { fill } to say how.`, { index });
  }
  throw new RatesError("invalid-number", `values[${index}] must be a finite number of 0 or more, got ${describeValue(v)}.`, {
    index,
    value: v,
  });
}
