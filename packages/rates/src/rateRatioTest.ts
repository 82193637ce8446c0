import { binomialCdf, binomialPmf, binomialUpper, betaQuantile } from "./internal/beta.js";
import { RatesError } from "./RatesError.js";
import { assertConfidence, assertCountAndPopulation, finiteResult, readOptions } from "./internal/validate.js";
import type { CountAndPopulation } from "./rateChange.js";

/** Options of {@link rateRatioTest}. */
export interface RateRatioTestOptions {
  /** Confidence level of the rate-ratio interval (default 0.95). */
  readonly confidence?: number;
}

/** Result of {@link rateRatioTest}. */
export interface RateRatioTestResult {
  /** after rate / before rate; null when the before count is 0 (no finite ratio). */
  readonly ratio: number | null;
  /** Lower confidence limit of the ratio (0 when the after count is 0); null when both counts are 0. */
  readonly lower: number | null;
  /** Upper confidence limit of the ratio; null when it is unbounded (before count 0) or both counts are 0. */
  readonly upper: number | null;
  /** Two-sided p-value of H₀: the two rates are equal (1 when both counts are 0; it can underflow to 0). */
  readonly pValue: number;
  /** The confidence level of the interval. */
  readonly confidence: number;
  /** Expected after-count under H₀: (before + after counts) × after population / total population. */
  readonly expectedAfter: number;
  /** The earlier period, as given. */
  readonly before: CountAndPopulation;
  /** The later period, as given. */
  readonly after: CountAndPopulation;
  /** Always `"exact-conditional"`: the binomial test conditional on the total count. */
  readonly method: "exact-conditional";
}

/**
 * Is the later rate different from the earlier one? The exact conditional test for the ratio of
 * two Poisson rates: given n = x_after + x_before events, x_after is Binomial(n, p₀) under
 * H₀ with p₀ = T_after / (T_after + T_before). Agrees with R's
 * `poisson.test(c(after.count, before.count), c(after.population, before.population))`:
 *
 * - ratio = (x_after / T_after) / (x_before / T_before);
 * - interval: the Clopper–Pearson limits p_L = qbeta(α/2, x, n − x + 1) and
 *   p_U = qbeta(1 − α/2, x + 1, n − x) mapped by p / (1 − p) · T_before / T_after;
 * - two-sided p-value as R's `binom.test`: the probability of all outcomes no more likely than
 *   the observed one (relative fuzz 1e-7), capped at 1.
 *
 * Both counts 0 is valid (nothing to compare): ratio, lower and upper are null and pValue is 1.
 * The test stays exact at every size, up to 2⁵³ − 1 events in all (checked against R and scipy
 * from 10³ to 10¹² events); a limit of p above ½ is formed from its complement, so an upper limit
 * near 1 keeps its digits. A p-value far below 1e-300 may underflow.
 *
 * @param before - The earlier period's `{ count, population }` (population may be person-time).
 * @param after - The later period's `{ count, population }`.
 * @param options - `confidence` (default 0.95).
 * @returns Ratio, confidence limits, p-value and the inputs.
 * @throws {@link RatesError} `INVALID_COUNT` (also when the two counts together exceed
 *   `Number.MAX_SAFE_INTEGER`), `INVALID_POPULATION` (also for populations too far apart to form
 *   their ratio), `INVALID_CONFIDENCE` or `INVALID_OPTION` naming the bad value; `INVALID_NUMBER`
 *   when the ratio or a limit is beyond the largest representable number.
 * @example
 * ```ts
 * // R: poisson.test(c(11, 21), c(800, 3011))
 * const t = rateRatioTest({ count: 21, population: 3011 }, { count: 11, population: 800 });
 * t.ratio;  //=> 1.9714880952380953
 * t.lower;  //=> 0.858426403391…
 * t.upper;  //=> 4.277265943654…
 * t.pValue; //=> 0.0796686330333…
 * ```
 */
