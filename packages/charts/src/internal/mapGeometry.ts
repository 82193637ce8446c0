import { roundDecimal } from "@crimestats/internal";
import polylabel from "polylabel";
import { feature as topojsonFeature } from "topojson-client";
import { topology as topojsonTopology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import type { MultiPolygonGeometry, PolygonGeometry } from "../types.js";

/** A ring of `[x, y]` positions. */
type Ring = number[][];
/** A polygon: its outer ring, then its holes. */
type Polygon = Ring[];

/**
 * Visvalingam's threshold: points whose triangle with their neighbours is smaller than this many
 * square pixels are dropped (a point off a straight 8-pixel stretch by half a pixel or less).
 */
const SIMPLIFY_SQUARE_PIXELS = 2;
/** Rings (islands, holes, slivers) smaller than this many square pixels are not drawn. */
const MIN_RING_SQUARE_PIXELS = 1;

/**
 * polylabel's function. polylabel is an ES module only: the package's CommonJS build, which
 * requires it (Node.js 20.19 and later load an ES module with require), receives its namespace,
 * whose `default` is the function.
 */
function polylabelFunction(): typeof polylabel {
  const loaded: unknown = polylabel;
  return typeof loaded === "function" ? (loaded as typeof polylabel) : (loaded as { default: typeof polylabel }).default;
}

/** Where an area's label goes: the point inside it farthest from its edges (polylabel), as `[longitude, latitude]` and in pixels from the plot's top left (`x`, `y`), and that distance in pixels (`room`). */
export interface FittedLabel {
  readonly position: readonly [number, number];
  readonly x: number;
  readonly y: number;
  readonly room: number;
}

/** Geometries fitted to a plot, simplified to what shows at that size, with a label point each. */
export interface FittedMap {
  /** The plot's width and height in pixels (the height from the areas' shape when not given). */
  readonly width: number;
  readonly height: number;
  /** Per input geometry, in the same order: the simplified geometry in longitude/latitude (rings wound as d3-geo draws them). */
  readonly geometries: readonly MultiPolygonGeometry[];
  /** Per input geometry, where its label goes. */
  readonly labels: readonly FittedLabel[];
  /** How many positions the geometries had before and after simplification. */
  readonly positions: { readonly before: number; readonly after: number };
}

const radians = Math.PI / 180;

/** Web Mercator y (unitless) of a latitude in degrees (clamped to ±85.05°, where Web Mercator stops, so the poles stay finite). */
function mercatorY(latitude: number): number {
  const clamped = Math.max(-85.05, Math.min(85.05, latitude));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * radians) / 2));
}

/** The polygons of a geometry. */
function polygonsOf(geometry: PolygonGeometry | MultiPolygonGeometry): (readonly (readonly (readonly number[])[])[])[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : [...geometry.coordinates];
}

/** Twice the signed area of a ring (positive when anticlockwise with y up). */
function signedArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as readonly number[];
    const b = ring[i] as readonly number[];
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/**
 * Projects geometries with the Mercator projection fitted to `width` (and `height`, else the
 * height that keeps their shape, within `minHeight` to 2 × width), simplifies them in pixel space
 * (Visvalingam through topojson, so a border two areas share stays shared) to what is visible at
 * that size, drops rings under a square pixel, finds each geometry's label point (polylabel on its
 * largest polygon) and projects back to longitude/latitude. Vega-Lite's Mercator projection,
 * fitted to the same features, draws them at the same size.
 */
