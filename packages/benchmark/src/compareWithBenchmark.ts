import { describeValue, formatNumber } from "@crimestats/internal";
import { exactPoissonInterval } from "./internal/rates.js";
import { BenchmarkError } from "./BenchmarkError.js";
import { funnelLimits, type FunnelDistribution } from "./funnelLimits.js";
import { checkIntervals, intervalAt, type Limits } from "./internal/intervals.js";
import { displayComparison } from "./internal/display.js";
import { limitRate, readLevels, readOverdispersion } from "./internal/funnel.js";
import { judge } from "./internal/judge.js";
import { assertFinite, assertObject, assertOneOf, assertOptionalText, assertPolarity, assertPositive } from "./internal/validate.js";
import type { Polarity } from "@crimestats/schema";
import type { ConfidenceInterval } from "@crimestats/rates";
import type { BenchmarkFigure } from "./types.js";

/**
 * How a figure is compared with a benchmark (PHE Fingertips technical guidance):
 *
 * - `ci-overlap-95`: similar when the benchmark lies inside the figure's 95% interval (inclusive),
 *   otherwise better or worse (Fingertips "SingleOverlappingCIsForOneCiLevel" at 95%).
 * - `ci-overlap-99.8`: the same with the 99.8% interval.
 * - `two-level`: similar inside the 95% interval; better/worse when the benchmark lies between the
 *   95% and 99.8% limits; best/worst beyond the 99.8% limits ("SingleOverlappingCIsForTwoCiLevels").
 * - `funnel`: significance for the figure's population at 95% (better/worse) and 99.8%
 *   (best/worst) by default. Rates (`poisson`): the exact Poisson test of the figure's count against
 *   the expected count E = benchmark × population / per — significant when E lies outside the
 *   count's exact (Garwood) interval, so the verdict is exact for every count, 0 included (a count
 *   of 0 is significantly low only when e^−E < α/2); limits widened by √φ about the count under
 *   over-dispersion. Proportions (`binomial`): the value against the Wilson control limits around
 *   the benchmark ({@link funnelLimits}, Fingertips SpcForProportions).
 */
export type ComparisonMethod = "ci-overlap-95" | "ci-overlap-99.8" | "two-level" | "funnel";

/**
 * The outcome of a comparison: `better`/`worse` (significant at the lower level), `best`/`worst`
 * (significant at 99.8% in a two-level method), `similar`, `higher`/`lower` (significant, for a
 * `no-judgement` indicator) or `not-compared` (see the result's `code`).
 */
export type ComparisonOutcome = "better" | "similar" | "worse" | "best" | "worst" | "higher" | "lower" | "not-compared";

/**
 * Why a figure was not compared (the result's `code`):
 *
 * - `no-interval`: the figure has no usable interval at a level the method needs.
 * - `too-few-events`: the figure's count is below `minEvents`.
 * - `no-count`: the method (or `minEvents`) needs the figure's count (and population) and it has none.
 * - `same-area`: the benchmark is the figure's own area; an area is never compared with itself.
 */
export type NotComparedCode = "no-interval" | "too-few-events" | "no-count" | "same-area";

/**
 * A benchmark: a number (the benchmark area's rate), or a figure whose `value` is used (its `area` stops an
 * area being compared with itself; its `per` must match the figure's).
 */
export type Benchmark = number | { readonly value: number; readonly area?: string | undefined; readonly per?: number | undefined };

/** Options of {@link compareWithBenchmark}. */
export interface CompareWithBenchmarkOptions {
  /** The comparison method. */
  readonly method: ComparisonMethod;
  /** Which direction is good; required (use `no-judgement` for higher/lower only). */
  readonly polarity: Polarity;
  /** Figures with a count below this are `not-compared` (`too-few-events`). Default: no minimum. */
  readonly minEvents?: number | undefined;
  /** `funnel` only: over-dispersion factor φ ≥ 1 that widens the limits (default 1, none). */
  readonly overdispersion?: number | undefined;
  /** `funnel` only: `poisson` (default, rates) or `binomial` (proportions; Fingertips SpcForProportions). */
  readonly distribution?: FunnelDistribution | undefined;
  /**
   * `funnel` only: the control-limit levels, default `[0.95, 0.998]` (better/worse outside the
   * first, best/worst outside the second); one level gives better/worse only.
   */
  readonly funnelLevels?: readonly number[] | undefined;
}

