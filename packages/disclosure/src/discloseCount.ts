import { DisclosureError } from "./DisclosureError.js";
import type { CellStatus } from "./cellStatusCode.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { applyToCount } from "./internal/policyMath.js";
import { checkCount, checkId, optionsOf } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";

/** Options of {@link discloseCount}. */
export interface DiscloseCountOptions {
  /** The cell's name, used in error messages. Default `"count"`. */
  readonly cell?: string;
  /** The count is zero by definition (shown as 0 with status `structural-zero`, never suppressed). */
  readonly structuralZero?: boolean;
}

/** One released figure. It never carries the exact count. */
export interface DisclosedCount {
  /** The released number, or `null` when suppressed. */
  readonly value: number | null;
  /** What to print: the number, or the policy's suppression symbol. */
  readonly display: string;
  /** What was done to it. */
  readonly status: CellStatus;
}

/**
 * Applies a disclosure policy's primary rules to one count: threshold suppression, then recoding
 * of small counts, then rounding.
 *
 * @param count - The exact count (a non-negative integer).
 * @param policy - The policy (validated with {@link parseDisclosurePolicy}).
 * @param options - The cell's name for messages; whether it is a structural zero.
 * @returns The released figure and its status.
 * @throws {@link DisclosureError} (`invalid-count`) for a count that is not a non-negative integer
 * of at most 10¹², (`invalid-policy`) for a bad policy, (`invalid-count`) for a non-zero structural
 * zero, (`invalid-option`) for options that are not an object.
 * @example
 * ```ts
 * discloseCount(3, disclosurePreset("suppress-1-4-round-5"));
 * //=> { value: null, display: "*", status: "primary-suppressed" }
 * discloseCount(1234, disclosurePreset("redact-0-7-round-5"));
 * //=> { value: 1235, display: "1235", status: "rounded" }
 * ```
 */
export function discloseCount(count: number, policy: DisclosurePolicy, options?: DiscloseCountOptions): DisclosedCount {
  const opts = optionsOf(options, "discloseCount");
  const cell = opts.cell ?? "count";
  checkId(cell, 'Option "cell"', "invalid-option");
  checkCount(count, cell);
  parseDisclosurePolicy(policy);
  return discloseValid(count, policy, opts.structuralZero === true, cell);
}

/** {@link discloseCount} without validation (internal, for tables already checked). */
export function discloseValid(count: number, policy: DisclosurePolicy, structuralZero: boolean, cell: string): DisclosedCount {
  if (structuralZero) {
    if (count !== 0) {
      throw new DisclosureError("invalid-count", `Cell "${cell}" is marked as a structural zero but has count ${count}; expected 0.`, { cell, value: count });
    }
    return { value: 0, display: "0", status: "structural-zero" };
  }
  const a = applyToCount(count, policy);
  if (a.kind === "suppressed") {
    return { value: null, display: policy.suppress?.symbol ?? "*", status: "primary-suppressed" };
  }
  return { value: a.value, display: String(a.value), status: a.altered ? "rounded" : "published" };
}
