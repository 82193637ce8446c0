/**
 * The stable codes a {@link RagError} can carry. Match on `code`, never on the message.
 *
 * - `invalid-json`: rule or scheme text that is not JSON at all.
 * - `invalid-rule`: a rule or rule set that breaks the rule schema (unknown kind, negative
 *   tolerance, amber band wider than allowed, an outcome mapped to two colours, a duplicate id…);
 *   `details.path` is the JSON path of the first problem, `details.issues` lists them all.
 * - `invalid-argument`: an argument (an input to {@link evaluate}, a plan, a plan item, a rating,
 *   a scheme) that has the wrong shape or type; missing data (`null`/`undefined`) is not an error,
 *   it is rated `not-rated`. `details.path` names the bad value (`plan.priorities[0].actions[2].id`).
 * - `invalid-option`: an options object that is not an object, or a bad field of it.
 * - `invalid-number`: a number that is not finite (`NaN`, `Infinity`) or is out of its range (more
 *   than 6 decimal places), or a figure of a verdict beyond the largest double.
 * - `invalid-count`: a count that is negative, not finite, or (for a significance test) not a whole
 *   number from 0 to 2^53 − 1.
 * - `invalid-population`: a population that is not a positive finite number.
 * - `invalid-month`: an `asOf` month that is not a `"YYYY-MM"` month key.
 * - `invalid-data`: a RAG scheme document read by {@link parseRagScheme} that breaks the scheme's shape.
 * - `conflicting-target`: a target given both by the rule and by the input, with different values.
 * - `unknown-rule`: a delivery plan names a rule id that the rule set does not have.
 * - `wrong-rule-kind`: a delivery plan uses a rule of one kind where another kind is needed.
 */
export type RagErrorCode =
  | "invalid-json"
  | "invalid-rule"
  | "invalid-argument"
  | "invalid-option"
  | "invalid-number"
  | "invalid-count"
  | "invalid-population"
  | "invalid-month"
  | "invalid-data"
  | "conflicting-target"
  | "unknown-rule"
  | "wrong-rule-kind";

/**
 * The error thrown by every function of `@crimestats/rag` for a bad rule, argument or document.
 *
 * @example
 * ```ts
 * try {
 *   parseRule({ kind: "target", polarity: "lower-is-better", amber: { percent: -2 } });
 * } catch (error) {
 *   (error as RagError).code;
 *   //=> "invalid-rule"
 *   (error as RagError).details.path;
 *   //=> "$.amber.percent"
 * }
 * ```
 */
export class RagError extends Error {
  /** A stable, machine-readable code; see {@link RagErrorCode}. */
  readonly code: RagErrorCode;
  /** The offending value, its JSON path where there is one, and any context. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates a RAG error.
   *
   * @param code - The stable error code.
   * @param message - A sentence naming the bad value and what was expected.
   * @param details - The offending value, its path and context.
   * @returns The error (constructors return their instance).
   * @throws Never.
   * @example
   * ```ts
   * new RagError("unknown-rule", 'Rule "x" is not in the rule set.', { value: "x" }).code;
   * //=> "unknown-rule"
   * ```
   */
  constructor(code: RagErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "RagError";
    this.code = code;
    this.details = details;
  }
}
