/**
 * The stable codes a {@link TaxonomyError} can carry. Match on `code`, never on the message.
 *
 * - `unknown-category`: the text or code names no category of the taxonomy.
 * - `ambiguous-category`: the text names two categories at the same level.
 * - `invalid-month`: a month is not a strict `"YYYY-MM"` string.
 * - `no-crosswalk`: there is no crosswalk from one taxonomy to the other.
 * - `not-in-force`: a category is asked for in a month outside its validity (it did not exist then).
 * - `invalid-taxonomy`: an argument given as a taxonomy is not one (by the schema's `TaxonomySchema`).
 * - `invalid-option`: the options are not an object, or an option has a value of the wrong kind.
 * - `invalid-argument`: another argument has the wrong shape (the breaks given to `breaksIn` are
 *   not a list of valid recording breaks).
 */
export type TaxonomyErrorCode =
  | "unknown-category"
  | "ambiguous-category"
  | "invalid-month"
  | "no-crosswalk"
  | "not-in-force"
  | "invalid-taxonomy"
  | "invalid-option"
  | "invalid-argument";

/**
 * The error thrown by the functions of `@crimestats/taxonomy`: an unknown category is always an
 * error that names it, never a silent "other".
 *
 * @example
 * ```ts
 * try {
 *   findCategory(policeUkCategories, "Littering");
 * } catch (error) {
 *   (error as TaxonomyError).code;
 *   //=> "unknown-category"
 * }
 * ```
 */
export class TaxonomyError extends Error {
  /** A stable, machine-readable code; see {@link TaxonomyErrorCode}. */
  readonly code: TaxonomyErrorCode;
  /** The offending value and its context (taxonomy id, text, month), for logs and programs. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates a taxonomy error.
   *
   * @param code - The stable error code.
   * @param message - A sentence naming the bad value and what was expected.
   * @param details - The offending value and context.
   * @returns The error (constructors return their instance).
   * @throws Never.
   * @example
   * ```ts
   * new TaxonomyError("invalid-month", '"2019-13" is not a month; expected "YYYY-MM".', { month: "2019-13" }).code;
   * //=> "invalid-month"
   * ```
   */
  constructor(code: TaxonomyErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "TaxonomyError";
    this.code = code;
    this.details = details;
  }
}
