import { describeValue, formatNumber } from "@crimestats/internal";
import { isMonthKey, type MonthKey } from "@crimestats/periods";
import { ChartsError } from "../ChartsError.js";
import type { ChartOptions } from "../types.js";

/** Throws `invalid-argument` unless the value is an object (not null, not an array). */
export function checkObject(fn: string, what: string, value: unknown, expected: string): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ChartsError("invalid-argument", `${fn}: ${what} is ${describeValue(value)}: expected ${expected}.`, { field: what });
  }
}

/**
 * Throws `invalid-argument` unless the value is a non-empty array; returns a dense copy, a hole
 * read as `undefined` (which the row's own check then rejects, where `map` would skip it).
 */
export function checkRows(fn: string, what: string, value: unknown, expected: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new ChartsError("invalid-argument", `${fn}: ${what} is ${describeValue(value)}: expected ${expected}.`, { field: what });
  if (value.length === 0) throw new ChartsError("invalid-argument", `${fn}: ${what} is empty: expected ${expected}.`, { field: what });
  return Array.from(value as unknown[]);
}

/**
 * Checks a chart's rows: a non-empty array of at most `max` items, each checked by `check`, no two
 * with the same `key` (an area or category name); returns the checked rows. Throws
 * `invalid-argument` for a list that is not one, is empty or too long, or names an item twice.
 */
export function checkEachRow<K extends string, T extends Readonly<Record<K, string>>>(
  fn: string,
  value: unknown,
  options: { readonly expected: string; readonly max: number; readonly items: string; readonly key: K },
  check: (row: unknown, i: number) => T,
): T[] {
  const rows = checkRows(fn, "rows", value, options.expected);
  if (rows.length > options.max) {
    throw new ChartsError(
      "invalid-argument",
      `${fn}: rows has ${formatNumber(rows.length, 0)} items: expected 1 to ${formatNumber(options.max, 0)} ${options.items}.`,
      {
        field: "rows",
      },
    );
  }
  const checked = rows.map(check);
  const seen = new Set<string>();
  checked.forEach((row, i) => {
    const name = row[options.key];
    if (seen.has(name)) {
      throw new ChartsError("invalid-argument", `${fn}: rows[${i}].${options.key} ${describeValue(name)} is named twice: expected each ${options.key} once.`, {
        field: `rows[${i}].${options.key}`,
      });
    }
    seen.add(name);
  });
  return checked;
}

/** Throws `invalid-argument` unless the value is a non-empty string (an area or category name). */
export function checkAreaName(fn: string, value: unknown, what: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ChartsError("invalid-argument", `${fn}: ${what} is ${describeValue(value)}: expected a non-empty name.`, { field: what });
  }
}

/** Throws `invalid-argument` unless the value is a string, or undefined when optional. */
export function checkText(fn: string, what: string, value: unknown, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== "string") throw new ChartsError("invalid-argument", `${fn}: ${what} is ${describeValue(value)}: expected text.`, { field: what });
}

/** Throws `invalid-number` unless the value is a finite number (at least `min` when given); returns it. */
export function checkNumber(fn: string, what: string, value: unknown, min?: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || (min !== undefined && value < min)) {
    throw new ChartsError(
      "invalid-number",
      `${fn}: ${what} is ${describeValue(value)}: expected a finite number${min === undefined ? "" : ` of at least ${min}`}.`,
      { field: what, value },
    );
  }
  return value;
}

/**
 * Throws `invalid-number` unless the value is a finite number (at least `min` when given) no
 * further than 10^15 from zero, so that axes, label space and sums of the charts' values stay
 * finite (no count, rate or population comes near it); returns it.
 */
export function checkDrawnNumber(fn: string, what: string, value: unknown, min?: number): number {
  const x = checkNumber(fn, what, value, min);
  if (Math.abs(x) > 1e15) {
    throw new ChartsError("invalid-number", `${fn}: ${what} is ${describeValue(x)}: expected a number no further than 10^15 from zero.`, {
      field: what,
      value: x,
    });
  }
  return x;
}

/** Throws `invalid-month` unless the value is a `"YYYY-MM"` month key; returns it. */
export function checkMonth(fn: string, what: string, value: unknown): MonthKey {
  if (!isMonthKey(value))
    throw new ChartsError("invalid-month", `${fn}: ${what} is ${describeValue(value)}: expected a month "YYYY-MM".`, { field: what, month: value });
  return value;
}

/** Throws `invalid-confidence` unless the value is a fraction strictly between 0 and 1 (0.95, 0.998); returns it. */
export function checkConfidence(fn: string, what: string, value: unknown): number {
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    throw new ChartsError("invalid-confidence", `${fn}: ${what} is ${describeValue(value)}: expected a fraction strictly between 0 and 1, such as 0.95.`, {
      field: what,
      value,
    });
  }
  return value;
}

/** Throws `invalid-argument` unless the value is a whole number from `min` to `max` (a number of decimals, of bars); returns it, or `fallback` when undefined. */
export function checkWhole(fn: string, what: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ChartsError("invalid-argument", `${fn}: ${what} is ${describeValue(value)}: expected a whole number from ${min} to ${max}.`, {
      field: what,
      value,
    });
  }
  return value;
}

/** Checks the options every chart takes (title, source, licence, finding, width, height). */
export function checkChartOptions(fn: string, input: unknown): asserts input is ChartOptions {
  checkObject(fn, "the input", input, "an object with title, source and the chart's data");
  checkText(fn, "title", input["title"]);
  checkText(fn, "source", input["source"]);
  for (const field of ["licence", "finding"]) checkText(fn, field, input[field], true);
  for (const field of ["width", "height"]) {
    const size = input[field];
    if (size !== undefined && (typeof size !== "number" || !(size >= 1 && size <= 10_000))) {
      throw new ChartsError("invalid-argument", `${fn}: ${field} is ${describeValue(size)}: expected a number of pixels from 1 to 10,000.`, { field });
    }
  }
}
