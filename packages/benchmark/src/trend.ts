import { describeValue } from "@crimestats/internal";
import { chiSquaredQuantile } from "./internal/rates.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { displayTrend } from "./internal/display.js";
import { checkIntervals, intervalAt } from "./internal/intervals.js";
import { assertConfidence, assertObject, assertOneOf, assertPolarity } from "./internal/validate.js";
import type { Polarity } from "@crimestats/schema";
import type { ConfidenceInterval } from "@crimestats/rates";

/** One point of a series for {@link trend}, oldest first. */
export interface TrendPoint {
  /** A label for the period (not used in the calculation). */
  readonly period?: string | undefined;
  /** The value (a rate or a proportion). */
  readonly value: number;
  /** Lower limit of the 95% interval (`weighted-least-squares`), if `intervals` does not carry it. */
  readonly lower?: number | null | undefined;
  /** Upper limit of the 95% interval (`weighted-least-squares`), if `intervals` does not carry it. */
  readonly upper?: number | null | undefined;
  /** The confidence level of `lower`/`upper` as a fraction (0.95); required when they are given. */
  readonly confidence?: number | null | undefined;
  /** Intervals at several levels, as `rate()` of `@crimestats/rates` returns them. */
  readonly intervals?: readonly ConfidenceInterval[] | undefined;
  /** Numerator (`chi-squared-proportions`): the events or people with the attribute. */
  readonly count?: number | undefined;
  /** Denominator (`chi-squared-proportions`): the people at risk. */
  readonly denominator?: number | undefined;
  /** The rate base, when the point is a rate; every point that has one must have the same. */
  readonly per?: number | undefined;
}

/**
 * The test used by {@link trend}:
 *
 * - `weighted-least-squares` (default; rates and other values with intervals): slope of the value
 *   on time by weighted least squares with weights 1/SE², SE = (U95 − L95)/3.92; χ² = b²/var(b).
 * - `chi-squared-proportions` (proportions with counts and denominators): the chi-squared test for
 *   trend in proportions (Armitage 1955), as R's `prop.trend.test`.
 */
export type TrendMethod = "weighted-least-squares" | "chi-squared-proportions";

/** Options of {@link trend}. */
export interface TrendOptions {
  /** Which direction is good; required (`no-judgement` reports only increasing/decreasing). */
  readonly polarity: Polarity;
  /** The test (default `weighted-least-squares`). */
  readonly method?: TrendMethod | undefined;
  /** How many of the latest points to use (default 5, the Fingertips "recent trend"). */
  readonly points?: number | undefined;
  /** Confidence level of the test (default 0.998: significant when χ² > χ²₁(0.998) = 9.5495…). */
  readonly confidence?: number | undefined;
}

/** A significant trend judged under a polarity: `improving` or `worsening`. */
export type TrendJudgement = "improving" | "worsening";

/** The direction found by {@link trend}. */
export type TrendOutcome = "increasing" | "decreasing" | "no-significant-change" | "cannot-be-calculated";

/** Why a trend could not be calculated (the result's `code`). */
export type TrendNotCalculatedCode = "too-few-points" | "no-interval" | "zero-width-interval" | "no-count" | "no-variation";

/** The result of {@link trend}. */
export interface TrendResult {
  /** The direction, or why there is none. */
  readonly outcome: TrendOutcome;
  /** `improving` / `worsening` for a significant trend under a judging polarity; otherwise `null`. */
  readonly judgement: TrendJudgement | null;
  /** Fingertips-style label: "Increasing and getting worse", "No significant change", … */
  readonly label: string;
  /** The test statistic (1 degree of freedom); `null` when not calculated. */
  readonly chiSquared: number | null;
  /** The slope per period (value units, or proportion for the proportions test); `null` when not calculated. */
  readonly slope: number | null;
  /** The critical value χ²₁ at `confidence`. */
  readonly threshold: number;
  /** The confidence level of the test. */
  readonly confidence: number;
  /** Whether every leave-one-out slope has the sign of the full slope; `null` when not calculated. */
  readonly stable: boolean | null;
  /** The number of points used (the latest `points`). */
  readonly n: number;
  /** The method used. */
  readonly method: TrendMethod;
  /** The polarity used. */
  readonly polarity: Polarity;
  /** Why it cannot be calculated, as a code; `null` when it was. */
  readonly code: TrendNotCalculatedCode | null;
}

/** The divisor turning a 95% interval width into a standard error (Fingertips: 2 × 1.96). */
const WIDTH_TO_SE = 3.92;

