import { BenchmarkError } from "../BenchmarkError.js";
import type { Polarity } from "../types.js";

/**
 * A short rendering of any value for an error message, which never throws: BigInts with their
 * `n`, symbols by description, objects as JSON (at most 80 characters) or, when that fails (a
 * cycle, a BigInt inside, a prototype-less object that cannot be converted), their type tag.
 */
export function show(value: unknown): string {
  try {
    if (typeof value === "string") return clip(JSON.stringify(value));
    if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
    if (value === undefined) return "undefined";
    if (value === null) return "null";
    if (typeof value === "bigint") return `${value.toString()}n`;
    if (typeof value === "symbol") return value.toString();
    if (typeof value === "function") return "a function";
    const text = JSON.stringify(value);
    return text === undefined ? Object.prototype.toString.call(value) : clip(text);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return "an unprintable value";
    }
  }
}

/** Shortens a rendering to 80 characters. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Whether `value` is an array of area names (holes count as not names). */
export function isNameList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && Array.from(value as unknown[]).every((name) => typeof name === "string");
}

/** Throws `invalid-option` unless `value` is a string or undefined (a label written into text). */
export function assertOptionalText(fn: string, name: string, value: unknown): asserts value is string | undefined {
  if (value !== undefined && typeof value !== "string") {
    throw new BenchmarkError("invalid-option", `${fn}: ${name} must be text, got ${show(value)}.`, { name, value });
  }
}

/** Throws unless `value` is a finite number. */
export function assertFinite(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new BenchmarkError("invalid-number", `${fn}: ${name} must be a finite number, got ${show(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws unless `value` is a whole number from 0 to `Number.MAX_SAFE_INTEGER` (an event count). */
export function assertCount(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new BenchmarkError(
      "invalid-number",
      `${fn}: ${name} must be a whole number of events (0 to ${Number.MAX_SAFE_INTEGER}), got ${show(value)}.`,
      { name, value },
    );
  }
}

/** Throws unless `value` is a finite number > 0 (a population or a `per`). */
export function assertPositive(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new BenchmarkError("invalid-number", `${fn}: ${name} must be a finite number above 0, got ${show(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws unless `value` is one of `allowed`. */
export function assertOneOf<T extends string>(
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: ${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${show(value)}.`,
      { name, value, allowed },
    );
  }
}

/** The three polarities, in a fixed order. */
const POLARITIES: readonly Polarity[] = ["lower-is-better", "higher-is-better", "no-judgement"];

/** Throws `missing-polarity` when absent and `invalid-option` when unknown. */
export function assertPolarity(fn: string, value: unknown): asserts value is Polarity {
  if (value === undefined || value === null) {
    throw new BenchmarkError(
      "missing-polarity",
      `${fn}: a polarity ("lower-is-better", "higher-is-better" or "no-judgement") is needed to judge better or worse, got ${show(value)}.`,
      { name: "polarity", value },
    );
  }
  assertOneOf(fn, "polarity", value, POLARITIES);
}

/** Throws unless `value` is a plain object (for an options bag or a row). */
export function assertObject<T>(fn: string, name: string, value: T): asserts value is NonNullable<T> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BenchmarkError("invalid-option", `${fn}: ${name} must be an object, got ${show(value)}.`, {
      name,
      value,
    });
  }
}

/** Copies `values` (an array or typed array) to a Float64Array, checking that each is a finite number. */
export function finiteCopy(fn: string, values: ArrayLike<number>): Float64Array {
  if (values === null || typeof values !== "object" || typeof values.length !== "number") {
    throw new BenchmarkError("invalid-option", `${fn}: values must be an array of numbers, got ${show(values)}.`, {
      name: "values",
      value: values,
    });
  }
  const length = values.length;
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new BenchmarkError("invalid-option", `${fn}: values must be an array of numbers, got a length of ${show(length)}.`, {
      name: "values",
    });
  }
  // Every value is checked before the copy is allocated, so an array-like claiming a huge length
  // fails on its first bad value instead of on the allocation.
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new BenchmarkError("invalid-number", `${fn}: values[${i}] must be a finite number, got ${show(v)}.`, {
        name: "values",
        index: i,
        value: v,
      });
    }
  }
  const copy = new Float64Array(length);
  for (let i = 0; i < length; i++) copy[i] = values[i] as number;
  return copy;
}
