import { formatNumber, withDisplay } from "@crimestats/internal";
import { RatesError } from "./RatesError.js";
import { levelText } from "./internal/display.js";
import { assertConfidence, assertCountAndPopulation, readOptions } from "./internal/validate.js";
import type { CountAndPopulation } from "./rateChange.js";
import { rateRatioTest, type RateRatioTestResult } from "./rateRatioTest.js";

/** Options of {@link classifyChange}. */
export interface ClassifyChangeOptions {
  /** Confidence level of the test, a fraction strictly between 0 and 1 (default 0.95): significant when p < 1 − confidence. */
  readonly confidence?: number;
}

/** The verdict of {@link classifyChange}. */
export type ChangeVerdict = "significant-rise" | "significant-fall" | "no-significant-change" | "too-few-to-judge";

/** Result of {@link classifyChange}. */
export interface ClassifyChangeResult {
  /** The verdict on the change from the previous period to the current one. */
  readonly verdict: ChangeVerdict;
  /**
   * The exact conditional rate-ratio test the verdict rests on ({@link rateRatioTest}, at
   * `confidence`); null when the verdict is `"too-few-to-judge"`, which no test result decides.
   */
  readonly test: RateRatioTestResult | null;
  /** The confidence level, a fraction such as 0.95. */
  readonly confidence: number;
  /** How the verdict was reached, one sentence naming the test and the level (with the p-value, or why none could be significant). */
  readonly method: string;
  /**
   * The verdict in plain English, true of any count (offences, first-time entrants, custodies): "a
   * significant rise", "a significant fall", "no significant change" or "too few to judge".
   */
  readonly explanation: string;
}

/** The verdict in plain English, for a councillor. */
const EXPLANATIONS: Readonly<Record<ChangeVerdict, string>> = {
  "significant-rise": "a significant rise",
  "significant-fall": "a significant fall",
  "no-significant-change": "no significant change",
  "too-few-to-judge": "too few to judge",
};

/**
 * Is the change from the previous period to the current one a real rise or fall, or within what
 * chance alone gives (docs/methods.md#is-a-change-significant)? The verdict rests on the exact
 * conditional test of the ratio of the two rates ({@link rateRatioTest}; the test of R's
 * `poisson.test`), two-sided, at `confidence`:
 *
 * - `"too-few-to-judge"` ("too few to judge") when the count is too small for ANY split of it to
 *   be significant: with n = previous.count + current.count events in all, the smallest two-sided
 *   p-value over every split (current = 0, 1, …, n; always reached at current = 0 or current = n)
 *   is ≥ 1 − confidence.
 *   With equal populations 5 events cannot reach p < 0.05 (the smallest p-value is 2 × 0.5⁵ =
 *   0.0625) but 6 can (0.03125); at 99.8% it takes 10. No events at all is too few to judge;
 * - otherwise `"significant-rise"` or `"significant-fall"` when p < 1 − confidence, the direction
 *   that of the rate ratio (current rate over previous rate: above 1 is a rise; a rise from no
 *   events is a rise), and `"no-significant-change"` when p ≥ 1 − confidence.
 *
 * Swapping the periods turns a rise into a fall and leaves the other verdicts as they are. In a
 * REPL or notebook the result prints as `a significant fall (exact conditional test, 95% level, p = 0.033)`.
 *
 * @param previous - The earlier period's `{ count, population }` (population may be person-time).
 * @param current - The later period's `{ count, population }`; each period's own population.
 * @param options - `confidence` (default 0.95), a fraction strictly between 0 and 1.
 * @returns The `verdict`, the `test` it rests on (null when too few to judge), the `confidence`,
 *   a `method` sentence and the `explanation` in plain English.
 * @throws {@link RatesError} `invalid-argument` when a period is not `{ count, population }`;
 *   `invalid-count` (also when the two counts together exceed `Number.MAX_SAFE_INTEGER`),
 *   `invalid-population` (also for populations too far apart to compare), `invalid-confidence` or
 *   `invalid-option` naming the bad value, as {@link rateRatioTest}.
 * @example
 * ```ts
 * // R: poisson.test(c(2240, 2386), c(248880, 248880))$p.value is 0.033004534618917274
 * const c = classifyChange({ count: 2386, population: 248880 }, { count: 2240, population: 248880 });
 * c.verdict;     //=> "significant-fall"
 * c.explanation; //=> "a significant fall"
 * c.method;      //=> "Exact conditional test of the ratio of the two rates, two-sided, at the 95% level (p = 0.033)."
 * classifyChange({ count: 0, population: 1000 }, { count: 5, population: 1000 }).verdict;
 * //=> "too-few-to-judge"
 * ```
 */
