import { DisclosureError } from "../DisclosureError.js";
import type { DisclosurePolicy } from "../disclosurePolicySchema.js";
import { MAX_COUNT } from "./policyMath.js";
import { describeValue } from "@crimestats/internal";

/** The code of a bad argument: `invalid-option` when it is a field of the options. */
type ArgumentCode = "invalid-argument" | "invalid-option";

/** Throws `invalid-count` unless `value` is a non-negative safe integer of at most {@link MAX_COUNT}. */
export function checkCount(value: unknown, cell: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0 || value > MAX_COUNT) {
    throw new DisclosureError(
      "invalid-count",
      `Cell ${describeValue(cell)} has count ${describeValue(value)}; expected a non-negative integer of at most ${MAX_COUNT}.`,
      { cell, value: typeof value === "number" ? value : describeValue(value) },
    );
  }
}

/** Throws `code` (`invalid-argument`) unless `value` is a non-null object (not an array); `what` names it. */
export function checkObject(value: unknown, what: string, code: ArgumentCode = "invalid-argument"): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new DisclosureError(code, `${what} is ${describeValue(value)}; expected an object.`, { field: what, value: describeValue(value) });
  }
}

/** Throws `code` (`invalid-argument`) unless `value` is an array without holes; `what` names it. */
export function checkArray(value: unknown, what: string, code: ArgumentCode = "invalid-argument"): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new DisclosureError(code, `${what} is ${describeValue(value)}; expected an array.`, { field: what, value: describeValue(value) });
  }
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) {
      throw new DisclosureError(code, `${what} has no element ${i} (a hole); expected an array without holes.`, { field: what, index: i });
    }
  }
}

/** Throws `code` (`invalid-argument`) unless `value` is a string; `what` names it. */
export function checkId(value: unknown, what: string, code: ArgumentCode = "invalid-argument"): asserts value is string {
  if (typeof value !== "string") {
    throw new DisclosureError(code, `${what} is ${describeValue(value)}; expected a string.`, { field: what, value: describeValue(value) });
  }
}

/**
 * The options argument of `fn`: `{}` when omitted, else the object given. `invalid-option` for
 * `null`, an array or a non-object.
 */
export function optionsOf<T extends object>(options: T | undefined, fn: string): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new DisclosureError("invalid-option", `The options of ${fn} are ${describeValue(options)}; expected an object or nothing.`, {
      field: "options",
      value: describeValue(options),
    });
  }
  return options;
}

/** The protection width to check: the option when given, else the policy's; `invalid-option` unless a non-negative integer. */
export function protectionWidthOf(option: unknown, policy: DisclosurePolicy): number {
  const width = option ?? policy.protectionWidth;
  if (typeof width !== "number" || !Number.isSafeInteger(width) || width < 0 || width > MAX_COUNT) {
    throw new DisclosureError(
      "invalid-option",
      `Option "protectionWidth" is ${describeValue(width)}; expected a non-negative integer of at most ${MAX_COUNT}.`,
      {
        field: "protectionWidth",
        value: describeValue(width),
      },
    );
  }
  return width;
}
