/**
 * The stable codes a {@link PeriodError} can carry. Match on `code`, never on the message.
 *
 * - `invalid-month`: a month key is not a strict `"YYYY-MM"` string (year 1000–9999, month 01–12).
 * - `invalid-month-index`: a month index is not an integer in the supported range.
 * - `invalid-year`: a year is not an integer from 1000 to 9999.
 * - `invalid-quarter`: a quarter is not 1, 2, 3 or 4.
 * - `invalid-window`: a rolling window length is not a positive integer.
 * - `invalid-offset`: a number of months to add is not an integer.
 * - `invalid-range`: the first month of a period is after its last month.
 * - `invalid-option`: an option has a value outside what the function accepts.
 * - `invalid-period`: a `Period` object whose months do not fit its kind.
 * - `invalid-date`: a `Date` that is invalid (its time is `NaN`) or outside the supported years.
 * - `invalid-style`: an unknown format style, or a style that cannot express the period.
 * - `unparseable-period`: period text in none of the supported forms.
 * - `ambiguous-period`: period text that could mean more than one period.
 */
export type PeriodErrorCode =
  | "invalid-month"
  | "invalid-month-index"
  | "invalid-year"
  | "invalid-quarter"
  | "invalid-window"
  | "invalid-offset"
  | "invalid-range"
  | "invalid-option"
  | "invalid-period"
  | "invalid-date"
  | "invalid-style"
  | "unparseable-period"
  | "ambiguous-period";

/**
 * The error thrown by every function of `@crimestats/periods` for bad input.
 *
 * @example
 * ```ts
 * try {
 *   parseMonthKey("2019-13");
 * } catch (error) {
 *   (error as PeriodError).code;
 *   //=> "invalid-month"
 * }
 * ```
 */
export class PeriodError extends Error {
  /** A stable, machine-readable code; see {@link PeriodErrorCode}. */
  readonly code: PeriodErrorCode;
  /** The offending value and any context, for logs and programmatic handling. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates a period error.
   *
   * @param code - The stable error code.
   * @param message - A sentence naming the bad value and what was expected.
   * @param details - The offending value and context.
   * @returns The error (constructors return their instance).
   * @throws Never.
   * @example
   * ```ts
   * new PeriodError("invalid-quarter", 'Quarter 5 is not valid; expected 1, 2, 3 or 4.', { value: 5 }).code;
   * //=> "invalid-quarter"
   * ```
   */
  constructor(code: PeriodErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "PeriodError";
    this.code = code;
    this.details = details;
  }
}