export function classifyChange(previous: CountAndPopulation, current: CountAndPopulation, options: ClassifyChangeOptions = {}): ClassifyChangeResult {
  options = readOptions("classifyChange", options) as ClassifyChangeOptions;
  assertCountAndPopulation("previous", previous);
  assertCountAndPopulation("current", current);
  const confidence = options.confidence ?? 0.95;
  assertConfidence("confidence", confidence);
  const n = previous.count + current.count;
  if (n > Number.MAX_SAFE_INTEGER) {
    throw new RatesError(
      "invalid-count",
      `classifyChange: the two counts together (${previous.count} + ${current.count}) must not exceed ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER).`,
      { name: "count", previous: previous.count, current: current.count },
    );
  }
  const test = testOf(previous, current, confidence);
  const alpha = 1 - confidence;
  // The smallest p-value any split of n could give: the two-sided p-value is the probability of
  // the outcomes no more likely than the observed one, so it is smallest at the least likely
  // outcome, which (the binomial being unimodal) is all n in one period or all in the other.
  const allPrevious = testOf({ count: n, population: previous.population }, { count: 0, population: current.population }, confidence);
  const allCurrent = testOf({ count: 0, population: previous.population }, { count: n, population: current.population }, confidence);
  const smallest = Math.min(allPrevious.pValue, allCurrent.pValue, test.pValue);
  const level = `Exact conditional test of the ratio of the two rates, two-sided, at the ${levelText(confidence)} level`;
  let verdict: ChangeVerdict;
  let method: string;
  if (smallest >= alpha) {
    verdict = "too-few-to-judge";
    method = `${level}: with a combined count of ${formatNumber(n, 0)} over the two periods, no split between them could give p below ${alphaText(alpha)}.`;
  } else {
    // The direction of the rate ratio, current rate / previous rate; with no previous events
    // there is no finite ratio, and a significant change from none is a rise.
    const rise = test.value === null || test.value > 1;
    verdict = test.pValue < alpha ? (rise ? "significant-rise" : "significant-fall") : "no-significant-change";
    method = `${level} (${pText(test.pValue)}).`;
  }
  const result: ClassifyChangeResult = {
    verdict,
    test: verdict === "too-few-to-judge" ? null : test,
    confidence,
    method,
    explanation: EXPLANATIONS[verdict],
  };
  return withDisplay(result, verdictText);
}

/** {@link rateRatioTest}, its errors (populations too far apart) named as this function's. */
function testOf(previous: CountAndPopulation, current: CountAndPopulation, confidence: number): RateRatioTestResult {
  try {
    return rateRatioTest(previous, current, { confidence });
  } catch (error) {
    if (!(error instanceof RatesError) || !error.message.startsWith("rateRatioTest: ")) throw error;
    throw new RatesError(error.code, `classifyChange: ${error.message.slice("rateRatioTest: ".length)}`, error.details);
  }
}

/** 1 − confidence as written: 0.050000000000000044 → "0.05". */
function alphaText(alpha: number): string {
  return formatNumber(alpha, 10, { trim: true });
}

/** `"p = 0.033"`, or `"p < 0.001"`. */
function pText(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${formatNumber(p, 3)}`;
}

/** `"a significant fall (exact conditional test, 95% level, p = 0.033)"`. */
function verdictText(r: ClassifyChangeResult): string {
  const detail = r.test === null ? "no split of the count could be significant" : pText(r.test.pValue);
  return `${r.explanation} (exact conditional test, ${levelText(r.confidence)} level, ${detail})`;
}
