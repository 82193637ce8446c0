import { formatNumber, withDisplay } from "@crimestats/internal";
import { binomialCdf, binomialPmf, binomialUpper, betaQuantile } from "./internal/beta.js";
import { RatesError } from "./RatesError.js";
import { levelText } from "./internal/display.js";
import { assertConfidence, assertCountAndPopulation, finiteResult, readOptions } from "./internal/validate.js";
import type { CountAndPopulation } from "./rateChange.js";

/** Options of {@link rateRatioTest}. */
export interface RateRatioTestOptions {
  /** Confidence level of the rate-ratio interval, a fraction strictly between 0 and 1 (default 0.95). */
  readonly confidence?: number;
}

/** Result of {@link rateRatioTest}. */
export interface RateRatioTestResult {
  /** The rate ratio, current rate / previous rate; null when the previous count is 0 (no finite ratio). */
  readonly value: number | null;
  /** Lower confidence limit of the ratio (0 when the current count is 0); null when both counts are 0. */
  readonly lower: number | null;
  /** Upper confidence limit of the ratio; null when it is unbounded (previous count 0) or both counts are 0. */
  readonly upper: number | null;
  /** The earlier period, as given. */
  readonly previous: CountAndPopulation;
  /** The later period, as given. */
  readonly current: CountAndPopulation;
  /** Always `"exact-conditional"`: the binomial test conditional on the total count. */
  readonly method: "exact-conditional";
  /** The confidence level of the interval, a fraction such as 0.95. */
  readonly confidence: number;
  /** Two-sided p-value of H₀: the two rates are equal (1 when both counts are 0; it can underflow to 0). */
  readonly pValue: number;
  /** Expected current count under H₀: (previous + current counts) × current population / total population. */
  readonly expectedCurrent: number;
}

/**
 * Is the current rate different from the previous one? The exact conditional test for the ratio
 * of two Poisson rates: given n = x_current + x_previous events, x_current is Binomial(n, p₀)
 * under H₀ with p₀ = T_current / (T_current + T_previous). Agrees with R's
 * `poisson.test(c(current.count, previous.count), c(current.population, previous.population))`:
 *
 * - ratio (`value`) = (x_current / T_current) / (x_previous / T_previous);
 * - interval: the Clopper–Pearson limits p_L = qbeta(α/2, x, n − x + 1) and
 *   p_U = qbeta(1 − α/2, x + 1, n − x) mapped by p / (1 − p) · T_previous / T_current;
 * - two-sided p-value as R's `binom.test`: the probability of all outcomes no more likely than
 *   the observed one (relative fuzz 1e-7), capped at 1.
 *
 * Both counts 0 is valid (nothing to compare): value, lower and upper are null and pValue is 1.
 * The test stays exact at every size, up to 2⁵³ − 1 events in all (checked against R and scipy
 * from 10³ to 10¹² events); a limit of p above ½ is formed from its complement, so an upper limit
 * near 1 keeps its digits. A p-value far below 1e-300 may underflow. In a REPL or notebook the
 * result prints as `rate ratio 1.97 (95% CI 0.86–4.28, exact conditional test), p = 0.080`.
 *
 * @param previous - The earlier period's `{ count, population }` (population may be person-time).
 * @param current - The later period's `{ count, population }`.
 * @param options - `confidence` (default 0.95), a fraction strictly between 0 and 1.
 * @returns The ratio (`value`), its confidence limits, the inputs, the p-value and the expected
 *   current count.
 * @throws {@link RatesError} `invalid-argument` when a period is not `{ count, population }`;
 *   `invalid-count` (also when the two counts together exceed `Number.MAX_SAFE_INTEGER`),
 *   `invalid-population` (also for populations too far apart to form their ratio),
 *   `invalid-confidence` or `invalid-option` naming the bad value; `invalid-number` when the ratio
 *   or a limit is beyond the largest representable number.
 * @example
 * ```ts
 * // R: poisson.test(c(11, 21), c(800, 3011))
 * const t = rateRatioTest({ count: 21, population: 3011 }, { count: 11, population: 800 });
 * t.value;  //=> 1.9714880952380953
 * t.lower;  //=> 0.858426403391…
 * t.upper;  //=> 4.277265943654…
 * t.pValue; //=> 0.0796686330333…
 * ```
 */
