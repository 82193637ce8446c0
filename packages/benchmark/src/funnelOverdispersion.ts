import { describeValue, formatNumber } from "@crimestats/internal";
import { BenchmarkError } from "./BenchmarkError.js";
import { quantile7 } from "./internal/quantiles.js";
import { chiSquaredQuantile } from "./internal/rates.js";
import { assertConfidence, assertCount, assertFinite, assertObject, assertOneOf, assertPopulation, assertPositive } from "./internal/validate.js";

/** One area of {@link funnelOverdispersion}: its count of events and its population. */
export interface FunnelOverdispersionRow {
  /** The area's name, e.g. `"Harrow"`. */
  readonly area: string;
  /** Its count of events (a whole number ≥ 0). */
  readonly count: number;
  /** Its population (> 0). */
  readonly population: number;
}

/** How {@link funnelOverdispersion} standardises each area's count. */
export type OverdispersionScale = "rate" | "square-root";

/** Options of {@link funnelOverdispersion}. */
export interface FunnelOverdispersionOptions {
  /** The rate base of `benchmarkRate` (default 1,000). */
  readonly per?: number | undefined;
  /**
   * The fraction of z-scores winsorised at each end (default 0.1: the lowest 10% are raised to the
   * 10th percentile and the highest 10% lowered to the 90th), from 0 (none) to below 0.5.
   */
  readonly winsorise?: number | undefined;
  /**
   * `rate` (default): z = (O − E)/√E, the Poisson count on its own scale, the scale on which
   * `funnelLimits` widens its limits by √φ. `square-root`: z = 2(√O − √E), the variance-stabilised
   * form Spiegelhalter recommends for small counts.
   */
  readonly scale?: OverdispersionScale | undefined;
  /** The level of the χ² test of over-dispersion, as a fraction (default 0.95). */
  readonly confidence?: number | undefined;
}

/** One area's z-scores in a {@link FunnelOverdispersionResult}. */
export interface OverdispersionArea {
  /** The area's name. */
  readonly area: string;
  /** Its count of events. */
  readonly count: number;
  /** Its population. */
  readonly population: number;
  /** Its expected count E = benchmark × population / per. */
  readonly expected: number;
  /** Its z-score on the chosen scale, before winsorising. */
  readonly zScore: number;
  /** Its z-score after winsorising: the one that enters φ. */
  readonly winsorisedZScore: number;
  /** Whether winsorising moved it (it lay beyond a cut point). */
  readonly winsorised: boolean;
}

/** The result of {@link funnelOverdispersion}. */
export interface FunnelOverdispersionResult {
  /**
   * The factor to pass as `overdispersion` to `funnelLimits` and `funnelPoints`: the estimate
   * when over-dispersion is detected, else 1 (Spiegelhalter: widen the limits only when the test
   * says the areas vary more than chance).
   */
  readonly overdispersion: number;
  /** The estimate φ = Σz²/n of the winsorised z-scores (may be below 1). */
  readonly estimate: number;
  /** Whether nφ exceeds the χ² quantile at `confidence` on n − 1 degrees of freedom. */
  readonly detected: boolean;
  /** The test statistic nφ. */
  readonly statistic: number;
  /** n − 1. */
  readonly degreesOfFreedom: number;
  /** The χ² quantile at `confidence` on `degreesOfFreedom`: over-dispersion is detected above it. */
  readonly criticalValue: number;
  /** The level of the test. */
  readonly confidence: number;
  /** The fraction winsorised at each end. */
  readonly winsorise: number;
  /** How the counts were standardised. */
  readonly scale: OverdispersionScale;
  /** The benchmark rate the z-scores are taken around. */
  readonly benchmark: number;
  /** The rate base. */
  readonly per: number;
  /** The number of areas, n. */
  readonly areaCount: number;
  /** Each area with its z-scores, in the order given. */
  readonly areas: readonly OverdispersionArea[];
  /** `"spiegelhalter-winsorised"`. */
  readonly method: "spiegelhalter-winsorised";
  /** One sentence saying whether the areas vary more than chance, with φ and the test. */
  readonly explanation: string;
}

const fn = "funnelOverdispersion";

