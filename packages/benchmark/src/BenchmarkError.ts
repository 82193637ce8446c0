/**
 * The stable codes a {@link BenchmarkError} can carry. Match on `code`, never on the message.
 *
 * - `invalid-argument`: a positional argument (a figure, a group, a table, a list of values) has
 *   the wrong type or shape.
 * - `invalid-option`: the options object is not an object, or an option is missing or has a value
 *   the function does not accept.
 * - `invalid-count`: a count is not a whole number from 0 to `Number.MAX_SAFE_INTEGER`.
 * - `invalid-population`: a population is not a finite number above 0.
 * - `invalid-number`: any other number that is not finite or is out of its range.
 * - `invalid-confidence`: a confidence level is not a fraction strictly between 0 and 1.
 * - `missing-confidence`: a figure gives `lower` and `upper` limits without the `confidence` they
 *   are at.
 * - `missing-polarity`: a judgement (better/worse) was asked for without a polarity.
 * - `missing-member`: a comparator-group member, focus area or benchmark row has no data.
 * - `duplicate-area`: the same area appears twice in one set of rows.
 * - `mixed-per`: rates expressed per different bases (per 1,000 and per 100,000) were mixed.
 * - `empty-input`: a set of values or rows that must not be empty is empty.
 * - `invalid-rank`: a rank that cannot be described (fractional, below 1 or above the total).
 * - `invalid-interval`: an interval whose lower limit is above its upper limit.
 */
export type BenchmarkErrorCode =
  | "invalid-argument"
  | "invalid-option"
  | "invalid-count"
  | "invalid-population"
  | "invalid-number"
  | "invalid-confidence"
  | "missing-confidence"
  | "missing-polarity"
  | "missing-member"
  | "duplicate-area"
  | "mixed-per"
  | "empty-input"
  | "invalid-rank"
  | "invalid-interval";

/**
 * The one error class thrown by `@crimestats/benchmark` for bad input. Its message names the bad
 * value and what was expected; `code` is stable across versions; `details` carries the values.
 *
 * @example
 * ```ts
 * try {
 *   describeRank(0, 32, { order: "ascending" });
 * } catch (error) {
 *   (error as BenchmarkError).code;
 *   //=> "invalid-rank"
 * }
 * ```
 */
export class BenchmarkError extends Error {
  /** A stable, machine-readable code; see {@link BenchmarkErrorCode}. */
  readonly code: BenchmarkErrorCode;
  /** The offending value and its context (argument name, value, area, expected range). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates a benchmark error.
   *
   * @param code - The stable error code.
   * @param message - A sentence naming the bad value and what was expected.
   * @param details - The offending value and context.
   * @returns The error (constructors return their instance).
   * @throws Never.
   * @example
   * ```ts
   * new BenchmarkError("mixed-per", "per 1,000 and per 100,000 mixed", { per: 100000 }).code;
   * //=> "mixed-per"
   * ```
   */
  constructor(code: BenchmarkErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "BenchmarkError";
    this.code = code;
    this.details = details;
  }
}
