import { describeValue } from "@crimestats/internal";
import type { Polarity } from "@crimestats/schema";
import { BenchmarkError } from "../BenchmarkError.js";

/** Whether `value` is an array of area names (holes count as not names). */
export function isNameList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && Array.from(value as unknown[]).every((name) => typeof name === "string");
}

/** Throws `invalid-option` unless `value` is a string or undefined (a label written into text). */
export function assertOptionalText(fn: string, name: string, value: unknown): asserts value is string | undefined {
  if (value !== undefined && typeof value !== "string") {
    throw new BenchmarkError("invalid-option", `${fn}: ${name} must be text, got ${describeValue(value)}.`, { name, value });
  }
}

/** Throws unless `value` is a finite number. */
export function assertFinite(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new BenchmarkError("invalid-number", `${fn}: ${name} must be a finite number, got ${describeValue(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws `invalid-count` unless `value` is a whole number from 0 to `Number.MAX_SAFE_INTEGER` (an event count). */
export function assertCount(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new BenchmarkError(
      "invalid-count",
      `${fn}: ${name} must be a whole number of events (0 to ${Number.MAX_SAFE_INTEGER}), got ${describeValue(value)}.`,
      { name, value },
    );
  }
}

/** Throws `invalid-population` unless `value` is a finite number > 0. */
export function assertPopulation(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new BenchmarkError("invalid-population", `${fn}: ${name} must be a finite number above 0, got ${describeValue(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws `invalid-confidence` unless `value` is a fraction strictly between 0 and 1. */
export function assertConfidence(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    throw new BenchmarkError(
      "invalid-confidence",
      `${fn}: ${name} must be a confidence level as a fraction strictly between 0 and 1 (0.95, 0.998), got ${describeValue(value)}.`,
      { name, value },
    );
  }
}

/** Throws `invalid-number` unless `value` is a finite number > 0 (a `per`). */
export function assertPositive(fn: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new BenchmarkError("invalid-number", `${fn}: ${name} must be a finite number above 0, got ${describeValue(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws unless `value` is one of `allowed`. */
export function assertOneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: ${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describeValue(value)}.`,
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
      `${fn}: a polarity ("lower-is-better", "higher-is-better" or "no-judgement") is needed to judge better or worse, got ${describeValue(value)}.`,
      { name: "polarity", value },
    );
  }
  assertOneOf(fn, "polarity", value, POLARITIES);
}

/**
 * Throws unless `value` is a plain object: `invalid-option` for an options bag or a field of it
 * (the default), `invalid-argument` for a positional argument (a figure, a group, a table).
 */
export function assertObject<T>(
  fn: string,
  name: string,
  value: T,
  code: "invalid-option" | "invalid-argument" = "invalid-option",
): asserts value is NonNullable<T> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BenchmarkError(code, `${fn}: ${name} must be an object, got ${describeValue(value)}.`, {
      name,
      value,
    });
  }
}

/** Copies `values` (an array or typed array) to a Float64Array, checking that each is a finite number. */
export function finiteCopy(fn: string, values: ArrayLike<number>): Float64Array {
  if (values === null || typeof values !== "object" || typeof values.length !== "number") {
    throw new BenchmarkError("invalid-argument", `${fn}: values must be an array of numbers, got ${describeValue(values)}.`, {
      name: "values",
      value: values,
    });
  }
  const length = values.length;
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new BenchmarkError("invalid-argument", `${fn}: values must be an array of numbers, got a length of ${describeValue(length)}.`, {
      name: "values",
    });
  }
  // Every value is checked before the copy is allocated, so an array-like claiming a huge length
  // fails on its first bad value instead of on the allocation.
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new BenchmarkError("invalid-number", `${fn}: values[${i}] must be a finite number, got ${describeValue(v)}.`, {
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