/** Weighted regression of y on t (0, 1, …) skipping index `skip`: [slope, Sxx]. */
function weightedSlope(y: Float64Array, w: Float64Array, skip: number): [number, number] {
  let sw = 0;
  let st = 0;
  let sy = 0;
  for (let i = 0; i < y.length; i++) {
    if (i === skip) continue;
    sw += w[i] as number;
    st += (w[i] as number) * i;
    sy += (w[i] as number) * (y[i] as number);
  }
  const tBar = st / sw;
  const yBar = sy / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < y.length; i++) {
    if (i === skip) continue;
    const dt = i - tBar;
    sxx += (w[i] as number) * dt * dt;
    sxy += (w[i] as number) * dt * ((y[i] as number) - yBar);
  }
  return [sxy / sxx, sxx];
}

/** Armitage's statistic over counts x of n at scores 0, 1, … skipping `skip`: [T, variance, slope]. */
function armitage(x: Float64Array, n: Float64Array, skip: number): [number, number, number] {
  let sx = 0;
  let sn = 0;
  let snt = 0;
  for (let i = 0; i < x.length; i++) {
    if (i === skip) continue;
    sx += x[i] as number;
    sn += n[i] as number;
    snt += (n[i] as number) * i;
  }
  const pBar = sx / sn;
  const tBar = snt / sn;
  let t = 0;
  let snd2 = 0;
  for (let i = 0; i < x.length; i++) {
    if (i === skip) continue;
    const dt = i - tBar;
    t += (x[i] as number) * dt;
    snd2 += (n[i] as number) * dt * dt;
  }
  return [t, pBar * (1 - pBar) * snd2, t / snd2];
}

/**
 * Tests a series for a recent trend the way English public-health indicators do (PHE Fingertips
 * "recent trend", PHE Fingertips technical guidance): over the latest five points, the trend is significant when the
 * chi-squared statistic (1 degree of freedom) exceeds χ²₁ at 99.8% = 9.54953570608324 **and** the
 * slope keeps its sign in every leave-one-out fit; then `increasing` or `decreasing`, which the
 * polarity turns into `improving` or `worsening`. Otherwise `no-significant-change`; and
 * `cannot-be-calculated` (with its `code`) with too few points, a missing or zero-width interval,
 * or missing counts.
 *
 * Statistics: `weighted-least-squares` regresses the value on time 0, 1, … with weights 1/SE²,
 * SE = (U95 − L95)/3.92, and χ² = b²·Σw(t − t̄)² (= b²/var b). `chi-squared-proportions` is
 * Armitage's test for trend in proportions: χ² = [Σxᵢ(tᵢ − t̄)]² / [p̄(1 − p̄)Σnᵢ(tᵢ − t̄)²] with
 * t̄ = Σnᵢtᵢ/Σnᵢ and p̄ = Σxᵢ/Σnᵢ (Armitage 1955; R's `prop.trend.test`). The critical value is
 * `chiSquaredQuantile(confidence, 1)` of `@crimestats/rates`. In a REPL the result prints as its
 * label with the statistic ("Increasing and getting worse (χ² 10.00 above 9.55, 99.8%, 5 points)").
 *
 * @param series - The points, oldest first (at least `points` of them; earlier ones are ignored).
 * @param options - `polarity` (required), `method`, `points` (default 5) and `confidence` (default 0.998).
 * @returns The outcome, judgement, statistic, slope, threshold and the code when not calculated.
 * @throws {@link BenchmarkError} `missing-polarity` without a polarity; `invalid-option` for an
 *   unknown method or bad `points`; `invalid-confidence` for a `confidence` that is not a fraction
 *   between 0 and 1; `invalid-argument` for a series that is not an array of points;
 *   `missing-confidence` for a point with `lower`/`upper` but no `confidence`; `invalid-number`
 *   for a value, count or denominator that is not a finite number in range, or values so extreme
 *   (near 1e308, or intervals so narrow) that the statistic overflows; `mixed-per` when the
 *   points are rates per different bases.
 * @example
 * ```ts
 * const series = [1, 2, 3, 4, 5].map((value) => ({ value, lower: value - 1.96, upper: value + 1.96, confidence: 0.95 }));
 * const result = trend(series, { polarity: "lower-is-better" }); // SE = 1 at every point
 * result.chiSquared; // slope 1, Σw(t − t̄)² = 10 (up to floating-point error)
 * //=> 10
 * result.outcome;
 * //=> "increasing"
 * result.label;
 * //=> "Increasing and getting worse"
 * ```
 */
