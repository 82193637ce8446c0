/**
 * Stable codes of {@link ReportError}.
 *
 * - `INVALID_ARGUMENT`: an option or command-line argument is malformed or unknown.
 * - `UNKNOWN_AREA`: an area (focus or neighbour) is not in the data.
 * - `MONTH_OUT_OF_RANGE`: a month (or the window it ends) is outside the months in the data.
 * - `FILE_NOT_FOUND`: an input file or folder does not exist or holds no usable file.
 * - `INVALID_DATA`: an input file or value has the wrong shape.
 * - `DOWNLOAD_FAILED`: a download failed (network error, HTTP status, a redirect to a refused
 *   address, a file too large, cut short, or not the expected CSV).
 * - `WRITE_FAILED`: an output or cache folder cannot be written (not a folder, no permission,
 *   disk full, read-only).
 * - `OUTPUT_BUSY`: another run is writing to the same output folder.
 */
export type ReportErrorCode =
  | "INVALID_ARGUMENT"
  | "UNKNOWN_AREA"
  | "MONTH_OUT_OF_RANGE"
  | "FILE_NOT_FOUND"
  | "INVALID_DATA"
  | "DOWNLOAD_FAILED"
  | "WRITE_FAILED"
  | "OUTPUT_BUSY";

/**
 * The error thrown by `@crimestats/report` and the `crimestats` command: a stable `code`, a
 * one-sentence message naming the bad value and what was expected, and `details`.
 *
 * @example
 * ```ts
 * const error = new ReportError("UNKNOWN_AREA", 'Unknown area "Harow": expected one of the areas in the data.', { area: "Harow" });
 * error.code;
 * //=> "UNKNOWN_AREA"
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
