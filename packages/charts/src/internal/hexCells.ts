import { roundDecimal } from "@crimestats/internal";
import { hexbin } from "d3-hexbin";

/** Mean radius of the Earth in metres (IUGG), for the local plane of {@link binCells}. */
const earthRadius = 6_371_008.8;
/** Metres per degree of latitude on a sphere of that radius. */
const metresPerDegree = (earthRadius * Math.PI) / 180;

/** The shape of the cells of a hotspot map. */
export type CellShape = "hexagon" | "square";

/** The local flat plane points are binned in: equirectangular about a reference latitude. */
export interface LocalPlane {
  /** Longitude of the plane's origin (degrees). */
  readonly longitude: number;
  /** Latitude of the plane's origin (degrees). */
  readonly latitude: number;
  /** The latitude whose east–west scale the plane keeps (degrees). */
  readonly scaleLatitude: number;
}

/** One cell holding at least one point. */
export interface BinnedCell {
  /** How many points fall in it. */
  readonly count: number;
  /** Its centre as `[longitude, latitude]`. */
  readonly centre: readonly [number, number];
  /** Its outline as `[longitude, latitude]` positions, closed, clockwise (the exterior-ring order of d3-geo, which Vega draws with), to 6 decimals (about 0.1 m: what is drawn, without the float noise of projecting back). */
  readonly ring: readonly (readonly [number, number])[];
}

/**
 * The local plane about a box of longitudes and latitudes: origin at its south-west corner, the
 * east–west scale of the latitude midway between its southern and northern edges.
 */
export function localPlane(west: number, south: number, north: number): LocalPlane {
  return { longitude: west, latitude: south, scaleLatitude: (south + north) / 2 };
}

/** Metres east of the plane's origin per degree of longitude. */
function metresPerDegreeEast(plane: LocalPlane): number {
  return metresPerDegree * Math.cos((plane.scaleLatitude * Math.PI) / 180);
}

/** A position in the plane (metres east and north of the origin). */
export function toPlane(plane: LocalPlane, longitude: number, latitude: number): [number, number] {
  return [(longitude - plane.longitude) * metresPerDegreeEast(plane), (latitude - plane.latitude) * metresPerDegree];
}

/** A position of the plane back in longitude and latitude. */
function fromPlane(plane: LocalPlane, x: number, y: number): [number, number] {
  return [plane.longitude + x / metresPerDegreeEast(plane), plane.latitude + y / metresPerDegree];
}

/**
 * Bins points (longitudes and latitudes, all finite) into cells of a local flat plane and returns
 * the cells that hold at least one point, in no particular order. `size` is the distance between
 * the centres of neighbouring cells in metres: a square's side, a hexagon's width across its flat
 * sides (hexagons are pointy-topped, binned by d3-hexbin; squares are aligned with the plane's
 * axes and start at its origin). Each cell's outline is converted back to longitude and latitude.
 */
export function binCells(longitudes: ArrayLike<number>, latitudes: ArrayLike<number>, plane: LocalPlane, shape: CellShape, size: number): BinnedCell[] {
  const planar: [number, number][] = [];
  for (let i = 0; i < longitudes.length; i++) planar.push(toPlane(plane, longitudes[i] as number, latitudes[i] as number));
  const back = (x: number, y: number): [number, number] => fromPlane(plane, x, y);
  const corner = (x: number, y: number): [number, number] => {
    const [longitude, latitude] = fromPlane(plane, x, y);
    return [roundDecimal(longitude, 6), roundDecimal(latitude, 6)];
  };
  if (shape === "hexagon") {
    // d3-hexbin's radius is centre to corner; across the flat sides a hexagon is radius × √3.
    const radius = size / Math.sqrt(3);
    const corners = [0, 1, 2, 3, 4, 5].map((k): [number, number] => [radius * Math.sin((k * Math.PI) / 3), radius * Math.cos((k * Math.PI) / 3)]);
    return hexbin()
      .radius(radius)(planar)
      .map((bin) => {
        const ring = corners.map(([dx, dy]) => corner(bin.x + dx, bin.y + dy));
        return { count: bin.length, centre: back(bin.x, bin.y), ring: [...ring, ring[0] as [number, number]] };
      });
  }
  const counts = new Map<string, { i: number; j: number; count: number }>();
  for (const [x, y] of planar) {
    const i = Math.floor(x / size);
    const j = Math.floor(y / size);
    const key = `${i} ${j}`;
    const cell = counts.get(key);
    if (cell === undefined) counts.set(key, { i, j, count: 1 });
    else cell.count++;
  }
  return [...counts.values()].map(({ i, j, count }) => {
    const [x0, y0, x1, y1] = [i * size, j * size, (i + 1) * size, (j + 1) * size];
    // North-west, north-east, south-east, south-west: clockwise with north up.
    const ring = [corner(x0, y1), corner(x1, y1), corner(x1, y0), corner(x0, y0), corner(x0, y1)];
    return { count, centre: back((i + 0.5) * size, (j + 0.5) * size), ring };
  });
}
