import { DisclosureError } from "../DisclosureError.js";

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
