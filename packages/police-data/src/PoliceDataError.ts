/**
 * Stable codes of {@link PoliceDataError}.
 *
 * - `bad-header`: a file's header is not the one expected for its format.
 * - `bad-value`: an option or argument is not valid.
 * - `bad-csv`: the CSV text is malformed (an unterminated quoted field).
 * - `missing-population`: a row was asked for an area that has no population.
 * - `incompatible-cubes`: two cubes cannot be compared.
 */
export type PoliceDataErrorCode =
  | "bad-header"
  | "bad-value"
  | "bad-csv"
  | "missing-population"
  | "incompatible-cubes";

/**
 * The error thrown by every function of `@crimestats/police-data`.
 *
 * Its `message` names the bad value (and, for files, the file and line) and what was expected;
 * `code` is stable and `details` carries the values as data.
 *
 * @example
 * ```ts
 * const error = new PoliceDataError("bad-header", "a.csv:1: expected column 2 to be \"Month\", got \"Date\"", { file: "a.csv", line: 1 });
 * error.code;
 * //=> "bad-header"
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
