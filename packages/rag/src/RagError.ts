/**
 * The stable codes a {@link RagError} can carry. Match on `code`, never on the message.
 *
 * - `invalid-json`: rule text that is not JSON at all.
 * - `invalid-rule`: a rule or rule set that breaks the rule schema (unknown kind, negative
 *   tolerance, amber band wider than allowed, an outcome mapped to two colours, a duplicate id…);
 *   `details.path` is the JSON path of the first problem, `details.issues` lists them all.
 * - `invalid-input`: an input to {@link evaluate} that has the wrong shape or a value that is not a
 *   finite number (`NaN`, `Infinity`); missing data (`null`/`undefined`) is not an error, it is
 *   rated `not-rated`.
 * - `conflicting-target`: a target given both by the rule and by the input, with different values.
 * - `unknown-rule`: a delivery plan names a rule id that the rule set does not have.
 * - `wrong-rule-kind`: a delivery plan uses a rule of one kind where another kind is needed.
 */
export type RagErrorCode =
  | "invalid-json"
  | "invalid-rule"
  | "invalid-input"
  | "conflicting-target"
  | "unknown-rule"
  | "wrong-rule-kind";

/**
 * The error thrown by every function of `@crimestats/rag` for a bad rule or bad input.
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