export function trend(series: readonly TrendPoint[], options: TrendOptions): TrendResult {
  const fn = "trend";
  assertObject(fn, "options", options);
  assertPolarity(fn, options.polarity);
  const method = options.method ?? "weighted-least-squares";
  assertOneOf(fn, "method", method, ["weighted-least-squares", "chi-squared-proportions"] as const);
  const k = options.points ?? 5;
  if (typeof k !== "number" || !Number.isInteger(k) || k < 3) {
    throw new BenchmarkError("invalid-option", `${fn}: points must be a whole number of 3 or more, got ${describeValue(k)}.`, {
      name: "points",
      value: k,
    });
  }
  const confidence = options.confidence ?? 0.998;
  assertConfidence(fn, "confidence", confidence);
  if (!Array.isArray(series)) {
    throw new BenchmarkError("invalid-argument", `${fn}: series must be an array of points, got ${describeValue(series)}.`, {
      name: "series",
      value: series,
    });
  }
  const { polarity } = options;
  const threshold = chiSquaredQuantile(confidence, 1);
  const base = { threshold, confidence, method, polarity };
  const cannot = (code: TrendNotCalculatedCode, n: number): TrendResult =>
    displayTrend({
      ...base,
      outcome: "cannot-be-calculated",
      judgement: null,
      label: "Cannot be calculated",
      chiSquared: null,
      slope: null,
      stable: null,
      n,
      code,
    });
  if (series.length < k) return cannot("too-few-points", series.length);
  const latest = series.slice(series.length - k);
  for (let i = 0; i < k; i++) {
    const point = latest[i];
    assertObject(fn, `series[${series.length - k + i}]`, point, "invalid-argument");
    checkIntervals(fn, point as TrendPoint, `series[${series.length - k + i}]`);
    const v = (point as TrendPoint).value;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new BenchmarkError("invalid-number", `${fn}: series[${series.length - k + i}].value must be a finite number, got ${describeValue(v)}.`, {
        name: "value",
        index: series.length - k + i,
        value: v,
      });
    }
  }

  const pers = new Set(latest.map((point) => point.per).filter((per) => per !== undefined));
  if (pers.size > 1) {
    throw new BenchmarkError(
      "mixed-per",
      `${fn}: the series mixes rates per ${[...pers].map((per) => describeValue(per)).join(" and per ")}; a trend needs one rate base.`,
      { pers: [...pers] },
    );
  }

  let chiSquared: number;
  let slope: number;
  let looSign: (skip: number) => number;
  if (method === "weighted-least-squares") {
    const y = new Float64Array(k);
    const w = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      const point = latest[i] as TrendPoint;
      const interval = intervalAt(
        fn,
        {
          value: point.value,
          lower: point.lower,
          upper: point.upper,
          confidence: point.confidence,
          intervals: point.intervals,
        },
        0.95,
      );
      if (interval === null) return cannot("no-interval", k);
      const se = (interval.upper - interval.lower) / WIDTH_TO_SE;
      if (!(se > 0)) return cannot("zero-width-interval", k);
      y[i] = point.value;
      w[i] = 1 / (se * se);
    }
    const [b, sxx] = weightedSlope(y, w, -1);
    slope = b;
    chiSquared = b * b * sxx;
    looSign = (skip) => Math.sign(weightedSlope(y, w, skip)[0]);
  } else {
    const x = new Float64Array(k);
    const n = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      const point = latest[i] as TrendPoint;
      if (point.count === undefined || point.denominator === undefined) return cannot("no-count", k);
      const { count, denominator } = point;
      if (
        typeof count !== "number" ||
        typeof denominator !== "number" ||
        !Number.isFinite(count) ||
        !Number.isFinite(denominator) ||
        count < 0 ||
        denominator <= 0 ||
        count > denominator
      ) {
        throw new BenchmarkError(
          "invalid-number",
          `${fn}: series[${series.length - k + i}] needs 0 <= count <= denominator and denominator > 0, got ${describeValue(count)} of ${describeValue(denominator)}.`,
          { name: "count", index: series.length - k + i, count, denominator },
        );
      }
      x[i] = count;
      n[i] = denominator;
    }
    const [t, variance, b] = armitage(x, n, -1);
    if (!(variance > 0)) return cannot("no-variation", k);
    slope = b;
    chiSquared = (t * t) / variance;
    looSign = (skip) => Math.sign(armitage(x, n, skip)[0]);
  }

  if (!Number.isFinite(chiSquared) || !Number.isFinite(slope)) {
    throw new BenchmarkError(
      "invalid-number",
      `${fn}: the values, limits or counts are too extreme for the test statistic to be represented (it is not a finite number).`,
      { name: "series" },
    );
  }
  const sign = Math.sign(slope);
  let stable = sign !== 0;
  for (let skip = 0; stable && skip < k; skip++) if (looSign(skip) !== sign) stable = false;
  const significant = chiSquared > threshold && stable;
  const outcome: TrendOutcome = !significant ? "no-significant-change" : sign > 0 ? "increasing" : "decreasing";
  let judgement: TrendJudgement | null = null;
  if (significant && polarity !== "no-judgement") {
    judgement = (outcome === "decreasing") === (polarity === "lower-is-better") ? "improving" : "worsening";
  }
  const label = !significant
    ? "No significant change"
    : `${outcome === "increasing" ? "Increasing" : "Decreasing"}${
        judgement === null ? "" : judgement === "improving" ? " and getting better" : " and getting worse"
      }`;
  return displayTrend({ ...base, outcome, judgement, label, chiSquared, slope, stable, n: k, code: null });
}
