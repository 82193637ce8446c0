import { monthIndex, monthKeyFromIndex } from "@crimestats/periods";
import { RatesError } from "../RatesError.js";
import type { MonthlySeries } from "../series.js";
import { describeValue, neumaierSum } from "@crimestats/internal";

/** A series normalised to a start month index and one value per consecutive month. */
export interface DenseSeries {
  /** Month index (`year * 12 + month − 1`) of `values[0]`. */
  readonly start: number;
  /** One value per month, missing months filled. */
  readonly values: Float64Array;
}

/** Month index of a month key, as a RatesError on bad input. */
export function toMonthIndex(name: string, key: unknown): number {
  try {
    if (typeof key !== "string") throw new Error("not a string");
    return monthIndex(key);
  } catch {
    throw new RatesError("invalid-month", `${name} must be a month key "YYYY-MM", got ${describeValue(key)}.`, {
      name,
      value: key,
    });
  }
}

/**
 * The month key of a month index, as a RatesError when the index is outside the months the
 * periods package names (January 1000 to December 9999): a series that starts in December 9999
 * and runs on, or a comparison a year before January 1000.
 */
export function monthKey(index: number): string {
  try {
    return monthKeyFromIndex(index);
  } catch {
    throw new RatesError(
      "invalid-month",
      `The month index ${index} is outside the months from January 1000 to December 9999; the series or period runs past them.`,
      { value: index },
    );
  }
}

/** Throws unless the fill option is absent or a finite number ≥ 0. */
export function checkFill(fill: unknown): number | undefined {
  if (fill === undefined) return undefined;
  if (typeof fill !== "number" || !Number.isFinite(fill) || fill < 0) {
    throw new RatesError("invalid-option", `fill must be a finite number of 0 or more, got ${describeValue(fill)}.`, {
      name: "fill",
      value: fill,
    });
  }
  return fill;
}

function missing(monthIdx: number): RatesError {
  const key = monthKey(monthIdx);
  return new RatesError("missing-month", `The series has no value for ${key}; give a value for every month or pass { fill } to say how to fill gaps.`, {
    month: key,
  });
}

/** Validates one value; returns it, the fill for a missing value, or throws. */
function value(v: unknown, monthIdx: number, fill: number | undefined): number {
  if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) {
    if (fill !== undefined) return fill;
    throw missing(monthIdx);
  }
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
    const key = monthKey(monthIdx);
    throw new RatesError("invalid-number", `The value for ${key} must be a finite number of 0 or more, got ${describeValue(v)}.`, {
      month: key,
      value: v,
    });
  }
  return v;
}

/**
 * Normalises either series form to consecutive months. Throws `invalid-number` when the values
 * add up to more than the largest number (about 1.8e308), so that every sum over the series,
 * and every difference of two such sums, is finite.
 */
export function denseSeries(series: MonthlySeries, fillOption: unknown): DenseSeries {
  const dense = readDenseSeries(series, fillOption);
  if (!Number.isFinite(neumaierSum(dense.values))) {
    throw new RatesError("invalid-number", "The series' values add up to more than the largest representable number (about 1.8e308).", { name: "series" });
  }
  return dense;
}

function readDenseSeries(series: MonthlySeries, fillOption: unknown): DenseSeries {
  const fill = checkFill(fillOption);
  if (Array.isArray(series)) {
    const records = series as readonly { month?: unknown; count?: unknown }[];
    if (records.length === 0) return { start: 0, values: new Float64Array(0) };
    const indices = new Int32Array(records.length);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    records.forEach((record, i) => {
      if (typeof record !== "object" || record === null) {
        throw new RatesError("invalid-argument", `series[${i}] must be a record { month, count }, got ${describeValue(record)}.`, {
          index: i,
          value: record,
        });
      }
      const idx = toMonthIndex(`series[${i}].month`, record.month);
      indices[i] = idx;
      if (idx < min) min = idx;
      if (idx > max) max = idx;
    });
    const values = new Float64Array(max - min + 1).fill(Number.NaN);
    const seen = new Uint8Array(values.length);
    records.forEach((record, i) => {
      const offset = (indices[i] as number) - min;
      if (seen[offset] === 1) {
        const key = monthKey(indices[i] as number);
        throw new RatesError("duplicate-month", `The series has more than one value for ${key}.`, { month: key, index: i });
      }
      seen[offset] = 1;
      const v = record.count;
      if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) return; // filled below
      values[offset] = value(v, indices[i] as number, fill);
    });
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i])) values[i] = value(Number.NaN, min + i, fill);
    }
    return { start: min, values };
  }
  if (typeof series !== "object" || series === null || !("start" in series) || !("values" in series)) {
    throw new RatesError("invalid-argument", `series must be { start, values } or an array of { month, count } records, got ${describeValue(series)}.`, {
      value: series,
    });
  }
  const start = toMonthIndex("series.start", series.start);
  const source = series.values;
  if (typeof source !== "object" || source === null || typeof source.length !== "number") {
    throw new RatesError("invalid-argument", `series.values must be an array of monthly values, got ${describeValue(source)}.`, {
      name: "series.values",
      value: source,
    });
  }
  if (source.length > 0) monthKey(start + source.length - 1);
  const values = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) values[i] = value(source[i], start + i, fill);
  return { start, values };
}