/**
 * Estimates how much more the areas' rates vary than chance would make them (over-dispersion): the
 * multiplicative factor φ of Spiegelhalter (2005, "Handling over-dispersion of performance
 * indicators", Qual Saf Health Care 14:347–351), to widen funnel limits by √φ.
 *
 * Method: each area's expected count E = benchmark × population / per and its z-score
 * z = (O − E)/√E (or 2(√O − √E) with `scale: "square-root"`); the z-scores are winsorised (those
 * below the `winsorise` quantile raised to it, those above the 1 − `winsorise` quantile lowered to
 * it; quantiles of type 7, R's default, as FunnelPlotR does), so a few extreme areas do not inflate
 * the estimate; φ = Σz²/n of the winsorised z-scores. Under no over-dispersion nφ follows about a
 * χ² distribution on n − 1 degrees of freedom (the benchmark usually being the areas' own pooled
 * rate); over-dispersion is detected when nφ exceeds its quantile at `confidence`, and only then is
 * `overdispersion` φ (else 1). Pass it to `funnelPoints` so the chart's limits allow for the real
 * variation between areas.
 *
 * @param rows - The areas: `{ area, count, population }`, at least 2, each area once.
 * @param benchmarkRate - The benchmark rate (> 0) per `per`, e.g. the benchmark area's rate.
 * @param options - `per` (default 1,000), `winsorise` (default 0.1), `scale` (default `rate`) and
 *   `confidence` of the test (default 0.95).
 * @returns φ, the factor to use, the test, each area's z-scores and an explanation.
 * @throws {@link BenchmarkError} `invalid-argument` when `rows` is not a list of objects or an area
 *   name is not text; `empty-input` for fewer than 2 areas; `duplicate-area` for an area named twice;
 *   `invalid-count` / `invalid-population` for a bad count or population; `invalid-number` for a
 *   benchmark rate that is not above 0 or an expected count too small or large to standardise;
 *   `invalid-option` for bad options; `invalid-confidence` for a bad `confidence`.
 * @example
 * ```ts
 * const result = funnelOverdispersion(
 *   [
 *     { area: "A", count: 812, population: 12_000 },
 *     { area: "B", count: 1530, population: 21_000 },
 *     { area: "C", count: 2950, population: 33_000 },
 *     { area: "D", count: 2400, population: 30_000 },
 *     { area: "E", count: 1710, population: 22_500 },
 *     { area: "F", count: 3605, population: 41_000 },
 *     { area: "G", count: 990, population: 15_500 },
 *     { area: "H", count: 2210, population: 26_000 },
 *     { area: "I", count: 4020, population: 45_000 },
 *     { area: "J", count: 1405, population: 19_000 },
 *   ],
 *   80,
 * );
 * result.overdispersion;
 * //=> 18.880642864150772
 * result.explanation;
 * //=> "The 10 areas vary more than chance would make them: φ = 18.9 (z-scores winsorised at 10% each end), and nφ = 188.8 is above 16.9, the 95% point of χ² on 9 degrees of freedom; funnel limits widened by √φ allow for it."
 * ```
 */
