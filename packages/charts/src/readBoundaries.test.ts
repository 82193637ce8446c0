import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection } from "geojson";
import { topology } from "topojson-server";
import { describe, expect, test } from "vitest";
import { squareGridGeoJson, squareRing } from "../test/squares.js";
import { errorCode } from "../test/errorCode.js";
import { readBoundaries } from "./readBoundaries.js";

const square = [squareRing(0, 51)];

describe("readBoundaries", () => {
  test("doc example: detects the ONS code and name properties", () => {
    const boundaries = readBoundaries({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { LAD21CD: "E09000015", LAD21NM: "Harrow" },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [0, 51],
                [0.1, 51],
                [0.1, 51.1],
                [0, 51.1],
                [0, 51],
              ],
            ],
          },
        },
      ],
    });
    expect([boundaries.codeProperty, boundaries.nameProperty, boundaries.features[0]?.name]).toEqual(["LAD21CD", "LAD21NM", "Harrow"]);
  });

  test("picks the code that differs per feature (a ward's, not its borough's) and the name beside it, keeping the other properties", () => {
    const boundaries = readBoundaries(JSON.stringify(squareGridGeoJson(3, 2)));
    expect(boundaries.codeProperty).toBe("WD22CD");
    expect(boundaries.nameProperty).toBe("WD22NM");
    expect(boundaries.features.map((feature) => feature.code)).toEqual(["E05000001", "E05000002", "E05000003", "E05000004", "E05000005", "E05000006"]);
    expect(boundaries.features[0]?.properties).toEqual({ LAD22CD: "E09000015", LAD22NM: "Parent" });
  });

  test("reads a single Feature, a bare geometry, and code/name properties", () => {
    const one = readBoundaries({
      type: "Feature",
      properties: { code: "A1", name: "North" },
      geometry: { type: "MultiPolygon", coordinates: [square, [squareRing(1, 51)]] },
    });
    expect(one.features).toHaveLength(1);
    expect([one.codeProperty, one.nameProperty, one.features[0]?.code, one.features[0]?.geometry.type]).toEqual(["code", "name", "A1", "MultiPolygon"]);
    const bare = readBoundaries({ type: "Polygon", coordinates: square });
    expect([bare.codeProperty, bare.nameProperty, bare.features[0]?.code, bare.features[0]?.name]).toEqual([null, null, null, null]);
  });

  test("keeps other properties as JSON holds them: numbers that are not finite become null", () => {
    const boundaries = readBoundaries({
      type: "Feature",
      properties: { name: "North", area: Number.NaN, population: 12, parts: [1, Number.POSITIVE_INFINITY], count: 10n },
      geometry: { type: "Polygon", coordinates: square },
    });
    expect(boundaries.features[0]?.properties).toEqual({ area: null, population: 12, parts: [1, null], count: "10" });
  });

  test("uses the properties it is told to use", () => {
    const boundaries = readBoundaries(squareGridGeoJson(2, 1), { codeProperty: "LAD22CD", nameProperty: "LAD22NM" });
    expect(boundaries.features.map((feature) => feature.name)).toEqual(["Parent", "Parent"]);
    expect(errorCode(() => readBoundaries(squareGridGeoJson(2, 1), { codeProperty: "CTYUA22CD" }))).toBe("invalid-option");
  });

  test("reads TopoJSON, the first object by default or the one named", () => {
    const collection = squareGridGeoJson(2, 2) as unknown as FeatureCollection;
    const topo = topology({
      wards: collection,
      other: { type: "FeatureCollection", features: [collection.features[0] as Feature] } as FeatureCollection,
    });
    expect(readBoundaries(JSON.stringify(topo)).features).toHaveLength(4);
    expect(readBoundaries(topo, { object: "other" }).features).toHaveLength(1);
    // TopoJSON may start a ring at another vertex (where shared arcs meet): the corners are the same.
    const corners = (ring: readonly (readonly number[])[]): string[] => [...new Set(ring.map((position) => position.join(",")))].sort();
    const ring = readBoundaries(topo).features[0]?.geometry.coordinates[0] as number[][];
    expect(corners(ring)).toEqual(corners(squareRing(-0.5, 51.3)));
    expect(errorCode(() => readBoundaries(topo, { object: "boroughs" }))).toBe("invalid-option");
  });

  test("rejects what is not GeoJSON or TopoJSON with invalid-data, naming the feature with another geometry", () => {
    expect(errorCode(() => readBoundaries("{not json"))).toBe("invalid-data");
    expect(errorCode(() => readBoundaries({ type: "FeatureCollection", features: [] }))).toBe("invalid-data");
    expect(errorCode(() => readBoundaries({ type: "Topology", objects: {} }))).toBe("invalid-data");
    expect(errorCode(() => readBoundaries({ hello: "world" }))).toBe("invalid-data");
    expect(() =>
      readBoundaries({
        type: "FeatureCollection",
        features: [{ type: "Feature", properties: { name: "Bus station" }, geometry: { type: "Point", coordinates: [0, 51] } }],
      }),
    ).toThrow('readBoundaries: the boundary of "Bus station" is a Point: expected a Polygon or MultiPolygon.');
    const badRings: number[][][] = [
      squareRing(0, 51).slice(0, 3), // too few positions
      squareRing(0, 51).slice(0, 4), // not closed
      squareRing(0, 89.95), // beyond latitude 90
      squareRing(0, 51).map(([x]) => [x as number, Number.NaN]),
      [...squareRing(0, 51).slice(0, 4), , ...squareRing(0, 51).slice(4)] as number[][], // a hole (a sparse array), read as a missing position
    ];
    for (const ring of badRings) expect(errorCode(() => readBoundaries({ type: "Polygon", coordinates: [ring] }))).toBe("invalid-data");
    expect(errorCode(() => readBoundaries(42 as unknown as string))).toBe("invalid-argument");
    expect(errorCode(() => readBoundaries({ type: "Polygon", coordinates: square }, null as never))).toBe("invalid-option");
  });
});

const dir = join(process.env["CRIMESTATS_DATA_DIR"] ?? "", "ons-boundaries-london");

describe.skipIf(!existsSync(dir))("readBoundaries on the ONS London boundaries (skipped: CRIMESTATS_DATA_DIR/ons-boundaries-london absent)", () => {
  test("reads the 33 boroughs by LAD21CD/LAD21NM", () => {
    const boroughs = readBoundaries(readFileSync(join(dir, "london-boroughs-2021.geojson"), "utf8"));
    expect([boroughs.codeProperty, boroughs.nameProperty, boroughs.features.length]).toEqual(["LAD21CD", "LAD21NM", 33]);
    expect(boroughs.features.find((feature) => feature.code === "E09000015")?.name).toBe("Harrow");
    expect(boroughs.features.filter((feature) => feature.geometry.type === "MultiPolygon")).toHaveLength(8);
  });

  test("reads the 113 wards by WD22CD/WD22NM, their borough kept in the properties", () => {
    const wards = readBoundaries(readFileSync(join(dir, "harrow-and-neighbours-wards-2022.geojson"), "utf8"));
    expect([wards.codeProperty, wards.nameProperty, wards.features.length]).toEqual(["WD22CD", "WD22NM", 113]);
    expect(wards.features.filter((feature) => feature.properties["LAD22NM"] === "Harrow")).toHaveLength(22);
  });
});