export function rateRatioTest(previous: CountAndPopulation, current: CountAndPopulation, options: RateRatioTestOptions = {}): RateRatioTestResult {
  options = readOptions("rateRatioTest", options) as RateRatioTestOptions;
  assertCountAndPopulation("previous", previous);
  assertCountAndPopulation("current", current);
  const confidence = options.confidence ?? 0.95;
  assertConfidence("confidence", confidence);

  const x = current.count;
  const t1 = current.population;
  const t2 = previous.population;
  const n = x + previous.count;
  if (n > Number.MAX_SAFE_INTEGER) {
    throw new RatesError(
      "invalid-count",
      `rateRatioTest: the two counts together (${previous.count} + ${x}) must not exceed ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER).`,
      { name: "count", previous: previous.count, current: x },
    );
  }
  // t1 / (t1 + t2) without overflowing when both populations are near the largest number.
  const total = t1 + t2;
  const p0 = Number.isFinite(total) ? t1 / total : t1 / 2 / (t1 / 2 + t2 / 2);
  // 1 − p₀ formed directly, so that it keeps its digits when the current population is far larger.
  const q0 = Number.isFinite(total) ? t2 / total : t2 / 2 / (t1 / 2 + t2 / 2);
  if (!(p0 > 0 && q0 > 0)) {
    throw new RatesError(
      "invalid-population",
      `rateRatioTest: the populations ${t2} and ${t1} are too far apart to compare (their ratio is beyond the range of numbers).`,
      { previous: t2, current: t1 },
    );
  }
  const expectedCurrent = n * p0;
  const inputs = { previous, current, method: "exact-conditional" as const, confidence };
  if (n === 0) {
    return withDisplay({ value: null, lower: null, upper: null, ...inputs, pValue: 1, expectedCurrent }, testText);
  }

  const finite = (what: string, value: number) =>
    finiteResult("rateRatioTest", what, value, {
      previous: previous.count,
      current: x,
      previousPopulation: t2,
      currentPopulation: t1,
    });
  const populationRatio = t2 / t1;
  const value = previous.count === 0 ? null : finite("the rate ratio", (x / previous.count) * populationRatio);
  const alpha = (1 - confidence) / 2;
  // Limits of p = x / n are mapped to the ratio by p / (1 − p) · T_previous / T_current. Above ½
  // the odds come from the complementary quantile q = 1 − p, so that p near 1 keeps its digits.
  const odds = (tail: number, a: number, b: number): number => {
    const p = betaQuantile(tail, a, b);
    if (p <= 0.5) return p / (1 - p);
    const q = betaQuantile(1 - tail, b, a);
    return (1 - q) / q;
  };
  const lower = x === 0 ? 0 : finite("the lower limit of the rate ratio", odds(alpha, x, n - x + 1) * populationRatio);
  const upperOdds = x === n ? Number.POSITIVE_INFINITY : odds(1 - alpha, x + 1, n - x);
  const upper = Number.isFinite(upperOdds) ? finite("the upper limit of the rate ratio", upperOdds * populationRatio) : null;
  const pValue = twoSidedBinomialPValue(x, n, p0, q0);
  return withDisplay({ value, lower, upper, ...inputs, pValue, expectedCurrent }, testText);
}

/** `"rate ratio 1.97 (95% CI 0.86–4.28, exact conditional test), p = 0.080"`. */
function testText(t: RateRatioTestResult): string {
  if (t.lower === null) return "no events in either period: no rate ratio to test (exact conditional test), p = 1";
  const ratio = t.value === null ? "rate ratio not defined, no previous events" : `rate ratio ${formatNumber(t.value, 2)}`;
  const upper = t.upper === null ? "unbounded" : formatNumber(t.upper, 2);
  const p = t.pValue < 0.001 ? "p < 0.001" : `p = ${formatNumber(t.pValue, 3)}`;
  return `${ratio} (${levelText(t.confidence)} CI ${formatNumber(t.lower, 2)}–${upper}, exact conditional test), ${p}`;
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
