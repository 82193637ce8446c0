/**
 * Stable codes of {@link PoliceDataError} (the same fault has the same code in every package of
 * the suite).
 *
 * - `invalid-header`: a file's header is not the one expected for its format.
 * - `invalid-value`: a value in a file or record is not valid (an unmapped offence, a mixed vintage).
 * - `invalid-month`: a record's month is not a `"YYYY-MM"` key (year 1000–9999).
 * - `invalid-count`: a record's count is not a number from 0 to 2⁵³ − 1.
 * - `invalid-csv`: the CSV text is malformed (an unterminated quoted field).
 * - `invalid-option`: the options argument is not an object, or one of its fields is not valid.
 * - `invalid-argument`: a positional argument (a source, a cube, the records) is not what was expected.
 * - `missing-population`: a row was asked for an area that has no population.
 * - `incompatible-cubes`: two cubes cannot be compared.
 * - `invalid-data`: data that are valid piece by piece but not usable as a whole (e.g. releases
 *   that leave months uncovered).
 * - `invalid-archive`: a zip archive that cannot be read: not a zip (an HTML error page), cut
 *   short, or a member whose bytes fail their CRC-32 or size check or cannot be inflated.
 */
export type PoliceDataErrorCode =
  | "invalid-header"
  | "invalid-value"
  | "invalid-month"
  | "invalid-count"
  | "invalid-csv"
  | "invalid-option"
  | "invalid-argument"
  | "missing-population"
  | "incompatible-cubes"
  | "invalid-data"
  | "invalid-archive";

/**
 * The error thrown by every function of `@crimestats/police-data`.
 *
 * Its `message` names the bad value (and, for files, the file and line) and what was expected;
 * `code` is stable and `details` carries the values as data.
 *
 * @example
 * ```ts
 * const error = new PoliceDataError("invalid-header", "a.csv:1: expected column 2 to be \"Month\", got \"Date\"", { file: "a.csv", line: 1 });
 * error.code;
 * //=> "invalid-header"
 * ```
 */
export class PoliceDataError extends Error {
  /** Stable string code of the failure. */
  readonly code: PoliceDataErrorCode;
  /** The bad values and context, as data (file, line, value, expected…). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - stable code of the failure.
   * @param message - a sentence naming the bad value and what was expected.
   * @param details - the values involved, as data.
   */
  constructor(code: PoliceDataErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "PoliceDataError";
    this.code = code;
    this.details = details;
  }
}
