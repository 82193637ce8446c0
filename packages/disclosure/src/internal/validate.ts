import { DisclosureError } from "../DisclosureError.js";
import type { DisclosurePolicy } from "../disclosurePolicySchema.js";

/** Throws `INVALID_COUNT` unless `value` is a non-negative safe integer. */
export function checkCount(value: unknown, cell: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new DisclosureError(
      "INVALID_COUNT",
      `Cell "${cell}" has count ${String(value)}; expected a non-negative integer.`,
      { cell, value },
    );
  }
}

/** The protection width to check: the option when given, else the policy's; `INVALID_POLICY` unless a non-negative integer. */
export function protectionWidthOf(option: number | undefined, policy: DisclosurePolicy): number {
  const width = option ?? policy.protectionWidth;
  if (!Number.isSafeInteger(width) || width < 0) {
    throw new DisclosureError("INVALID_POLICY", `Option "protectionWidth" is ${String(width)}; expected a non-negative integer.`, {
      field: "protectionWidth",
      value: width,
    });
  }
  return width;
}