export function fitMap(geometries: readonly (PolygonGeometry | MultiPolygonGeometry)[], width: number, height: number | undefined, minHeight = 160): FittedMap {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  let before = 0;
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const ring of polygon) {
        before += ring.length;
        for (const [longitude, latitude] of ring as number[][]) {
          west = Math.min(west, longitude as number);
          east = Math.max(east, longitude as number);
          south = Math.min(south, latitude as number);
          north = Math.max(north, latitude as number);
        }
      }
    }
  }
  const spanX = Math.max((east - west) * radians, 1e-9);
  const top = mercatorY(north);
  const spanY = Math.max(top - mercatorY(south), 1e-9);
  const plotHeight = height ?? Math.min(Math.max(Math.round((width * spanY) / spanX), minHeight), 2 * width);
  const k = Math.min(width / spanX, plotHeight / spanY);
  const project = (position: readonly number[]): number[] => [k * ((position[0] as number) - west) * radians, k * (top - mercatorY(position[1] as number))];
  const invert = ([x, y]: readonly number[]): number[] => [
    west + (x as number) / k / radians,
    (2 * Math.atan(Math.exp(top - (y as number) / k)) - Math.PI / 2) / radians,
  ];

  const collection = {
    type: "FeatureCollection" as const,
    features: geometries.map((geometry, index) => ({
      type: "Feature" as const,
      id: index,
      properties: {},
      geometry: { type: "MultiPolygon" as const, coordinates: polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map(project))) },
    })),
  };
  const topology = presimplify(topojsonTopology({ areas: collection }) as never);
  const simplified = simplify(topology, SIMPLIFY_SQUARE_PIXELS);
  const back = topojsonFeature(simplified, simplified.objects["areas"] as never) as unknown as {
    features: { geometry: { type: string; coordinates: unknown } | null }[];
  };
  let after = 0;
  const fitted: MultiPolygonGeometry[] = [];
  const labels: { position: [number, number]; x: number; y: number; room: number }[] = [];
  geometries.forEach((original, index) => {
    const geometry = back.features[index]?.geometry;
    const simplifiedPolygons: Polygon[] =
      geometry?.type === "Polygon" ? [geometry.coordinates as Polygon] : geometry?.type === "MultiPolygon" ? (geometry.coordinates as Polygon[]) : [];
    let polygons = keepVisible(simplifiedPolygons);
    // An area too small to survive simplification is drawn as it was (projected), never dropped.
    if (polygons.length === 0) polygons = polygonsOf(original).map((polygon) => polygon.map((ring) => ring.map(project)));
    const largest = polygons.reduce((best, polygon) => (Math.abs(signedArea(polygon[0] as Ring)) > Math.abs(signedArea(best[0] as Ring)) ? polygon : best));
    const pole = polylabelFunction()(largest, 0.5);
    const [longitude, latitude] = invert(pole).map(toMetre);
    labels.push({ position: [longitude as number, latitude as number], x: pole[0], y: pole[1], room: pole.distance });
    const coordinates = polygons.map((polygon) =>
      polygon.map((ring, ringIndex) =>
        wind(
          ring.map((position) => invert(position).map(toMetre)),
          ringIndex === 0,
        ),
      ),
    );
    for (const polygon of coordinates) for (const ring of polygon) after += ring.length;
    fitted.push({ type: "MultiPolygon", coordinates });
  });
  return { width, height: plotHeight, geometries: fitted, labels, positions: { before, after } };
}

/**
 * A longitude or latitude rounded to 5 decimals (about a metre, far below a pixel of any map
 * drawn): the positions projected back carry float noise (51.528589999999994) that only makes
 * the specification longer.
 */
function toMetre(degrees: number): number {
  return roundDecimal(degrees, 5);
}

/** Polygons whose outer ring covers at least a square pixel, without holes under a square pixel; rings of fewer than four positions are dropped. */
function keepVisible(polygons: readonly Polygon[]): Polygon[] {
  const big = (ring: Ring): boolean => ring.length >= 4 && Math.abs(signedArea(ring)) / 2 >= MIN_RING_SQUARE_PIXELS;
  return polygons.filter((polygon) => polygon[0] !== undefined && big(polygon[0])).map((polygon) => [polygon[0] as Ring, ...polygon.slice(1).filter(big)]);
}

/** A ring in longitude/latitude wound as d3-geo expects: an outer ring clockwise, a hole anticlockwise (d3 draws a wrongly wound outer ring as the whole globe without it). */
function wind(ring: Ring, outer: boolean): Ring {
  const clockwise = signedArea(ring) < 0;
  return clockwise === outer ? ring : [...ring].reverse();
}
