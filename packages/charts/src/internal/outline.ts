import { describeValue } from "@crimestats/internal";
import { ChartsError } from "../ChartsError.js";
import type { Boundaries, BoundaryFeature, MultiPolygonGeometry } from "../types.js";

/** The largest latitude (north or south) a map takes: the Mercator projection maps a pole to infinity. */
export const maxLatitude = 85;

/** A position `[longitude, latitude]`. */
type Position = readonly [number, number];
/** A polygon: its outer ring, then its holes. */
type Polygon = readonly (readonly Position[])[];

/** An outline checked and made ready to draw and to test points against. */
export interface CheckedOutline {
  /** The names of its features that have one, in order. */
  readonly names: readonly string[];
  /** Its geometries, one per feature, rings closed (as given otherwise: wind them before drawing). */
  readonly geometries: readonly MultiPolygonGeometry[];
  /** The box around it: west, south, east, north. */
  readonly box: readonly [number, number, number, number];
  /** Whether a position lies inside it (inside an outer ring and outside that polygon's holes, of any feature). */
  readonly contains: (longitude: number, latitude: number) => boolean;
}

/**
 * Checks an outline given as a {@link BoundaryFeature} or as {@link Boundaries} (every feature
 * drawn): its geometries with rings closed, the box around it, its names and a point-in-outline
 * test.
 */
export function checkOutline(fn: string, outline: unknown): CheckedOutline {
  const expected = "a BoundaryFeature ({ code, name, geometry, properties }) or Boundaries ({ features, … }) with Polygon or MultiPolygon geometry";
  if (typeof outline !== "object" || outline === null || Array.isArray(outline)) {
    throw new ChartsError("invalid-argument", `${fn}: outline is ${describeValue(outline)}: expected ${expected}.`, { field: "outline" });
  }
  const record = outline as Record<string, unknown>;
  let items: readonly unknown[];
  if ("features" in record) {
    if (!Array.isArray(record["features"]) || record["features"].length === 0) {
      throw new ChartsError("invalid-argument", `${fn}: outline.features is ${describeValue(record["features"])}: expected ${expected}.`, {
        field: "outline.features",
      });
    }
    items = record["features"];
  } else items = [outline];
  const geometries: MultiPolygonGeometry[] = [];
  const polygons: Polygon[] = [];
  const names: string[] = [];
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  // Array.from reads a hole in a list (a sparse array) as undefined, refused like any bad item (forEach and map would skip it).
  Array.from(items).forEach((item, index) => {
    const where = items.length === 1 && item === outline ? "outline" : `outline.features[${index}]`;
    const feature = (typeof item === "object" && item !== null ? item : {}) as Partial<BoundaryFeature>;
    const geometry = feature.geometry as unknown;
    if (typeof geometry !== "object" || geometry === null || Array.isArray(geometry)) {
      throw new ChartsError("invalid-argument", `${fn}: ${where}.geometry is ${describeValue(geometry)}: expected a Polygon or MultiPolygon geometry.`, {
        field: `${where}.geometry`,
      });
    }
    const { type, coordinates } = geometry as Record<string, unknown>;
    if ((type !== "Polygon" && type !== "MultiPolygon") || !Array.isArray(coordinates)) {
      throw new ChartsError(
        "invalid-argument",
        `${fn}: ${where}.geometry is ${describeValue(type)} with ${describeValue(coordinates)}: expected a Polygon or MultiPolygon geometry with coordinates.`,
        { field: `${where}.geometry` },
      );
    }
    const raw: readonly unknown[] = type === "Polygon" ? [coordinates] : coordinates;
    const own: Polygon[] = Array.from(raw).map((polygon, p) => checkPolygon(fn, `${where}.geometry`, polygon, p, box));
    polygons.push(...own);
    const name = typeof feature.name === "string" && feature.name.trim() !== "" ? feature.name.trim() : null;
    if (name !== null) names.push(name);
    geometries.push({ type: "MultiPolygon", coordinates: own });
  });
  return { names, geometries, box, contains: (longitude, latitude) => polygons.some((polygon) => inPolygon(polygon, longitude, latitude)) };
}

/** Checks one polygon's rings (finite positions in range, latitudes within ±85°, at least three each), closes them and widens the box. */
function checkPolygon(fn: string, where: string, polygon: unknown, index: number, box: [number, number, number, number]): Polygon {
  if (!Array.isArray(polygon) || polygon.length === 0) {
    throw new ChartsError("invalid-argument", `${fn}: ${where} polygon ${index + 1} is ${describeValue(polygon)}: expected a list of rings.`, {
      field: where,
    });
  }
  return Array.from(polygon as unknown[]).map((ring: unknown, r) => {
    if (!Array.isArray(ring) || ring.length < 3) {
      throw new ChartsError("invalid-argument", `${fn}: ${where} polygon ${index + 1} ring ${r + 1} is ${describeValue(ring)}: expected 3 or more positions.`, {
        field: where,
      });
    }
    const positions = Array.from(ring as unknown[]).map((position: unknown, i): Position => {
      if (!Array.isArray(position)) {
        throw new ChartsError(
          "invalid-argument",
          `${fn}: ${where} polygon ${index + 1} ring ${r + 1} position ${i + 1} is ${describeValue(position)}: expected [longitude, latitude].`,
          { field: where },
        );
      }
      const [longitude, latitude] = position as unknown[];
      if (typeof longitude !== "number" || typeof latitude !== "number" || !(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= maxLatitude)) {
        throw new ChartsError(
          "invalid-number",
          `${fn}: ${where} has a position at longitude ${describeValue(longitude)}, latitude ${describeValue(latitude)}: expected [longitude, latitude] in degrees (longitude −180 to 180, latitude −85 to 85).`,
          { field: where, value: position },
        );
      }
      box[0] = Math.min(box[0], longitude);
      box[1] = Math.min(box[1], latitude);
      box[2] = Math.max(box[2], longitude);
      box[3] = Math.max(box[3], latitude);
      return [longitude, latitude];
    });
    const first = positions[0] as Position;
    const last = positions[positions.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) positions.push(first);
    return positions;
  });
}

/** Whether a position lies inside a polygon (even–odd rule over all its rings, so holes are outside). */
function inPolygon(polygon: Polygon, x: number, y: number): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Position;
      const [xj, yj] = ring[j] as Position;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
