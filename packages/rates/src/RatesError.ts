/**
 * Stable machine-readable codes carried by {@link RatesError}, in the kebab-case the whole
 * crimestats suite uses (the same fault has the same code in every package).
 *
 * - `invalid-argument`: a positional argument of the wrong type or shape (a side of a comparison
 *   that is not `{ count, population }`, a series that is neither `{ start, values }` nor records).
 * - `invalid-option`: an options argument that is not an object (such as `null`), or an option
 *   with a bad value.
 * - `invalid-count`: a count that is negative, fractional, NaN, infinite or above
 *   `Number.MAX_SAFE_INTEGER` (2⁵³ − 1, the largest whole number a double holds exactly).
 * - `invalid-population`: a denominator that is zero, negative, NaN or infinite.
 * - `invalid-number`: any other number outside its allowed range, or a result that would be
 *   beyond the largest representable number (about 1.8e308), which is never returned as Infinity.
 * - `invalid-confidence`: a confidence level that is not a fraction strictly between 0 and 1.
 * - `invalid-month`: a month key that is not `"YYYY-MM"`, or a month outside January 1000 to
 *   December 9999.
 * - `invalid-period`: a value that is not a `Period` of `@crimestats/periods`.
 * - `missing-month`: a gap in a monthly series with no fill given.
 * - `duplicate-month`: the same month twice in a series.
 * - `length-mismatch`: arrays that should have equal lengths do not.
 * - `empty-input`: a series or set of arrays that must not be empty is empty.
 * - `insufficient-data`: a series too short for the requested calculation (fewer than 12
 *   months for `classifyMonths`).
 * - `stock-not-summable`: a stock series (snapshots such as active cases) given to a function
 *   that sums months.
 */
export type RatesErrorCode =
  | "invalid-argument"
  | "invalid-option"
  | "invalid-count"
  | "invalid-population"
  | "invalid-number"
  | "invalid-confidence"
  | "invalid-month"
  | "invalid-period"
  | "missing-month"
  | "duplicate-month"
  | "length-mismatch"
  | "empty-input"
  | "insufficient-data"
  | "stock-not-summable";

/**
 * The one error class thrown by `@crimestats/rates` for invalid input. Its message names the bad
 * value and what was expected; `code` is stable across versions; `details` carries the values.
 *
 * @example
 * ```ts
 * try { rate(-1, 1000); } catch (e) { (e as RatesError).code; }
 * //=> "invalid-count"
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
