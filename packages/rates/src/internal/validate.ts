import { RatesError } from "../RatesError.js";

/** Formats a value for an error message. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Throws unless `value` is a non-negative integer (a count of events). */
export function assertCount(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RatesError(
      "INVALID_COUNT",
      `${name} must be a non-negative integer count, got ${show(value)}.`,
      { name, value },
    );
  }
}

/** Throws unless `value` is a finite number greater than zero (a denominator). */
export function assertPopulation(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RatesError(
      "INVALID_POPULATION",
      `${name} must be a finite number greater than 0, got ${show(value)}.`,
      { name, value },
    );
  }
}

/** Throws unless `value` is an object `{ count, population }` with a valid count and population. */
export function assertCountAndPopulation(
  name: string,
  value: unknown,
): asserts value is { readonly count: number; readonly population: number } {
  if (typeof value !== "object" || value === null) {
    throw new RatesError("INVALID_NUMBER", `${name} must be an object { count, population }, got ${show(value)}.`, {
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
    throw new RatesError("INVALID_NUMBER", `${name} must be a finite number, got ${show(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function assertAmount(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RatesError("INVALID_NUMBER", `${name} must be a finite number of 0 or more, got ${show(value)}.`, {
      name,
      value,
    });
  }
}

/** Throws unless `value` is a finite number greater than zero (a multiplier). */
export function assertPositive(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RatesError(
      "INVALID_NUMBER",
      `${name} must be a finite number greater than 0, got ${show(value)}.`,
      { name, value },
    );
  }
}

/** Throws unless `value` is a confidence level strictly between 0 and 1. */
export function assertConfidence(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    throw new RatesError(
      "INVALID_CONFIDENCE",
      `${name} must be a confidence level strictly between 0 and 1 (such as 0.95 or 0.998), got ${show(value)}.`,
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
      "INVALID_CONFIDENCE",
      `confidence must be a level such as 0.95, a non-empty array of levels, or "none", got ${show(option)}.`,
      { name: "confidence", value: option },
    );
  }
  for (const c of option) assertConfidence("confidence", c);
  return option as readonly number[];
}
