/**
 * Stable machine-readable codes carried by {@link DisclosureError}.
 *
 * - `INVALID_COUNT`: a count is negative, fractional, not a number or above 10¹² (the largest count
 *   accepted, which keeps the exact integer arithmetic exact).
 * - `INVALID_POLICY`: a disclosure policy fails its schema or is self-contradictory.
 * - `DUPLICATE_CELL`: two cells share an id.
 * - `UNKNOWN_CELL`: a relation or option names a cell that is not in the table.
 * - `INCONSISTENT_MARGINS`: a total is not the sum of its parts.
 * - `UNSUPPORTED_STRUCTURE`: the relations between cells are not a 1-D, 2-D or hierarchical table.
 * - `INVALID_RELEASE`: a released table or series is malformed (or an input is not the object,
 *   array or string expected).
 * - `INVALID_OPTIONS`: the options argument is not an object (for example `null`).
 */
export type DisclosureErrorCode =
  | "INVALID_COUNT"
  | "INVALID_POLICY"
  | "DUPLICATE_CELL"
  | "UNKNOWN_CELL"
  | "INCONSISTENT_MARGINS"
  | "UNSUPPORTED_STRUCTURE"
  | "INVALID_RELEASE"
  | "INVALID_OPTIONS";

/**
 * The one error class of `@crimestats/disclosure`: bad counts, bad policies, duplicate cells and
 * totals that do not add up. The message names the bad value (usually the cell id) and what was
 * expected; `details` carries the same facts as data.
 *
 * @example
 * ```ts
 * try {
 *   discloseCount(-1, disclosurePreset("suppress-1-4-round-5"));
 * } catch (error) {
 *   (error as DisclosureError).code;
 *   //=> "INVALID_COUNT"
 * }
 * ```
 */
export class DisclosureError extends Error {
  /** Stable code for programs to branch on. */
  readonly code: DisclosureErrorCode;
  /** The facts behind the message (the cell id, the value, what was expected). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - One of {@link DisclosureErrorCode}.
   * @param message - A sentence naming the bad value and what was expected.
   * @param details - The same facts as data.
   * @returns A new error.
   * @throws Never.
   * @example
   * ```ts
   * new DisclosureError("DUPLICATE_CELL", 'Cell "a" appears twice; expected unique ids.', { cell: "a" }).code;
   * //=> "DUPLICATE_CELL"
   * ```
   */
  constructor(code: DisclosureErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "DisclosureError";
    this.code = code;
    this.details = details;
  }
}
