import { describeValue } from "@crimestats/internal";
import { ChartsError } from "../ChartsError.js";
import type { AreaValue } from "../joinBoundaries.js";
import type { Boundaries } from "../types.js";

/** A name as compared: lower case, "&" as "and", punctuation and spacing ignored. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Throws `invalid-argument` unless the value has the shape `readBoundaries` returns. */
export function checkBoundaries(fn: string, boundaries: unknown): asserts boundaries is Boundaries {
  const features = typeof boundaries === "object" && boundaries !== null ? (boundaries as Record<string, unknown>)["features"] : undefined;
  if (!Array.isArray(features) || features.length === 0) {
    throw new ChartsError(
      "invalid-argument",
      `${fn}: the boundaries are ${describeValue(boundaries)}: expected boundaries from readBoundaries, with at least one feature.`,
      {
        field: "boundaries",
      },
    );
  }
  features.forEach((feature: unknown, index) => {
    const record = typeof feature === "object" && feature !== null ? (feature as Record<string, unknown>) : {};
    const geometry = record["geometry"] as Record<string, unknown> | null | undefined;
    const type = typeof geometry === "object" && geometry !== null ? geometry["type"] : undefined;
    if ((type !== "Polygon" && type !== "MultiPolygon") || !Array.isArray(geometry?.["coordinates"])) {
      throw new ChartsError("invalid-argument", `${fn}: boundary number ${index + 1} is ${describeValue(feature)}: expected a feature from readBoundaries.`, {
        field: "boundaries",
        index,
      });
    }
    for (const field of ["code", "name"]) {
      const value = record[field];
      if (value !== null && typeof value !== "string") {
        throw new ChartsError("invalid-argument", `${fn}: the ${field} of boundary number ${index + 1} is ${describeValue(value)}: expected text or null.`, {
          field: "boundaries",
          index,
        });
      }
    }
  });
}

/** Throws `invalid-argument` unless the values are an array of `{ area, value, label? }`. */
export function checkValues(fn: string, values: unknown): asserts values is readonly AreaValue[] {
  if (!Array.isArray(values)) {
    throw new ChartsError("invalid-argument", `${fn}: the values are ${describeValue(values)}: expected an array of { area, value }.`, { field: "values" });
  }
  values.forEach((row: unknown, index) => {
    const record = typeof row === "object" && row !== null && !Array.isArray(row) ? (row as Record<string, unknown>) : null;
    const area = record?.["area"];
    const value = record?.["value"];
    const label = record?.["label"];
    if (record === null || typeof area !== "string" || area.trim() === "") {
      throw new ChartsError("invalid-argument", `${fn}: value number ${index + 1} is ${describeValue(row)}: expected { area, value } with a non-empty area.`, {
        field: "values",
        index,
      });
    }
    if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
      throw new ChartsError("invalid-number", `${fn}: the value of ${JSON.stringify(area)} is ${describeValue(value)}: expected a finite number or null.`, {
        field: "values",
        area,
      });
    }
    if (label !== undefined && typeof label !== "string") {
      throw new ChartsError("invalid-argument", `${fn}: the label of ${JSON.stringify(area)} is ${describeValue(label)}: expected text.`, {
        field: "values",
        area,
      });
    }
  });
}