export function rateRatioTest(
  before: CountAndPopulation,
  after: CountAndPopulation,
  options: RateRatioTestOptions = {},
): RateRatioTestResult {
  options = readOptions("rateRatioTest", options) as RateRatioTestOptions;
  assertCountAndPopulation("before", before);
  assertCountAndPopulation("after", after);
  const confidence = options.confidence ?? 0.95;
  assertConfidence("confidence", confidence);

  const x = after.count;
  const t1 = after.population;
  const t2 = before.population;
  const n = x + before.count;
  if (n > Number.MAX_SAFE_INTEGER) {
    throw new RatesError(
      "INVALID_COUNT",
      `rateRatioTest: the two counts together (${before.count} + ${x}) must not exceed ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER).`,
      { name: "count", before: before.count, after: x },
    );
  }
  // t1 / (t1 + t2) without overflowing when both populations are near the largest number.
  const total = Number.isFinite(t1 + t2) ? t1 + t2 : Number.NaN;
  const p0 = Number.isFinite(total) ? t1 / total : t1 / 2 / (t1 / 2 + t2 / 2);
  // 1 − p₀ formed directly, so that it keeps its digits when the after population is far larger.
  const q0 = Number.isFinite(total) ? t2 / total : t2 / 2 / (t1 / 2 + t2 / 2);
  if (!(p0 > 0 && q0 > 0)) {
    throw new RatesError(
      "INVALID_POPULATION",
      `rateRatioTest: the populations ${t2} and ${t1} are too far apart to compare (their ratio is beyond the range of numbers).`,
      { before: t2, after: t1 },
    );
  }
  const expectedAfter = n * p0;
  const base = { confidence, expectedAfter, before, after, method: "exact-conditional" as const };
  if (n === 0) return { ratio: null, lower: null, upper: null, pValue: 1, ...base };

  const finite = (what: string, value: number) =>
    finiteResult("rateRatioTest", what, value, { before: before.count, after: x, beforePopulation: t2, afterPopulation: t1 });
  const populationRatio = t2 / t1;
  const ratio = before.count === 0 ? null : finite("the rate ratio", (x / before.count) * populationRatio);
  const alpha = (1 - confidence) / 2;
  // Limits of p = x / n are mapped to the ratio by p / (1 − p) · T_before / T_after. Above ½ the
  // odds come from the complementary quantile q = 1 − p, so that p near 1 keeps its digits.
  const odds = (tail: number, a: number, b: number): number => {
    const p = betaQuantile(tail, a, b);
    if (p <= 0.5) return p / (1 - p);
    const q = betaQuantile(1 - tail, b, a);
    return (1 - q) / q;
  };
  const lower = x === 0 ? 0 : finite("the lower limit of the rate ratio", odds(alpha, x, n - x + 1) * populationRatio);
  const upperOdds = x === n ? Number.POSITIVE_INFINITY : odds(1 - alpha, x + 1, n - x);
  const upper = Number.isFinite(upperOdds) ? finite("the upper limit of the rate ratio", upperOdds * populationRatio) : null;
  return { ratio, lower, upper, pValue: twoSidedBinomialPValue(x, n, p0, q0), ...base };
}

/** Two-sided exact binomial p-value by the method of R's `binom.test`. */
function twoSidedBinomialPValue(x: number, n: number, p: number, q: number): number {
  const relErr = 1 + 1e-7;
  const d = binomialPmf(x, n, p, q) * relErr;
  const m = n * p;
  if (x === m) return 1;
  let pValue: number;
  if (x < m) {
    // The pmf does not increase on [ceil(m), n]: find the first i there with pmf(i) <= d.
    let lo = Math.ceil(m);
    let hi = n + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (binomialPmf(mid, n, p, q) <= d) hi = mid;
      else lo = mid + 1;
    }
    const y = n + 1 - lo; // number of i in [ceil(m), n] with pmf(i) <= d
    pValue = binomialCdf(x, n, p, q) + binomialUpper(n - y, n, p, q);
  } else {
    // The pmf does not decrease on [0, floor(m)]: count i there with pmf(i) <= d.
    let lo = 0;
    let hi = Math.floor(m) + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (binomialPmf(mid, n, p, q) <= d) lo = mid + 1;
      else hi = mid;
    }
    const y = lo;
    pValue = binomialCdf(y - 1, n, p, q) + binomialUpper(x - 1, n, p, q);
  }
  return Math.min(1, pValue);
}
