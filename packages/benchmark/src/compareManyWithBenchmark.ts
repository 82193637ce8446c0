import { describeValue, formatNumber } from "@crimestats/internal";
import { BenchmarkError } from "./BenchmarkError.js";
import type { ComparisonOutcome } from "./compareWithBenchmark.js";
import { judge } from "./internal/judge.js";
import { assertConfidence, assertFinite, assertObject, assertOneOf, assertPolarity } from "./internal/validate.js";
import type { Polarity } from "@crimestats/schema";

/** One confidence level of {@link BenchmarkColumns}: a lower and an upper limit per area. */
export interface IntervalColumns {
  /** The confidence level as a fraction: `0.95` or `0.998`. */
  readonly confidence: number;
  /** The lower limits, one per area; `NaN` where an area has none. */
  readonly lower: ArrayLike<number>;
  /** The upper limits, one per area; `NaN` where an area has none. */
  readonly upper: ArrayLike<number>;
}

/** Many areas' figures as columns (typed arrays), for {@link compareManyWithBenchmark}. */
export interface BenchmarkColumns {
  /** The values, one per area. */
  readonly value: ArrayLike<number>;
  /** The intervals, one entry per confidence level, each with one limit per area. */
  readonly intervals: readonly IntervalColumns[];
}

/** Options of {@link compareManyWithBenchmark}. */
export interface CompareManyWithBenchmarkOptions {
  /** `ci-overlap-95`, `ci-overlap-99.8` or `two-level` (the `funnel` method needs counts: use {@link compareWithBenchmark}). */
  readonly method: "ci-overlap-95" | "ci-overlap-99.8" | "two-level";
  /** Which direction is good; required (use `no-judgement` for higher/lower only). */
  readonly polarity: Polarity;
}

/** The result of {@link compareManyWithBenchmark}. */
export interface CompareManyWithBenchmarkResult {
  /** Each area's outcome, in input order (`not-compared` where a needed limit is `NaN`). */
  readonly outcomes: readonly ComparisonOutcome[];
  /**
   * Each area's significance level (0.95 or 0.998); 0 when there is no significant difference:
   * similar, or not compared (see `outcomes`). Never `NaN`.
   */
  readonly significance: Float64Array;
  /** The method used. */
  readonly method: CompareManyWithBenchmarkOptions["method"];
  /** The polarity used. */
  readonly polarity: Polarity;
  /** The benchmark value. */
  readonly benchmark: number;
}

function findLevel(columns: BenchmarkColumns, confidence: number, n: number): IntervalColumns {
  const found = columns.intervals.find((c) => Math.abs(c.confidence - confidence) < 1e-9);
  if (found === undefined) {
    throw new BenchmarkError(
      "invalid-argument",
      `compareManyWithBenchmark: the columns have no ${formatNumber(confidence * 100, 1, { trim: true })}% interval; the method needs one.`,
      { confidence, levels: columns.intervals.map((c) => c.confidence) },
    );
  }
  if (found.lower.length !== n || found.upper.length !== n) {
    throw new BenchmarkError(
      "invalid-argument",
      `compareManyWithBenchmark: the ${formatNumber(confidence * 100, 1, { trim: true })}% limits must have one entry per area (${n}), got ${found.lower.length} and ${found.upper.length}.`,
      { confidence, n },
    );
  }
  return found;
}

/**
 * Compares many areas with one benchmark in a single pass over typed arrays (35,000 LSOAs), with
 * exactly the rules of {@link compareWithBenchmark} for the interval methods: similar when
 * L ≤ B ≤ U at the first level; otherwise higher or lower, judged by polarity; under `two-level`,
 * best/worst when B is also beyond the 99.8% limits. An area whose needed limit is `NaN` is
 * `not-compared`. No object is allocated per area.
 *
 * @param columns - `value` and, per confidence level, `lower` and `upper` limits (equal lengths).
 * @param benchmark - The benchmark value (the benchmark area's rate).
 * @param options - `method` (interval methods only) and `polarity` (required).
 * @returns Each area's outcome and significance level.
 * @throws {@link BenchmarkError} `missing-polarity` without a polarity; `invalid-option` for an
 *   unknown method or a missing or mis-sized interval column; `invalid-number` for a non-finite
 *   benchmark or value; `invalid-interval` where a lower limit is above its upper limit.
 * @example
 * ```ts
 * const columns = {
 *   value: Float64Array.of(10, 10, 10),
 *   intervals: [{ confidence: 0.95, lower: Float64Array.of(8, 8, NaN), upper: Float64Array.of(12, 9, NaN) }],
 * };
 * compareManyWithBenchmark(columns, 11, { method: "ci-overlap-95", polarity: "lower-is-better" }).outcomes;
 * //=> ["similar", "better", "not-compared"]
 * ```
 */
