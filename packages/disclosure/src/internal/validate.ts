import { DisclosureError } from "../DisclosureError.js";
import type { DisclosurePolicy } from "../disclosurePolicySchema.js";
import { MAX_COUNT } from "./policyMath.js";

/**
 * A short description of any value for an error message. Never throws: BigInts, symbols,
 * objects without a prototype (no `toString`) and objects whose conversion throws are all named.
 */
export function show(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value.toString()}n (a BigInt)`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      return Array.isArray(value) ? `an array of ${value.length}` : "an object";
  }
}

/** Throws `INVALID_COUNT` unless `value` is a non-negative safe integer of at most {@link MAX_COUNT}. */
export function checkCount(value: unknown, cell: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0 || value > MAX_COUNT) {
    throw new DisclosureError(
      "INVALID_COUNT",
      `Cell ${show(cell)} has count ${show(value)}; expected a non-negative integer of at most ${MAX_COUNT}.`,
      { cell, value: typeof value === "number" ? value : show(value) },
    );
  }
}

/** Throws `INVALID_RELEASE` unless `value` is a non-null object (not an array); `what` names it. */
export function checkObject(value: unknown, what: string): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new DisclosureError("INVALID_RELEASE", `${what} is ${show(value)}; expected an object.`, { field: what, value: show(value) });
  }
}

/** Throws `INVALID_RELEASE` unless `value` is an array without holes; `what` names it. */
export function checkArray(value: unknown, what: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new DisclosureError("INVALID_RELEASE", `${what} is ${show(value)}; expected an array.`, { field: what, value: show(value) });
  }
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) {
      throw new DisclosureError("INVALID_RELEASE", `${what} has no element ${i} (a hole); expected an array without holes.`, { field: what, index: i });
    }
  }
}

/** Throws `INVALID_RELEASE` unless `value` is a string; `what` names it. */
export function checkId(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string") {
    throw new DisclosureError("INVALID_RELEASE", `${what} is ${show(value)}; expected a string.`, { field: what, value: show(value) });
  }
}

/**
 * The options argument of `fn`: `{}` when omitted, else the object given. `INVALID_OPTIONS` for
 * `null`, an array or a non-object.
 */
export function optionsOf<T extends object>(options: T | undefined, fn: string): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new DisclosureError("INVALID_OPTIONS", `The options of ${fn} are ${show(options)}; expected an object or nothing.`, {
      field: "options",
      value: show(options),
    });
  }
  return options;
}

/** The protection width to check: the option when given, else the policy's; `INVALID_POLICY` unless a non-negative integer. */
export function protectionWidthOf(option: unknown, policy: DisclosurePolicy): number {
  const width = option ?? policy.protectionWidth;
  if (typeof width !== "number" || !Number.isSafeInteger(width) || width < 0 || width > MAX_COUNT) {
    throw new DisclosureError("INVALID_POLICY", `Option "protectionWidth" is ${show(width)}; expected a non-negative integer of at most ${MAX_COUNT}.`, {
      field: "protectionWidth",
      value: show(width),
    });
  }
  return width;
}
