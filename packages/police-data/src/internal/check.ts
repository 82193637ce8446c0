import { describeValue } from "@crimestats/internal";
import type { CountCube, CubeDimension } from "../countCube.js";
import { PoliceDataError } from "../PoliceDataError.js";
import { monthIndexOf } from "./month.js";

/** Whether `value` is an array of strings with no holes. */
export function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}

/** The options object of `fn` (`{}` when absent); anything else but an object is a `invalid-value`. */
export function optionsOf<T extends object>(fn: string, value: T | undefined | null): T {
  if (value === undefined) return {} as T;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PoliceDataError("invalid-option", `${fn}: options: expected an object (or nothing), got ${describeValue(value)}`, {
      options: describeValue(value),
    });
  }
  return value;
}

const DIMENSIONS: readonly CubeDimension[] = ["area", "month", "offence"];

/**
 * Throw `invalid-argument` unless `cube` is a well-formed {@link CountCube}: distinct dimensions among
 * area, month and offence; string labels for each; a shape that matches the labels; `values` a
 * `Float64Array` of that size holding finite counts ≥ 0; months consecutive `"YYYY-MM"`; a finite
 * total; a string vintage when there is one.
 */
export function checkCube(cube: unknown, name: string): asserts cube is CountCube {
  const fail = (what: string): never => {
    throw new PoliceDataError("invalid-argument", `${name}: expected a count cube (as countCube returns), but ${what}`, { argument: name });
  };
  if (typeof cube !== "object" || cube === null) fail(`got ${describeValue(cube)}`);
  const c = cube as Record<string, unknown>;
  const dims = c["dims"];
  if (!Array.isArray(dims) || [...dims].some((d) => !DIMENSIONS.includes(d as CubeDimension)) || new Set(dims).size !== dims.length) {
    fail(`its dims are ${describeValue(dims)}; expected distinct "area", "month", "offence"`);
  }
  const labels = c["labels"];
  if (typeof labels !== "object" || labels === null) fail(`its labels are ${describeValue(labels)}`);
  const shape = c["shape"];
  if (!Array.isArray(shape) || shape.length !== (dims as unknown[]).length) fail(`its shape ${describeValue(shape)} does not have one length per dimension`);
  let size = 1;
  (dims as CubeDimension[]).forEach((d, i) => {
    const l = (labels as Record<string, unknown>)[d];
    if (!isStringList(l)) fail(`its ${d} labels are ${describeValue(l)}; expected a list of strings`);
    if ((shape as unknown[])[i] !== (l as unknown[]).length)
      fail(`its shape ${describeValue(shape)} does not match its ${d} labels (${(l as unknown[]).length})`);
    size *= (l as unknown[]).length;
  });
  const months = (labels as Record<string, unknown>)["month"];
  if ((dims as CubeDimension[]).includes("month")) {
    const m = months as string[];
    for (let i = 0; i < m.length; i++) {
      const k = monthIndexOf(m[i]!);
      if (k < 0 || (i > 0 && k !== monthIndexOf(m[i - 1]!) + 1))
        fail(`its month label ${describeValue(m[i])} is not the month after ${describeValue(m[i - 1] ?? "(start)")}`);
    }
  }
  const values = c["values"];
  if (!(values instanceof Float64Array) || values.length !== size) fail(`its values are not a Float64Array of ${size} counts`);
  for (const v of values as Float64Array) if (!(v >= 0 && v <= Number.MAX_VALUE)) fail(`its values hold ${describeValue(v)}; expected finite counts >= 0`);
  const total = c["total"];
  if (typeof total !== "number" || !Number.isFinite(total)) fail(`its total is ${describeValue(total)}`);
  if (c["vintage"] !== undefined && typeof c["vintage"] !== "string") fail(`its vintage is ${describeValue(c["vintage"])}; expected a string`);
}
