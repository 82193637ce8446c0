import { describeValue } from "@crimestats/internal";
import { feature as topojsonFeature } from "topojson-client";
import { ChartsError } from "./ChartsError.js";
import { checkGeometry } from "./internal/boundaryInput.js";
import type { Boundaries, BoundaryFeature } from "./types.js";

/** Options of {@link readBoundaries}. */
export interface ReadBoundariesOptions {
  /** The property holding each area's code (e.g. `"LAD21CD"`). Default: detected (see {@link readBoundaries}). */
  readonly codeProperty?: string;
  /** The property holding each area's name (e.g. `"LAD21NM"`). Default: detected. */
  readonly nameProperty?: string;
  /** For TopoJSON, the name of the object to read (a topology may hold several layers). Default: the first. */
  readonly object?: string;
}

/** An ONS-style area code: a letter and eight digits (`E09000015`, `W06000001`, `E05013570`). */
const onsCode = /^[A-Z]\d{8}$/;

/**
 * Reads area boundaries from GeoJSON (a FeatureCollection, a Feature or a bare geometry) or
 * TopoJSON (a Topology; its `object` option picks the layer, default the first), given as text or
 * as the parsed object. Polygons and MultiPolygons are kept, with their coordinates as
 * longitude/latitude, and the other properties as JSON holds them (a number that is not finite
 * becomes null). Each feature's code and name are read from `codeProperty` and `nameProperty`,
 * or, when not given, detected: the code is a property whose name ends in `CD`
 * and whose values are all ONS-style codes (a letter and eight digits; when several are, the one
 * whose values differ from feature to feature, so a ward file's `WD22CD` is chosen over its
 * borough's `LAD22CD`), else `code`; the name is the matching `NM` property (`WD22NM` beside
 * `WD22CD`), else a property ending in `NM` whose values differ from feature to feature, else
 * `name`. Nothing is read from a file or URL: pass the text.
 *
 * @param source - GeoJSON or TopoJSON, as JSON text or as an object.
 * @param options - The code and name properties, and the TopoJSON object to read.
 * @returns The features in the file's order, with the properties read as code and name.
 * @throws {@link ChartsError} `invalid-data` when the text is not JSON, the object is neither
 * GeoJSON nor TopoJSON, there are no features, a feature's geometry is not a Polygon or
 * MultiPolygon (the message names the feature), or a ring is not a closed list of at least four
 * longitude/latitude positions; `invalid-argument` when the source is neither text nor an object;
 * `invalid-option` when the options are not an object, a named property is on no feature, or the
 * named TopoJSON object is not in the topology.
 * @example
 * ```ts
 * const square = [[[0, 51], [0.1, 51], [0.1, 51.1], [0, 51.1], [0, 51]]];
 * const boundaries = readBoundaries({
 *   type: "FeatureCollection",
 *   features: [{ type: "Feature", properties: { LAD21CD: "E09000015", LAD21NM: "Harrow" }, geometry: { type: "Polygon", coordinates: square } }],
 * });
 * [boundaries.codeProperty, boundaries.nameProperty, boundaries.features[0]?.name];
 * //=> ["LAD21CD", "LAD21NM", "Harrow"]
 * ```
 */
export function readBoundaries(source: string | object, options: ReadBoundariesOptions = {}): Boundaries {
  const fn = "readBoundaries";
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ChartsError("invalid-option", `${fn}: the options are ${describeValue(options)}: expected an object such as { codeProperty: "LAD21CD" }.`, {});
  }
  for (const field of ["codeProperty", "nameProperty", "object"] as const) {
    const value = options[field];
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      throw new ChartsError("invalid-option", `${fn}: ${field} is ${describeValue(value)}: expected a property name.`, { field });
    }
  }
  let parsed: unknown = source;
  if (typeof source === "string") {
    try {
      parsed = JSON.parse(source);
    } catch (error) {
      throw new ChartsError(
        "invalid-data",
        `${fn}: the source is not JSON (${error instanceof Error ? error.message : String(error)}): expected GeoJSON or TopoJSON text.`,
        {},
      );
    }
  } else if (typeof source !== "object" || source === null || Array.isArray(source)) {
    throw new ChartsError("invalid-argument", `${fn}: the source is ${describeValue(source)}: expected GeoJSON or TopoJSON text or object.`, {});
  }
  const raw = rawFeatures(fn, parsed, options.object);
  if (raw.length === 0) throw new ChartsError("invalid-data", `${fn}: the source has no features: expected at least one area boundary.`, {});
  const propertiesOf = raw.map((item) => item.properties);
  const codeProperty = options.codeProperty ?? detectCode(propertiesOf);
  const nameProperty = options.nameProperty ?? detectName(propertiesOf, codeProperty);
  for (const [field, property] of [
    ["codeProperty", options.codeProperty],
    ["nameProperty", options.nameProperty],
  ] as const) {
    if (property !== undefined && !propertiesOf.some((properties) => Object.hasOwn(properties, property))) {
      throw new ChartsError(
        "invalid-option",
        `${fn}: ${field} is ${describeValue(property)}, which no feature has: expected one of ${describeValue(Object.keys(propertiesOf[0] ?? {}))}.`,
        { field, property },
      );
    }
  }
  const features = raw.map((item, index): BoundaryFeature => {
    const code = textOf(item.properties, codeProperty);
    const name = textOf(item.properties, nameProperty);
    const label = name ?? code ?? `number ${index + 1}`;
    const geometry = checkGeometry(fn, item.geometry, label, "invalid-data");
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item.properties)) if (key !== codeProperty && key !== nameProperty) properties[key] = jsonValue(value, 0);
    return { code, name, geometry, properties };
  });
  return { features, codeProperty, nameProperty };
}

