import { describeValue } from "@crimestats/internal";
import { ChartsError } from "../ChartsError.js";
import type { AreaValue } from "../joinBoundaries.js";
import type { Boundaries, MultiPolygonGeometry, PolygonGeometry } from "../types.js";

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
  // Array.from reads a hole in the list as undefined (forEach and map would skip it): it is refused like any other bad item.
  Array.from(features as unknown[]).forEach((feature: unknown, index) => {
    const record = typeof feature === "object" && feature !== null ? (feature as Record<string, unknown>) : {};
    if (typeof feature !== "object" || feature === null || Array.isArray(feature)) {
      throw new ChartsError("invalid-argument", `${fn}: boundary number ${index + 1} is ${describeValue(feature)}: expected a feature from readBoundaries.`, {
        field: "boundaries",
        index,
      });
    }
    const label = typeof record["name"] === "string" ? record["name"] : typeof record["code"] === "string" ? record["code"] : `number ${index + 1}`;
    checkGeometry(fn, record["geometry"], label, "invalid-argument");
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
  Array.from(values as unknown[]).forEach((row: unknown, index) => {
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

/** The geometry checked: a Polygon or MultiPolygon whose rings are closed lists of at least four longitude/latitude positions. */
export function checkGeometry(fn: string, geometry: unknown, label: string, code: "invalid-data" | "invalid-argument"): PolygonGeometry | MultiPolygonGeometry {
  const type = typeof geometry === "object" && geometry !== null ? (geometry as Record<string, unknown>)["type"] : undefined;
  if (type !== "Polygon" && type !== "MultiPolygon") {
    throw new ChartsError(
      code,
      `${fn}: the boundary of ${JSON.stringify(label)} is ${typeof type === "string" ? `a ${type}` : describeValue(geometry)}: expected a Polygon or MultiPolygon.`,
      { feature: label, type },
    );
  }
  const coordinates = (geometry as Record<string, unknown>)["coordinates"];
  const polygons = type === "Polygon" ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) throw badCoordinates(fn, code, label, "no polygons");
  const checked = Array.from(polygons as unknown[]).map((polygon) => {
    if (!Array.isArray(polygon) || polygon.length === 0) throw badCoordinates(fn, code, label, "a polygon without rings");
    return Array.from(polygon as unknown[]).map((ring) => checkRing(fn, ring, label, code));
  });
  return type === "Polygon" ? { type, coordinates: checked[0] as number[][][] } : { type, coordinates: checked };
}

/** A ring checked and copied as `[longitude, latitude]` pairs. */
function checkRing(fn: string, ring: unknown, label: string, code: "invalid-data" | "invalid-argument"): number[][] {
  if (!Array.isArray(ring) || ring.length < 4) throw badCoordinates(fn, code, label, `a ring of ${describeValue(ring)}`);
  const positions = Array.from(ring as unknown[]).map((position) => {
    const [longitude, latitude] = Array.isArray(position) ? position : [];
    if (typeof longitude !== "number" || typeof latitude !== "number" || !(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= 90)) {
      throw badCoordinates(fn, code, label, `the position ${describeValue(position)}`);
    }
    return [longitude, latitude];
  });
  const first = positions[0] as number[];
  const last = positions[positions.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) throw badCoordinates(fn, code, label, "a ring that does not end where it starts");
  return positions;
}

/** The error of a bad coordinate list. */
function badCoordinates(fn: string, code: "invalid-data" | "invalid-argument", label: string, what: string): ChartsError {
  return new ChartsError(
    code,
    `${fn}: the boundary of ${JSON.stringify(label)} has ${what}: expected closed rings of at least four [longitude, latitude] positions.`,
    { feature: label },
  );
}
