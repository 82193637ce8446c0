/**
 * Stable codes of {@link ChartsError} (kebab-case, the same code for the same fault in every
 * package of the suite).
 *
 * - `invalid-argument`: an argument has the wrong type, shape or range (a chart input without
 *   rows, a row without its area, a title that is not text).
 * - `invalid-option`: an options object is not an object, or one of its fields is malformed.
 * - `invalid-month`: a month is not a `"YYYY-MM"` month key.
 * - `invalid-confidence`: a confidence level that is not a fraction strictly between 0 and 1.
 * - `invalid-number`: a number that is not finite, or outside its range (a negative count, a
 *   population of zero).
 * - `invalid-data`: a boundary file that is neither GeoJSON nor TopoJSON (or breaks their shape),
 *   or a chart specification that cannot be rendered or asks to load anything from a URL.
 */
export type ChartsErrorCode = "invalid-argument" | "invalid-option" | "invalid-month" | "invalid-confidence" | "invalid-number" | "invalid-data";

/**
 * The error thrown by every function of `@crimestats/charts`: a stable `code`, a one-sentence
 * message naming the bad value and what was expected, and `details`.
 *
 * @example
 * ```ts
 * const error = new ChartsError("invalid-month", 'Month "2025-13" is not a month: expected "YYYY-MM".', { month: "2025-13" });
 * error.code;
 * //=> "invalid-month"
 * ```
 */
export class ChartsError extends Error {
  /** Stable machine-readable code; the message may be reworded, the code will not. */
  readonly code: ChartsErrorCode;
  /** The values that caused the error (for logs and programmatic handling). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates a charts error.
   *
   * @param code - The stable error code.
   * @param message - One sentence naming the bad value and what was expected.
   * @param details - The values that caused the error.
   * @throws Never.
   */
  constructor(code: ChartsErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "ChartsError";
    this.code = code;
    this.details = details;
  }
}
