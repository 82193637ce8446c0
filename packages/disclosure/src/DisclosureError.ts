/**
 * Stable machine-readable codes carried by {@link DisclosureError}.
 *
 * - `invalid-count`: a count (or a figure shown for a cell) is negative, fractional, not a number
 *   or above 10¹² (the largest count accepted, which keeps the exact integer arithmetic exact).
 * - `invalid-policy`: a disclosure policy fails its schema or is self-contradictory.
 * - `invalid-option`: the options argument is not an object (for example `null`), or one of its
 *   fields is out of range.
 * - `invalid-argument`: a positional argument is not the object, array or string expected (or a
 *   series is too long for the audit).
 * - `invalid-month`: a month is not a `"YYYY-MM"` key with a year from 1000 to 9999.
 * - `invalid-release`: a released table or series is malformed (a figure the policy cannot give,
 *   a window that ends before it starts, a suppressed cell that shows a value).
 * - `unknown-status`: a cell status is not a `CellStatus`.
 * - `unknown-preset`: a preset name is not one of the presets.
 * - `duplicate-cell`: two cells share an id.
 * - `unknown-cell`: a relation or option names a cell that is not in the table.
 * - `inconsistent-margins`: a total is not the sum of its parts.
 * - `unsupported-structure`: the relations between cells are not a 1-D, 2-D or hierarchical table.
 */
export type DisclosureErrorCode =
  | "invalid-count"
  | "invalid-policy"
  | "invalid-option"
  | "invalid-argument"
  | "invalid-month"
  | "invalid-release"
  | "unknown-status"
  | "unknown-preset"
  | "duplicate-cell"
  | "unknown-cell"
  | "inconsistent-margins"
  | "unsupported-structure";

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
 *   //=> "invalid-count"
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
   * new DisclosureError("duplicate-cell", 'Cell "a" appears twice; expected unique ids.', { cell: "a" }).code;
   * //=> "duplicate-cell"
   * ```
   */
  constructor(code: DisclosureErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "DisclosureError";
    this.code = code;
    this.details = details;
  }
}