export function funnelOverdispersion(
  rows: readonly FunnelOverdispersionRow[],
  benchmarkRate: number,
  options?: FunnelOverdispersionOptions,
): FunnelOverdispersionResult {
  if (options !== undefined) assertObject(fn, "options", options);
  if (!Array.isArray(rows)) {
    throw new BenchmarkError("invalid-argument", `${fn}: rows must be a list of { area, count, population }, got ${describeValue(rows)}.`, {
      name: "rows",
      value: rows,
    });
  }
  assertFinite(fn, "benchmarkRate", benchmarkRate);
  if (!(benchmarkRate > 0)) {
    throw new BenchmarkError(
      "invalid-number",
      `${fn}: benchmarkRate must be above 0 (z-scores divide by the expected count), got ${describeValue(benchmarkRate)}.`,
      {
        name: "benchmarkRate",
        value: benchmarkRate,
      },
    );
  }
  const per = options?.per ?? 1000;
  assertPositive(fn, "per", per);
  const winsorise = options?.winsorise ?? 0.1;
  if (typeof winsorise !== "number" || !(winsorise >= 0 && winsorise < 0.5)) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: winsorise must be a fraction from 0 to below 0.5 (0.1 = 10% at each end), got ${describeValue(winsorise)}.`,
      {
        name: "winsorise",
        value: winsorise,
      },
    );
  }
  const scale = options?.scale ?? "rate";
  assertOneOf(fn, "scale", scale, ["rate", "square-root"] as const);
  const confidence = options?.confidence ?? 0.95;
  assertConfidence(fn, "confidence", confidence);
  if (rows.length < 2) {
    throw new BenchmarkError(
      "empty-input",
      `${fn}: rows has ${rows.length} area${rows.length === 1 ? "" : "s"}; estimating over-dispersion needs at least 2.`,
      {
        name: "rows",
      },
    );
  }

  const seen = new Set<string>();
  const standardised = Array.from(rows as readonly unknown[], (row, i) => {
    assertObject(fn, `rows[${i}]`, row as FunnelOverdispersionRow, "invalid-argument");
    const { area, count, population } = row as FunnelOverdispersionRow;
    if (typeof area !== "string" || area.trim() === "") {
      throw new BenchmarkError("invalid-argument", `${fn}: rows[${i}].area must be an area name, got ${describeValue(area)}.`, {
        name: `rows[${i}].area`,
        value: area,
      });
    }
    if (seen.has(area)) {
      throw new BenchmarkError("duplicate-area", `${fn}: ${area} is given twice; each area once.`, { name: `rows[${i}].area`, value: area });
    }
    seen.add(area);
    assertCount(fn, `rows[${i}].count`, count);
    assertPopulation(fn, `rows[${i}].population`, population);
    let expected = (benchmarkRate * population) / per;
    if (!Number.isFinite(expected)) expected = benchmarkRate * (population / per);
    if (!(expected > 0) || !Number.isFinite(expected) || !Number.isFinite(count - expected)) {
      throw new BenchmarkError(
        "invalid-number",
        `${fn}: ${area}'s expected count (${describeValue(expected)}) must be a finite number above 0 to standardise its count.`,
        { name: `rows[${i}].population`, value: population, expected },
      );
    }
    const zScore = scale === "rate" ? (count - expected) / Math.sqrt(expected) : 2 * (Math.sqrt(count) - Math.sqrt(expected));
    return { area, count, population, expected, zScore };
  });

  const sorted = Float64Array.from(standardised, (a) => a.zScore).sort();
  const low = quantile7(sorted, winsorise);
  const high = quantile7(sorted, 1 - winsorise);
  const areas: OverdispersionArea[] = standardised.map((a) => {
    const winsorisedZScore = Math.min(Math.max(a.zScore, low), high);
    return { ...a, winsorisedZScore, winsorised: winsorisedZScore !== a.zScore };
  });
  const n = areas.length;
  // Σz² scaled by the largest |z| first, so that squares of huge z-scores cannot overflow.
  const largest = Math.max(...areas.map((a) => Math.abs(a.winsorisedZScore)));
  const estimate = largest === 0 ? 0 : (largest * largest * areas.reduce((sum, a) => sum + (a.winsorisedZScore / largest) ** 2, 0)) / n;
  if (!Number.isFinite(estimate)) {
    throw new BenchmarkError("invalid-number", `${fn}: the z-scores are too large to estimate φ (${describeValue(estimate)}).`, { name: "rows" });
  }
  const statistic = n * estimate;
  const degreesOfFreedom = n - 1;
  const criticalValue = chiSquaredQuantile(confidence, degreesOfFreedom);
  const detected = statistic > criticalValue;
  const overdispersion = detected ? Math.max(1, estimate) : 1;
  return {
    overdispersion,
    estimate,
    detected,
    statistic,
    degreesOfFreedom,
    criticalValue,
    confidence,
    winsorise,
    scale,
    benchmark: benchmarkRate,
    per,
    areaCount: n,
    areas,
    method: "spiegelhalter-winsorised",
    explanation: explain(n, estimate, statistic, criticalValue, degreesOfFreedom, confidence, winsorise, detected),
  };
}

/** The explanation sentence. */
function explain(
  n: number,
  estimate: number,
  statistic: number,
  criticalValue: number,
  degreesOfFreedom: number,
  confidence: number,
  winsorise: number,
  detected: boolean,
): string {
  const level = `${formatNumber(confidence * 100, 1, { trim: true })}%`;
  const winsorised = winsorise > 0 ? `z-scores winsorised at ${formatNumber(winsorise * 100, 1, { trim: true })}% each end` : "z-scores not winsorised";
  const test = `the ${level} point of χ² on ${formatNumber(degreesOfFreedom, 0)} degree${degreesOfFreedom === 1 ? "" : "s"} of freedom`;
  const areas = `The ${formatNumber(n, 0)} areas`;
  return detected
    ? `${areas} vary more than chance would make them: φ = ${formatNumber(estimate, 1)} (${winsorised}), and nφ = ${formatNumber(statistic, 1)} is above ${formatNumber(criticalValue, 1)}, ${test}; funnel limits widened by √φ allow for it.`
    : `${areas} vary no more than chance would make them: φ = ${formatNumber(estimate, 2)} (${winsorised}), and nφ = ${formatNumber(statistic, 1)} is not above ${formatNumber(criticalValue, 1)}, ${test}; the funnel limits need no widening (φ = 1).`;
}