/** The result of {@link compareWithBenchmark}: the verdict with its method and inputs. */
export interface ComparisonResult {
  /** The verdict. */
  readonly outcome: ComparisonOutcome;
  /** Whether the figure is significantly `higher` or `lower` than the benchmark, or `similar`; `null` when not compared. */
  readonly direction: "higher" | "lower" | "similar" | null;
  /** The highest confidence level at which the difference is significant (0.95 or 0.998); `null` when similar or not compared. */
  readonly significance: number | null;
  /** The method used. */
  readonly method: ComparisonMethod;
  /** The polarity used. */
  readonly polarity: Polarity;
  /** The figure's value. */
  readonly value: number;
  /** The benchmark value. */
  readonly benchmark: number;
  /**
   * The limits the verdict was read from: the figure's intervals (for a `poisson` funnel, the exact
   * interval of its count on the rate scale), or, for a `binomial` funnel, the control limits
   * around the benchmark.
   */
  readonly limits: readonly ConfidenceInterval[];
  /** Why the figure was not compared, as a code; `null` when it was. */
  readonly code: NotComparedCode | null;
  /** One sentence saying how the verdict was reached (or why there is none). */
  readonly explanation: string;
}

const METHODS: readonly ComparisonMethod[] = ["ci-overlap-95", "ci-overlap-99.8", "two-level", "funnel"];

function percent(confidence: number): string {
  return `${formatNumber(confidence * 100, 1, { trim: true })}%`;
}

/**
 * Compares a figure with a benchmark and says how: which method, which confidence levels, which
 * polarity, and why not when it cannot. The rules are those of the PHE Fingertips technical guidance:
 * a figure is `similar` when the benchmark value B lies inside its interval, inclusive
 * (L ≤ B ≤ U); when U < B it is significantly lower, when L > B significantly higher; polarity
 * then turns lower/higher into better/worse (`lower-is-better`: lower = better), and under
 * `no-judgement` the outcome stays `lower`/`higher`. Polarity changes nothing else.
 *
 * The figure's intervals come from its `intervals` list (or its main `lower`/`upper` at its
 * `confidence`), as produced by `rate()` of `@crimestats/rates`; a figure without the interval a
 * method needs is `not-compared` with `code: "no-interval"`, never guessed. Confidence levels are
 * fractions (0.95, 0.998); a figure whose `lower` and `upper` come without their `confidence` is
 * an error, not a figure without an interval. In a REPL the result prints as its verdict
 * ("Lower than the benchmark (significant at 95%)").
 *
 * @param figure - The area's figure: value, intervals; for `funnel`, its count, population and per.
 * @param benchmark - The benchmark value (the benchmark area's rate), or a figure whose value is used.
 * @param options - `method`, `polarity` (required), and optional `minEvents`; for `funnel`,
 *   `overdispersion`, `distribution` and `funnelLevels`.
 * @returns The outcome with its direction, significance level, limits used and explanation.
 * @throws {@link BenchmarkError} `missing-polarity` when no polarity is given; `invalid-option` for
 *   an unknown method or polarity; `invalid-argument` when the figure is not an object;
 *   `invalid-number` when the value or benchmark is not finite; `missing-confidence` when the
 *   figure has `lower`/`upper` but no `confidence`; `invalid-confidence` for a confidence level that
 *   is not a fraction between 0 and 1; `invalid-interval` when an interval's lower limit is above
 *   its upper limit; `mixed-per` when the figure and a benchmark figure are per different bases.
 * @example
 * ```ts
 * const figure = { value: 10, intervals: [{ confidence: 0.95, lower: 8, upper: 12 }] };
 * compareWithBenchmark(figure, 13, { method: "ci-overlap-95", polarity: "lower-is-better" }).outcome;
 * //=> "better"
 * compareWithBenchmark(figure, 13, { method: "ci-overlap-95", polarity: "higher-is-better" }).outcome;
 * //=> "worse"
 * compareWithBenchmark(figure, 13, { method: "ci-overlap-95", polarity: "no-judgement" }).outcome;
 * //=> "lower"
 * compareWithBenchmark(figure, 12, { method: "ci-overlap-95", polarity: "lower-is-better" }).outcome;
 * //=> "similar"
 * compareWithBenchmark({ value: 10 }, 13, { method: "ci-overlap-95", polarity: "lower-is-better" }).code;
 * //=> "no-interval"
 * compareWithBenchmark({ value: 10, lower: 8, upper: 12, confidence: 0.95 }, 13, { method: "ci-overlap-95", polarity: "no-judgement" }).explanation;
 * //=> "The benchmark lies above the figure's 95% interval: significantly lower."
 * ```
 */
