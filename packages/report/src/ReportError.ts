/**
 * Stable codes of {@link ReportError} (kebab-case, the same code for the same fault in every
 * package of the suite).
 *
 * - `invalid-argument`: an argument (or a command-line argument) has the wrong type, shape or
 *   range, or is unknown.
 * - `invalid-option`: an options object is not an object, or one of its fields is malformed.
 * - `invalid-population`: a population is not a whole number of residents.
 * - `invalid-month`: a month is not a `"YYYY-MM"` month key.
 * - `invalid-number`: a number that is not finite.
 * - `invalid-data`: a count row, a count cube, a priority framework, an input file or a chart
 *   specification fails its expected shape.
 * - `unknown-area`: an area (focus or comparator) is not in the data.
 * - `month-out-of-range`: a month (or the window it ends) is outside the months in the data.
 * - `file-not-found`: an input file or folder does not exist or holds no usable file.
 * - `download-failed`: a download failed (network error, HTTP status, a redirect to a refused
 *   address, a file too large, cut short, or not the expected CSV).
 * - `write-failed`: an output or cache folder cannot be written (not a folder, no permission,
 *   disk full, read-only).
 * - `output-busy`: another run is writing to the same output folder.
 * - `browser-not-found`: no Chromium or Google Chrome was found to print a PDF, or the one found
 *   or named cannot be started or fails while printing (none is ever downloaded).
 */
export type ReportErrorCode =
  | "invalid-argument"
  | "invalid-option"
  | "invalid-population"
  | "invalid-month"
  | "invalid-number"
  | "invalid-data"
  | "unknown-area"
  | "month-out-of-range"
  | "file-not-found"
  | "download-failed"
  | "write-failed"
  | "output-busy"
  | "browser-not-found";

/**
 * The error thrown by `@crimestats/report` and the `crimestats` command: a stable `code`, a
 * one-sentence message naming the bad value and what was expected, and `details`.
 *
 * @example
 * ```ts
 * const error = new ReportError("unknown-area", 'Unknown area "Harow": expected one of the areas in the data.', { area: "Harow" });
 * error.code;
 * //=> "unknown-area"
 * ```
 */
export class ReportError extends Error {
  /** Stable machine-readable code; the message may be reworded, the code will not. */
  readonly code: ReportErrorCode;
  /** The values that caused the error (for logs and programmatic handling). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates a report error.
   *
   * @param code - The stable error code.
   * @param message - One sentence naming the bad value and what was expected.
   * @param details - The values that caused the error.
   * @throws Never.
   */
  constructor(code: ReportErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "ReportError";
    this.code = code;
    this.details = details;
  }
}