/** A feature before its geometry is checked. */
interface RawFeature {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: unknown;
}

/** The features of parsed GeoJSON or TopoJSON. */
function rawFeatures(fn: string, parsed: unknown, objectName: string | undefined): RawFeature[] {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ChartsError("invalid-data", `${fn}: the source is ${describeValue(parsed)}: expected a GeoJSON or TopoJSON object.`, {});
  }
  const record = parsed as Record<string, unknown>;
  const type = record["type"];
  if (type === "Topology") return rawFeatures(fn, topologyFeatures(fn, record, objectName), undefined);
  if (type === "FeatureCollection") {
    const features = record["features"];
    if (!Array.isArray(features))
      throw new ChartsError("invalid-data", `${fn}: the FeatureCollection's features are ${describeValue(features)}: expected an array of features.`, {});
    return features.map((item, index) => featureOf(fn, item, index));
  }
  if (type === "Feature") return [featureOf(fn, record, 0)];
  if (type === "Polygon" || type === "MultiPolygon") return [{ properties: {}, geometry: record }];
  throw new ChartsError(
    "invalid-data",
    `${fn}: the source's type is ${describeValue(type)}: expected a GeoJSON FeatureCollection, Feature or Polygon, or a TopoJSON Topology.`,
    {
      type,
    },
  );
}

/** One GeoJSON feature's properties and geometry. */
function featureOf(fn: string, item: unknown, index: number): RawFeature {
  if (typeof item !== "object" || item === null || Array.isArray(item) || (item as Record<string, unknown>)["type"] !== "Feature") {
    throw new ChartsError("invalid-data", `${fn}: feature number ${index + 1} is ${describeValue(item)}: expected a GeoJSON Feature.`, { index });
  }
  const record = item as Record<string, unknown>;
  const properties = record["properties"];
  return {
    properties: typeof properties === "object" && properties !== null && !Array.isArray(properties) ? (properties as Record<string, unknown>) : {},
    geometry: record["geometry"],
  };
}

/** A topology's chosen object as GeoJSON (through topojson-client). */
function topologyFeatures(fn: string, topology: Record<string, unknown>, objectName: string | undefined): unknown {
  const objects = topology["objects"];
  if (typeof objects !== "object" || objects === null || Array.isArray(objects) || Object.keys(objects).length === 0) {
    throw new ChartsError("invalid-data", `${fn}: the topology's objects are ${describeValue(objects)}: expected at least one named object.`, {});
  }
  const names = Object.keys(objects);
  const name = objectName ?? (names[0] as string);
  if (!Object.hasOwn(objects, name)) {
    throw new ChartsError(
      "invalid-option",
      `${fn}: object is ${describeValue(name)}, which the topology does not hold: expected one of ${describeValue(names)}.`,
      {
        field: "object",
      },
    );
  }
  try {
    // topojson-client's types want its own Topology type; the shape is checked by the conversion itself.
    return topojsonFeature(topology as never, (objects as Record<string, never>)[name] as never);
  } catch (error) {
    throw new ChartsError(
      "invalid-data",
      `${fn}: the topology's object ${describeValue(name)} cannot be read (${error instanceof Error ? error.message : String(error)}): expected valid TopoJSON arcs and geometries.`,
      { object: name },
    );
  }
}

/** The property whose name ends in CD and whose values are all ONS-style codes (the one differing per feature first), else `code`, else null. */
function detectCode(all: readonly Readonly<Record<string, unknown>>[]): string | null {
  const keys = Object.keys(all[0] ?? {});
  const codes = keys.filter((key) => /CD$/i.test(key) && all.every((properties) => typeof properties[key] === "string" && onsCode.test(properties[key])));
  return codes.find((key) => distinct(all, key)) ?? codes[0] ?? keys.find((key) => key.toLowerCase() === "code") ?? null;
}

/** The NM property beside the code's CD, else one ending in NM differing per feature, else `name`, else null. */
function detectName(all: readonly Readonly<Record<string, unknown>>[], codeProperty: string | null): string | null {
  const keys = Object.keys(all[0] ?? {});
  const isText = (key: string): boolean => all.every((properties) => typeof properties[key] === "string");
  if (codeProperty !== null && /CD$/i.test(codeProperty)) {
    const beside = `${codeProperty.slice(0, -2)}${codeProperty.endsWith("cd") ? "nm" : "NM"}`;
    if (keys.includes(beside) && isText(beside)) return beside;
  }
  const names = keys.filter((key) => /NM$/i.test(key) && isText(key));
  return names.find((key) => distinct(all, key)) ?? names[0] ?? keys.find((key) => key.toLowerCase() === "name" && isText(key)) ?? null;
}

/** Whether a property's values differ from feature to feature. */
function distinct(all: readonly Readonly<Record<string, unknown>>[], key: string): boolean {
  return new Set(all.map((properties) => properties[key])).size === all.length;
}

/**
 * A property value as JSON holds it: numbers that are not finite become null (as JSON.stringify
 * writes them), BigInts their digits, functions and symbols null, nesting past 20 levels null.
 * (A parsed file holds only JSON; an object passed in may hold anything.)
 */
function jsonValue(value: unknown, depth: number): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return String(value);
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (typeof value !== "object" || depth >= 20) return null;
  if (Array.isArray(value)) return Array.from(value, (item) => jsonValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = jsonValue(item, depth + 1);
  return copy;
}

/** A property's value as text (a number written out), or null when absent or empty. */
function textOf(properties: Readonly<Record<string, unknown>>, key: string | null): string | null {
  if (key === null) return null;
  const value = properties[key];
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