export function compareWithBenchmark(figure: BenchmarkFigure, benchmark: Benchmark, options: CompareWithBenchmarkOptions): ComparisonResult {
  const fn = "compareWithBenchmark";
  assertObject(fn, "options", options);
  assertOneOf(fn, "method", options.method, METHODS);
  assertPolarity(fn, options.polarity);
  assertObject(fn, "figure", figure, "invalid-argument");
  checkIntervals(fn, figure);
  assertFinite(fn, "figure.value", figure.value);
  assertOptionalText(fn, "figure.area", figure.area);
  if (typeof benchmark === "object" && benchmark !== null) assertOptionalText(fn, "benchmark.area", benchmark.area);
  const { method, polarity } = options;
  const b = typeof benchmark === "number" ? benchmark : (benchmark as { value?: unknown } | null)?.value;
  assertFinite(fn, "benchmark", b);
  const value = figure.value;

  const notCompared = (code: NotComparedCode, explanation: string): ComparisonResult =>
    displayComparison({
      outcome: "not-compared",
      direction: null,
      significance: null,
      method,
      polarity,
      value,
      benchmark: b,
      limits: [],
      code,
      explanation,
    });

  if (typeof benchmark === "object" && benchmark.per !== undefined && figure.per !== undefined && benchmark.per !== figure.per) {
    throw new BenchmarkError(
      "mixed-per",
      `${fn}: the figure is per ${describeValue(figure.per)} but the benchmark is per ${describeValue(benchmark.per)}; compare rates on the same base.`,
      { figurePer: figure.per, benchmarkPer: benchmark.per },
    );
  }
  if (typeof benchmark === "object" && benchmark.area !== undefined && benchmark.area === figure.area) {
    return notCompared("same-area", `Not compared: the benchmark is ${figure.area}'s own figure.`);
  }
  if (options.minEvents !== undefined) {
    assertFinite(fn, "minEvents", options.minEvents);
    if (figure.count === undefined) {
      return notCompared("no-count", "Not compared: minEvents is set but the figure carries no count.");
    }
    assertFinite(fn, "figure.count", figure.count);
    if (figure.count < options.minEvents) {
      return notCompared("too-few-events", `Not compared: ${figure.count} events is below the minimum of ${options.minEvents}.`);
    }
  }

  let levels: Limits[];
  if (method === "funnel") {
    const { count, population, per } = figure;
    if (count === undefined || population === undefined) {
      return notCompared("no-count", "Not compared: the funnel method needs the figure's count and population.");
    }
    assertFinite(fn, "figure.count", count);
    const funnelLevels = options.funnelLevels ?? [0.95, 0.998];
    if (!Array.isArray(funnelLevels) || funnelLevels.length < 1 || funnelLevels.length > 2) {
      throw new BenchmarkError(
        "invalid-option",
        `${fn}: funnelLevels must be one or two confidence levels such as [0.95, 0.998], got ${describeValue(funnelLevels)}.`,
        { name: "funnelLevels", value: funnelLevels },
      );
    }
    if ((options.distribution ?? "poisson") === "poisson") {
      // The exact test of the count: continuous funnel limits around E would call a count of 0
      // significantly low for any E > 0 (P(X = 0 | E = 1) is 0.37).
      readLevels(fn, funnelLevels);
      const widen = Math.sqrt(readOverdispersion(fn, options.overdispersion));
      assertPositive(fn, "figure.population", population);
      const base = per ?? 1000;
      assertPositive(fn, "figure.per", base);
      if (!Number.isSafeInteger(count) || count < 0) {
        throw new BenchmarkError(
          "invalid-number",
          `${fn}: the funnel method's exact Poisson test needs a whole count from 0 to ${Number.MAX_SAFE_INTEGER}, got ${describeValue(count)}.`,
          { name: "figure.count", value: count },
        );
      }
      const countLevels = funnelLevels.map((confidence: number) => {
        const interval = exactPoissonInterval(count, confidence);
        const lower = Math.max(0, count - widen * (count - interval.lower));
        const upper = count + widen * (interval.upper - count);
        return { confidence, lower: limitRate(fn, lower, population, base), upper: limitRate(fn, upper, population, base) };
      });
      return fromIntervals(countLevels, funnelLevels.length === 2, "exact Poisson interval (of its count)");
    }
    const funnel = funnelLimits(b, population, {
      per: per ?? 1000,
      levels: funnelLevels,
      ...(options.overdispersion === undefined ? {} : { overdispersion: options.overdispersion }),
      ...(options.distribution === undefined ? {} : { distribution: options.distribution }),
    });
    levels = funnel.limits.map((l) => ({ confidence: l.confidence, lower: l.lower, upper: l.upper }));
    // In a funnel the limits surround the benchmark: the figure is higher when above the upper limit.
    const inner = levels[0] as Limits;
    const outer = levels[1];
    if (value >= inner.lower && value <= inner.upper) {
      return result("similar", null, null, levels, `The value lies inside the ${percent(inner.confidence)} funnel limits around the benchmark.`);
    }
    const direction = value > inner.upper ? "higher" : "lower";
    const extreme = outer !== undefined && (direction === "higher" ? value > outer.upper : value < outer.lower);
    const level = extreme ? (outer as Limits).confidence : inner.confidence;
    return result(
      judge(direction, extreme, polarity),
      direction,
      level,
      levels,
      `The value lies ${direction === "higher" ? "above the upper" : "below the lower"} ${percent(level)} funnel limit around the benchmark.`,
    );
  }

  const needed = method === "ci-overlap-95" ? [0.95] : method === "ci-overlap-99.8" ? [0.998] : [0.95, 0.998];
  levels = [];
  for (const confidence of needed) {
    const limits = intervalAt(fn, figure, confidence);
    if (limits === null) {
      return notCompared("no-interval", `Not compared: the figure has no usable ${percent(confidence)} interval.`);
    }
    levels.push(limits);
  }
  return fromIntervals(levels, method === "two-level", "interval");

  /** The verdict from the figure's intervals (inner first; with two levels the outer decides best/worst). */
  function fromIntervals(levels: Limits[], twoLevels: boolean, what: string): ComparisonResult {
    const bv = b as number;
    const inner = levels[0] as Limits;
    if (bv >= inner.lower && bv <= inner.upper) {
      return result("similar", null, null, levels, `The benchmark lies inside the figure's ${percent(inner.confidence)} ${what}: no significant difference.`);
    }
    const direction = inner.upper < bv ? "lower" : "higher";
    const outer = twoLevels ? (levels[1] as Limits) : null;
    const extreme = outer !== null && (direction === "lower" ? outer.upper < bv : outer.lower > bv);
    const level = extreme ? (outer as Limits).confidence : inner.confidence;
    return result(
      judge(direction, extreme, polarity),
      direction,
      level,
      levels,
      `The benchmark lies ${direction === "lower" ? "above" : "below"} the figure's ${percent(level)} ${what}: significantly ${direction}${
        outer !== null && !extreme ? ` at ${percent(inner.confidence)} but not at ${percent(outer.confidence)}` : ""
      }.`,
    );
  }

  function result(
    outcome: ComparisonOutcome,
    direction: "higher" | "lower" | null,
    significance: number | null,
    limits: Limits[],
    explanation: string,
  ): ComparisonResult {
    return displayComparison({
      outcome,
      direction: direction ?? "similar",
      significance,
      method,
      polarity,
      value,
      benchmark: b as number,
      limits,
      code: null,
      explanation:
        polarity === "no-judgement" || outcome === "similar"
          ? explanation
          : `${explanation} ${polarity === "lower-is-better" ? "Lower" : "Higher"} is better: ${outcome}.`,
    });
  }
}
