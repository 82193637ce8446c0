/**
 * Stable machine-readable codes carried by {@link RatesError}.
 *
 * - `INVALID_COUNT`: a count that is negative, fractional, NaN, infinite or above
 *   `Number.MAX_SAFE_INTEGER` (2⁵³ − 1, the largest whole number a double holds exactly).
 * - `INVALID_POPULATION`: a denominator that is zero, negative, NaN or infinite.
 * - `INVALID_NUMBER`: any other number outside its allowed range, or a result that would be
 *   beyond the largest representable number (about 1.8e308), which is never returned as Infinity.
 * - `INVALID_CONFIDENCE`: a confidence level outside (0, 1).
 * - `INVALID_OPTION`: an option with an unknown value, or an options argument that is not an
 *   object (such as `null`).
 * - `INVALID_MONTH`: a month key that is not `"YYYY-MM"`.
 * - `MISSING_MONTH`: a gap in a monthly series with no fill given.
 * - `DUPLICATE_MONTH`: the same month twice in a series.
 * - `LENGTH_MISMATCH`: arrays that should have equal lengths do not.
 * - `INSUFFICIENT_DATA`: a series too short for the requested calculation.
 * - `STOCK_NOT_SUMMABLE`: a stock series (snapshots such as active cases) given to a function
 *   that sums months.
 */
export type RatesErrorCode =
  | "INVALID_COUNT"
  | "INVALID_POPULATION"
  | "INVALID_NUMBER"
  | "INVALID_CONFIDENCE"
  | "INVALID_OPTION"
  | "INVALID_MONTH"
  | "MISSING_MONTH"
  | "DUPLICATE_MONTH"
  | "LENGTH_MISMATCH"
  | "INSUFFICIENT_DATA"
  | "STOCK_NOT_SUMMABLE";

/**
 * The one error class thrown by `@crimestats/rates` for invalid input. Its message names the bad
 * value and what was expected; `code` is stable across versions; `details` carries the values.
 *
 * @example
 * ```ts
 * try { rate(-1, 1000); } catch (e) { (e as RatesError).code; }
 * //=> "INVALID_COUNT"
 * ```
 */
export class RatesError extends Error {
  /** Stable machine-readable code, see {@link RatesErrorCode}. */
  readonly code: RatesErrorCode;
  /** The offending values and context (argument name, value, index, expected range). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates a rates error.
   *
   * @param code - The stable error code.
   * @param message - A sentence naming the bad value and what was expected.
   * @param details - The offending values and context.
   */
  constructor(code: RatesErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "RatesError";
    this.code = code;
    this.details = details;
  }
}
