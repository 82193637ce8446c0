import { describeValue } from "@crimestats/internal";
import { RatesError } from "../RatesError.js";

/**
 * An options argument: `{}` when it is undefined, the object itself when it is one, and
 * `invalid-option` for anything else (null, a number, an array).
 */
export function readOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new RatesError("invalid-option", `${fn}: options must be an object (or left out), got ${describeValue(options)}.`, {
      name: "options",
      value: options,
    });
  }
  return options;
}

/** Throws unless `value` is a whole number from 0 to `Number.MAX_SAFE_INTEGER` (a count of events). */
export function assertCount(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new RatesError(
      "invalid-count",
      `${name} must be a non-negative integer count no larger than ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), got ${describeValue(value)}.`,
      { name, value },
    );
  }
}

/** Throws `invalid-number` naming `what` unless `value` is finite; returns it. */
export function finiteResult(fn: string, what: string, value: number, details: Readonly<Record<string, unknown>>): number {
  if (!Number.isFinite(value)) {
    throw new RatesError("invalid-number", `${fn}: ${what} is beyond the largest representable number (about 1.8e308), so it cannot be given.`, details);
  }
  return value;
}

/** Throws unless `value` is a finite number greater than zero (a denominator). */
export function assertPopulation(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RatesError("invalid-population", `${name} must be a finite number greater than 0, got ${describeValue(value)}.`, { name, value });
  }
}

/** Throws unless `value` is an object `{ count, population }` with a valid count and population. */
export function assertCountAndPopulation(name: string, value: unknown): asserts value is { readonly count: number; readonly population: number } {
  if (typeof value !== "object" || value === null) {
    throw new RatesError("invalid-argument", `${name} must be an object { count, population }, got ${describeValue(value)}.`, {
      name,
      value,
    });
  }
  const { count, population } = value as { count?: unknown; population?: unknown };
  assertCount(`${name}.count`, count);
  assertPopulation(`${name}.population`, population);
}

/** Throws unless `value` is a finite number. */
export function assertFinite(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RatesError("invalid-number", `${name} must be a finite number, got ${describeValue(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function assertAmount(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RatesError("invalid-number", `${name} must be a finite number of 0 or more, got ${describeValue(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws unless `value` is a finite number greater than zero (a multiplier). */
export function assertPositive(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RatesError("invalid-number", `${name} must be a finite number greater than 0, got ${describeValue(value)}.`, { name, value });
  }
}

/** Throws unless `value` is a confidence level strictly between 0 and 1. */
export function assertConfidence(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    throw new RatesError(
      "invalid-confidence",
      `${name} must be a confidence level strictly between 0 and 1 (such as 0.95 or 0.998), got ${describeValue(value)}.`,
      { name, value },
    );
  }
}

/** Normalises a confidence option to a list of validated levels (empty for `"none"`). */
export function confidenceList(option: number | readonly number[] | "none" | undefined): readonly number[] {
  if (option === undefined) return [0.95];
  if (option === "none") return [];
  if (typeof option === "number") {
    assertConfidence("confidence", option);
    return [option];
  }
  if (!Array.isArray(option) || option.length === 0) {
    throw new RatesError(
      "invalid-confidence",
      `confidence must be a level such as 0.95, a non-empty array of levels, or "none", got ${describeValue(option)}.`,
      { name: "confidence", value: option },
    );
  }
  for (const c of option) assertConfidence("confidence", c);
  return option as readonly number[];
}
