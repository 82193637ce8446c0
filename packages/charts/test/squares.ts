import type { Boundaries, BoundaryFeature } from "../src/types.js";

/** A closed square ring of `size` degrees with its south-west corner at (longitude, latitude), clockwise as d3 draws outer rings. */
export function squareRing(longitude: number, latitude: number, size = 0.1): number[][] {
  return [
    [longitude, latitude],
    [longitude, latitude + size],
    [longitude + size, latitude + size],
    [longitude + size, latitude],
    [longitude, latitude],
  ];
}

/** A hand-written grid of `columns` × `rows` square areas near London, coded "E0900000n" and named "Area n". */
export function squareGrid(columns: number, rows: number, size = 0.1): Boundaries {
  const features: BoundaryFeature[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const n = row * columns + column + 1;
      features.push({
        code: `E09${String(n).padStart(6, "0")}`,
        name: `Area ${n}`,
        geometry: { type: "Polygon", coordinates: [squareRing(-0.5 + column * size, 51.3 + row * size, size)] },
        properties: {},
      });
    }
  }
  return { features, codeProperty: "LAD21CD", nameProperty: "LAD21NM" };
}

/** The same grid as a GeoJSON FeatureCollection with ONS-style properties. */
export function squareGridGeoJson(columns: number, rows: number): { type: "FeatureCollection"; features: unknown[] } {
  return {
    type: "FeatureCollection",
    features: squareGrid(columns, rows).features.map((feature) => ({
      type: "Feature",
      properties: { LAD22CD: "E09000015", LAD22NM: "Parent", WD22CD: feature.code?.replace("E09", "E05"), WD22NM: feature.name },
      geometry: feature.geometry,
    })),
  };
}