export function compareManyWithBenchmark(
  columns: BenchmarkColumns,
  benchmark: number,
  options: CompareManyWithBenchmarkOptions,
): CompareManyWithBenchmarkResult {
  const fn = "compareManyWithBenchmark";
  assertObject(fn, "options", options);
  assertOneOf(fn, "method", options.method, ["ci-overlap-95", "ci-overlap-99.8", "two-level"] as const);
  assertPolarity(fn, options.polarity);
  assertFinite(fn, "benchmark", benchmark);
  assertObject(fn, "columns", columns, "invalid-argument");
  const { value } = columns;
  if (value === null || typeof value !== "object" || typeof value.length !== "number" || !Array.isArray(columns.intervals)) {
    throw new BenchmarkError("invalid-argument", `${fn}: columns must have a value array and an intervals list, got ${describeValue(columns)}.`, {
      name: "columns",
    });
  }
  const intervals = columns.intervals as readonly unknown[];
  for (let i = 0; i < intervals.length; i++) {
    const level = intervals[i] as Partial<IntervalColumns> | null | undefined;
    const isColumn = (c: unknown) => typeof c === "object" && c !== null && typeof (c as { length?: unknown }).length === "number";
    if (typeof level !== "object" || level === null || typeof level.confidence !== "number" || !isColumn(level.lower) || !isColumn(level.upper)) {
      throw new BenchmarkError(
        "invalid-argument",
        `${fn}: columns.intervals[${i}] must be { confidence, lower, upper } with a number and two arrays, got ${describeValue(level)}.`,
        { name: "intervals", index: i },
      );
    }
    assertConfidence(fn, `columns.intervals[${i}].confidence`, level.confidence);
  }
  const { method, polarity } = options;
  const n = value.length;
  if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** 32 - 1) {
    throw new BenchmarkError("invalid-argument", `${fn}: columns.value must be an array of values, got a length of ${describeValue(n)}.`, {
      name: "columns",
    });
  }
  const inner = findLevel(columns, method === "ci-overlap-99.8" ? 0.998 : 0.95, n);
  const outer = method === "two-level" ? findLevel(columns, 0.998, n) : null;
  // Outcomes for a significantly lower / higher figure, at the inner and the outer level.
  const lowerInner = judge("lower", false, polarity);
  const higherInner = judge("higher", false, polarity);
  const lowerOuter = judge("lower", true, polarity);
  const higherOuter = judge("higher", true, polarity);
  const innerLevel = inner.confidence;
  const outcomes: ComparisonOutcome[] = new Array<ComparisonOutcome>(n);
  const significance = new Float64Array(n);
  const b = benchmark;
  for (let i = 0; i < n; i++) {
    const v = value[i] as number;
    if (!Number.isFinite(v)) {
      throw new BenchmarkError("invalid-number", `${fn}: value[${i}] must be a finite number, got ${describeValue(v)}.`, { index: i, value: v });
    }
    const lo = inner.lower[i] as number;
    const hi = inner.upper[i] as number;
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      outcomes[i] = "not-compared";
      significance[i] = 0;
      continue;
    }
    if (lo > hi) {
      throw new BenchmarkError("invalid-interval", `${fn}: area ${i} has lower limit ${lo} above its upper limit ${hi}.`, {
        index: i,
        lower: lo,
        upper: hi,
      });
    }
    let olo = Number.NaN;
    let ohi = Number.NaN;
    if (outer !== null) {
      // Like compareWithBenchmark, every level the method needs must be usable.
      olo = outer.lower[i] as number;
      ohi = outer.upper[i] as number;
      if (!Number.isFinite(olo) || !Number.isFinite(ohi)) {
        outcomes[i] = "not-compared";
        significance[i] = 0;
        continue;
      }
      if (olo > ohi) {
        throw new BenchmarkError("invalid-interval", `${fn}: area ${i} has 99.8% lower limit ${olo} above its upper limit ${ohi}.`, {
          index: i,
          lower: olo,
          upper: ohi,
        });
      }
    }
    if (b >= lo && b <= hi) {
      outcomes[i] = "similar";
      significance[i] = 0;
      continue;
    }
    const lower = hi < b;
    if (outer === null) {
      outcomes[i] = lower ? lowerInner : higherInner;
      significance[i] = innerLevel;
      continue;
    }
    const extreme = lower ? ohi < b : olo > b;
    outcomes[i] = lower ? (extreme ? lowerOuter : lowerInner) : extreme ? higherOuter : higherInner;
    significance[i] = extreme ? 0.998 : innerLevel;
  }
  return { outcomes, significance, method, polarity, benchmark };
}
