import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { errorCode } from "../test/errorCode.js";
import { type Unit, specNumbers, unitsOf, viewOf } from "../test/specParts.js";
import { type HotspotMapInput, type HotspotPoint, hotspotMap } from "./hotspotMap.js";
import { palette } from "./palette.js";
import { renderSvg } from "./renderSvg.js";
import type { BoundaryFeature, Chart, VegaLiteSpec } from "./types.js";

/** A synthetic square area about 2.8 km wide and 2.2 km tall, its ring anticlockwise as RFC 7946 writes it. */
const square: BoundaryFeature = {
  code: "E09000099",
  name: "Example",
  properties: {},
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [-0.02, 51.49],
        [0.02, 51.49],
        [0.02, 51.51],
        [-0.02, 51.51],
        [-0.02, 51.49],
      ],
    ],
  },
};

/** Metres per degree of latitude (sphere of the mean Earth radius). */
const metresPerDegree = (6_371_008.8 * Math.PI) / 180;

/** Distance in metres between two nearby positions (flat at their mean latitude). */
function metres(a: readonly number[], b: readonly number[]): number {
  const latitude = (((a[1] as number) + (b[1] as number)) / 2) * (Math.PI / 180);
  const dx = ((b[0] as number) - (a[0] as number)) * metresPerDegree * Math.cos(latitude);
  const dy = ((b[1] as number) - (a[1] as number)) * metresPerDegree;
  return Math.hypot(dx, dy);
}

/** A seeded pseudo-random generator (mulberry32), so generated points are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` points at one position. */
function at(longitude: number, latitude: number, n: number): HotspotPoint[] {
  return Array.from({ length: n }, () => ({ longitude, latitude }));
}

/** Points scattered over the square: 200 at random, 30 at one spot (the busiest), 12 at another. */
function generatedPoints(): HotspotPoint[] {
  const next = random(20261207);
  const scattered = Array.from({ length: 200 }, () => ({ longitude: -0.019 + next() * 0.038, latitude: 51.491 + next() * 0.018 }));
  return [...scattered, ...at(0.005, 51.5, 30), ...at(-0.012, 51.505, 12)];
}

const base = { title: "Burglary: where the crimes were", source: "data.police.uk" };

/** One layer of a map by index (negative from the end): cells, outline halo, outline, keys. */
function layer(chart: Chart, index: number): Unit {
  const found = unitsOf(chart).at(index);
  if (found === undefined) throw new Error(`no layer ${index}`);
  return found;
}

/** The inline data of one layer of a map. */
function layerData<T>(chart: Chart, index: number): T[] {
  return (layer(chart, index).data?.values ?? []) as T[];
}

/** The colour encoding of the cells. */
function cellColour(chart: Chart): { scale: { domain: string[]; range: string[] }; legend: { title: string } } {
  return layer(chart, 0).encoding["color"] as unknown as ReturnType<typeof cellColour>;
}

/** The drawn cell features (one per class) of a map. */
function cellFeatures(chart: Chart): { properties: { class: string; cells: number; crimes: number }; geometry: { coordinates: number[][][][] } }[] {
  return layerData(chart, 0);
}

/** Twice the signed area of a ring in longitude/latitude (negative when clockwise with north up). */
function signedArea(ring: readonly number[][]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++)
    sum += (ring[i - 1]?.[0] as number) * (ring[i]?.[1] as number) - (ring[i]?.[0] as number) * (ring[i - 1]?.[1] as number);
  return sum;
}

/** An outline of one polygon ring, as a bare geometry holder (no name or code). */
function polygonOutline(ring: number[][]): { geometry: { type: "Polygon"; coordinates: number[][][] } } {
  return { geometry: { type: "Polygon", coordinates: [ring] } };
}

describe("hotspotMap", () => {
  test("doc example: a map of kind hotspot whose table and notes count the points", () => {
    const map = hotspotMap({
      title: "Burglary: where the crimes were, 12 months to February 2025",
      source: "data.police.uk",
      outline: square,
      points: [
        { longitude: 0.001, latitude: 51.505 },
        { longitude: 0.0012, latitude: 51.5051 },
        { longitude: null, latitude: null },
      ],
    });
    expect([map.kind, map.table.rows[0], map.notes[0]]).toEqual([
      "hotspot",
      ["Class 1", "2", "1", "2", ""],
      "1 of the 3 crimes has no location and is not drawn.",
    ]);
  });

  test("names the points as asked (incidents of anti-social behaviour, not crimes) in the text, the table and the notes", () => {
    const points = [...at(0.001, 51.505, 3), { longitude: null, latitude: null }];
    const map = hotspotMap({ ...base, outline: square, points, pointName: { one: "incident", many: "incidents" } });
    const words = [map.description, ...map.table.columns, ...map.notes].join(" ");
    expect(map.table.columns[3]).toBe("Incidents");
    expect(map.notes[0]).toBe("1 of the 4 incidents has no location and is not drawn.");
    expect(words).toContain("anonymises each incident");
    expect(words).not.toMatch(/crime/i);
    expect(() => hotspotMap({ ...base, outline: square, points, pointName: { one: "", many: "incidents" } })).toThrow(
      'hotspotMap: pointName.one is empty: expected a word, e.g. "incident".',
    );
  });

  test("counts every located point in exactly one drawn cell, and draws no empty cell", () => {
    const points = generatedPoints();
    const map = hotspotMap({ ...base, outline: square, points });
    const features = cellFeatures(map);
    const crimes = features.reduce((sum, f) => sum + f.properties.crimes, 0);
    const cells = features.reduce((sum, f) => sum + f.properties.cells, 0);
    expect(crimes).toBe(points.length);
    expect(features.every((f) => f.geometry.coordinates.length === f.properties.cells)).toBe(true);
    expect(features.every((f) => f.properties.crimes >= f.properties.cells)).toBe(true);
    const classRows = map.table.rows.filter((row) => row[0]?.startsWith("Class"));
    expect(classRows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(cells);
    expect(classRows.reduce((sum, row) => sum + Number(row[3]?.replace(/,/g, "")), 0)).toBe(points.length);
  });

  test("draws 250 m hexagons by default: six corners, 250 m across the flat sides, neighbours 250 m apart", () => {
    const map = hotspotMap({ ...base, outline: square, points: [...at(0, 51.5, 2), ...at(0.0036, 51.5, 1)] });
    const rings = cellFeatures(map).flatMap((f) => f.geometry.coordinates.map((polygon) => polygon[0] as number[][]));
    expect(rings).toHaveLength(2);
    for (const ring of rings) {
      expect(ring).toHaveLength(7);
      expect(ring[6]).toEqual(ring[0]);
      // Corner k and corner k + 3 are opposite: 2 × radius = 2 × 250 / √3 apart; the flat sides 250 m apart.
      expect(metres(ring[0] as number[], ring[3] as number[])).toBeCloseTo((2 * 250) / Math.sqrt(3), 0);
      expect(metres(ring[1] as number[], ring[5] as number[])).toBeCloseTo(250, 0);
    }
    // The two points are about 249 m apart on one row of cells: neighbouring cells, whose centres are 250 m apart.
    const centres = layerData<{ longitude: number; latitude: number }>(map, -1).map((key) => [key.longitude, key.latitude]);
    expect(centres).toHaveLength(2);
    expect(metres(centres[0] as number[], centres[1] as number[])).toBeCloseTo(250, 0);
    expect(map.description).toContain("250 m hexagons");
  });

  test("draws square cells of the given size when asked", () => {
    const map = hotspotMap({ ...base, outline: square, points: at(0.001, 51.5, 3), cell: { shape: "square", size: 500 } });
    const ring = cellFeatures(map)[0]?.geometry.coordinates[0]?.[0] as number[][];
    expect(ring).toHaveLength(5);
    for (let i = 0; i < 4; i++) expect(metres(ring[i] as number[], ring[i + 1] as number[])).toBeCloseTo(500, 0);
    expect(map.description).toContain("500 m squares");
    expect(hotspotMap({ ...base, outline: square, points: at(0.001, 51.5, 3), cell: { size: 12.5 } }).description).toContain("12.5 m hexagons");
  });

  test("winds cells and the outline clockwise, as d3-geo (and so Vega) draws an area rather than the globe without it", () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints() });
    for (const feature of cellFeatures(map)) for (const polygon of feature.geometry.coordinates) expect(signedArea(polygon[0] as number[][])).toBeLessThan(0);
    const outline = layerData<{ geometry: { coordinates: number[][][][] } }>(map, 1);
    expect(signedArea(outline[0]?.geometry.coordinates[0]?.[0] as number[][])).toBeLessThan(0);
  });

  test("classes the cells in a sequential legend whose labels state the breaks, in palette colours", () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints() });
    const color = cellColour(map);
    expect(color.legend.title).toBe("Crimes in the cell");
    expect(color.scale.domain).toEqual(map.table.rows.filter((row) => row[0]?.startsWith("Class")).map((row) => row[1]));
    expect(color.scale.domain[0]).toMatch(/^1 to under \d+$/);
    const busiest = map.table.rows.find((row) => row[0] === "1")?.[1];
    expect(color.scale.domain.at(-1)).toMatch(new RegExp(`^\\d+ to ${busiest}$`));
    for (const colour of color.scale.range ?? []) expect(palette.sequential).toContain(colour);
    expect(map.notes.join(" ")).toContain("Jenks natural breaks");
  });

  test("takes the legend title and the number of classes", () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints(), legendTitle: "Burglaries", classes: 3 });
    expect(map.table.columns[1]).toBe("Burglaries");
    expect(map.table.rows.filter((row) => row[0]?.startsWith("Class"))).toHaveLength(3);
  });

  test("keys the busiest cells on the map and lists them with their count and centre", () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints() });
    const keyed = map.table.rows.filter((row) => !row[0]?.startsWith("Class"));
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.length).toBeLessThanOrEqual(10);
    // The 30 points at one spot (with any scattered points in the same cell) make the busiest cell, the 12 the next.
    expect(Number(keyed[0]?.[1])).toBeGreaterThanOrEqual(30);
    expect(keyed[0]?.[3]).toBe(keyed[0]?.[1]);
    const centre = (row: readonly string[] | undefined): number[] => String(row?.[4]).split(", ").map(Number).reverse();
    // Within the cell (a corner is 250/√3 m from the centre) give or take the centre's rounding to 3 decimals (under 60 m).
    expect(metres(centre(keyed[0]), [0.005, 51.5])).toBeLessThan(250 / Math.sqrt(3) + 60);
    expect(metres(centre(keyed[1]), [-0.012, 51.505])).toBeLessThan(250 / Math.sqrt(3) + 60);
    expect(String(keyed[0]?.[4])).toMatch(/^-?\d+\.\d{3}, -?\d+\.\d{3}$/);
    expect(Number(keyed[1]?.[1])).toBeGreaterThanOrEqual(12);
    const keys = layerData<{ key: string; crimes: number }>(map, -1);
    expect(keys.map((k) => k.key)).toEqual(keyed.map((row) => row[0]));
    expect(map.description).toContain("The busiest cell (key 1, centre ");
  });

  test("keys no cell that ties with a cell left out, rather than picking among equals", () => {
    // Two rows of six points, 0.006° (about 415 m) apart: twelve cells of one crime each.
    const points = Array.from({ length: 12 }, (_, i) => ({ longitude: -0.018 + (i % 6) * 0.006, latitude: i < 6 ? 51.495 : 51.505 }));
    const map = hotspotMap({ ...base, outline: square, points });
    expect(map.table.rows.filter((row) => !row[0]?.startsWith("Class"))).toEqual([]);
    expect(map.description).toContain("No cell is keyed: more than 10 cells share the highest count.");
  });

  test("writes each key in the colour that stands out more on its cell", () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints() });
    const keys = layerData<{ crimes: number; colour: string }>(map, -1);
    expect(keys[0]?.colour).toBe(palette.background); // on the darkest class
    for (const key of keys) expect([palette.background, palette.text]).toContain(key.colour);
  });

  test("draws points outside the outline and says how many there are", () => {
    const outside = at(0.03, 51.5, 4);
    const map = hotspotMap({ ...base, outline: square, points: [...generatedPoints(), ...outside] });
    expect(map.notes).toContain("4 of the 246 crimes with a location lie outside the outline of Example; they are drawn and counted.");
    const drawn = cellFeatures(map).flatMap((f) => f.geometry.coordinates.map((polygon) => polygon[0] as number[][]));
    expect(drawn.some((ring) => ring.every(([longitude]) => (longitude as number) > 0.02))).toBe(true);
  });

  test("says that police.uk locations are approximate and how the cells were made", () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints() });
    expect(map.notes.some((note) => note.includes("anonymises each crime to a nearby map point"))).toBe(true);
    expect(map.notes.some((note) => note.includes("flat plane at the outline's middle latitude"))).toBe(true);
  });

  test("states what the map shows, without a verdict", () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints(), finding: "Burglary gathers around the station." });
    expect(map.description.startsWith("Burglary gathers around the station. Hotspot map of 242 crimes in 250 m hexagons over the outline of Example:")).toBe(
      true,
    );
    expect(map.description).toMatch(/The busiest tenth of the drawn cells \(\d+\) hold \d+% of the crimes\./);
    expect(map.description).not.toMatch(/\b(best|worst|safest|most dangerous)\b/i);
  });

  test("draws the outline only, and says so, when no point has a location", () => {
    const map = hotspotMap({ ...base, outline: square, points: [{ longitude: null, latitude: null }] });
    expect(unitsOf(map)).toHaveLength(2);
    expect(map.description).toContain("no crime has a location, so no cell is drawn");
    expect(map.notes[0]).toBe("1 of the 1 crimes has no location and is not drawn.");
    expect(map.table.rows).toEqual([]);
  });

  test("takes boundaries of several features as the outline, and a MultiPolygon", () => {
    const east: BoundaryFeature = {
      code: null,
      name: "East",
      properties: {},
      geometry: {
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [0.02, 51.49],
              [0.04, 51.49],
              [0.04, 51.51],
              [0.02, 51.51],
            ],
          ],
        ],
      },
    };
    const map = hotspotMap({
      ...base,
      outline: { features: [square, east], codeProperty: null, nameProperty: null },
      points: [...at(0.03, 51.5, 2), ...at(0.05, 51.5, 1)],
    });
    expect(map.description).toContain("over the outline of Example and East");
    expect(map.notes).toContain("1 of the 3 crimes with a location lies outside the outline of Example and East; it is drawn and counted.");
  });

  test("fits the map's height to the outline's shape at the given width, the legend under it", () => {
    const map = hotspotMap({ ...base, outline: square, points: at(0, 51.5, 3), width: 560 });
    const view = viewOf(map) as unknown as VegaLiteSpec;
    // The square is 0.04° of longitude by 0.02° of latitude at 51.5° N: about 2,772 m by 2,224 m.
    const projection = view["projection"] as { type: string; size: [number, number] };
    expect(view["width"]).toBe(560);
    expect(projection.type).toBe("mercator");
    expect(projection.size[0]).toBe(560);
    expect(Math.abs(projection.size[1] - (560 * 2224) / 2772)).toBeLessThan(2);
    // The legend sits under the map, inside the view: one row per class under its title.
    expect(view["height"]).toBe(projection.size[1] + 14 + 18 + 21);
  });

  test("gives the same map whatever the order of the points", () => {
    const points = generatedPoints();
    fc.assert(
      fc.property(fc.shuffledSubarray(points, { minLength: points.length }), (shuffled) => {
        const a = hotspotMap({ ...base, outline: square, points });
        const b = hotspotMap({ ...base, outline: square, points: shuffled });
        expect(b.table).toEqual(a.table);
        expect(b.description).toBe(a.description);
      }),
      { numRuns: 10 },
    );
  });

  test("returns only finite numbers and counts every point, whatever the points, cells and classes", () => {
    const point = fc.oneof(
      fc.record({ longitude: fc.double({ min: -0.05, max: 0.05, noNaN: true }), latitude: fc.double({ min: 51.47, max: 51.53, noNaN: true }) }),
      fc.constant({ longitude: null, latitude: null }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 300 }),
        fc.constantFrom("hexagon" as const, "square" as const),
        fc.double({ min: 10, max: 5000, noNaN: true }),
        fc.integer({ min: 3, max: 7 }),
        (points, shape, size, classes) => {
          const map = hotspotMap({ ...base, outline: square, points, cell: { shape, size }, classes });
          expect(specNumbers(map.spec).every(Number.isFinite)).toBe(true);
          const located = points.filter((p) => p.longitude !== null).length;
          const counted = map.table.rows.filter((row) => row[0]?.startsWith("Class")).reduce((sum, row) => sum + Number(row[3]?.replace(/,/g, "")), 0);
          expect(counted).toBe(located);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("renders to SVG with the title, the text alternative, one path per class, the outline and the keys", async () => {
    const map = hotspotMap({ ...base, outline: square, points: generatedPoints() });
    const svg = await renderSvg(map, { id: "hotspot" });
    expect(svg).toContain('<title id="hotspot-title">Burglary: where the crimes were</title>');
    expect(svg).toContain("Hotspot map of 242 crimes");
    const classes = map.table.rows.filter((row) => row[0]?.startsWith("Class"));
    for (const row of classes) expect(svg).toContain(`>${row[1]}</text>`);
    const classColours = cellColour(map).scale.range;
    for (const colour of classColours) {
      // One path of cells per class (with many hexagons in it), plus the legend's symbol.
      // (renderSvg writes straight-line paths with relative steps: "m…z".)
      const paths = svg.match(new RegExp(`<path[^>]*d="[Mm][^"]*"[^>]*fill="${colour}"`, "g")) ?? [];
      expect(paths.filter((path) => (path.match(/[Zz]/g) ?? []).length > 0 && !path.includes("translate"))).toHaveLength(1);
    }
    expect(svg).toContain(`stroke="${palette.text}" stroke-width="2"`);
    expect(svg).toContain(">1</text>");
    expect(svg).toContain("Source: data.police.uk. Open Government Licence v3.0.");
  });

  describe("rejects bad input with ChartsError", () => {
    const cases: [string, unknown, string, RegExp][] = [
      ["points that are not a list", { points: "x" }, "invalid-argument", /points is "x": expected a list/],
      ["a point that is not an object", { points: [null] }, "invalid-argument", /points\[0\] is null/],
      ["a latitude out of range", { points: [{ longitude: 0, latitude: 95 }] }, "invalid-number", /points\[0\] is at longitude 0, latitude 95/],
      ["a latitude beyond the Mercator map's 85°", { points: [{ longitude: 0, latitude: -86 }] }, "invalid-number", /latitude −85 to 85/],
      ["a longitude that is not finite", { points: [{ longitude: Number.NaN, latitude: 51 }] }, "invalid-number", /longitude NaN/],
      ["a point with only one coordinate", { points: [{ longitude: 0, latitude: null }] }, "invalid-number", /or both null for no location/],
      ["an outline without geometry", { outline: { name: "X" } }, "invalid-argument", /outline.geometry is undefined/],
      ["an outline of a point", { outline: { geometry: { type: "Point", coordinates: [0, 51] } } }, "invalid-argument", /expected a Polygon or MultiPolygon/],
      ["boundaries without features", { outline: { features: [] } }, "invalid-argument", /outline.features is an array of 0 items/],
      [
        "an outline position out of range",
        {
          outline: polygonOutline([
            [0, 51],
            [1, 51],
            [1, 91],
            [0, 51],
          ]),
        },
        "invalid-number",
        /a position at longitude 1, latitude 91/,
      ],
      [
        "a ring of two positions",
        {
          outline: polygonOutline([
            [0, 51],
            [1, 51],
          ]),
        },
        "invalid-argument",
        /expected 3 or more positions/,
      ],
      [
        "a hole in a ring (a sparse array)",
        { outline: polygonOutline([[0, 51], , [1, 51], [1, 52], [0, 51]] as number[][]) },
        "invalid-argument",
        /ring 1 position 2 is undefined: expected \[longitude, latitude\]/,
      ],
      ["a hole in the features", { outline: { features: [, square] } }, "invalid-argument", /outline.features\[0\].geometry is undefined/],
      ["a shape other than hexagon or square", { cell: { shape: "circle" } }, "invalid-argument", /cell.shape is "circle"/],
      ["a cell size under 10 m", { cell: { size: 5 } }, "invalid-number", /cell.size is 5: expected metres from 10 to 50,000/],
      ["too many classes", { classes: 8 }, "invalid-argument", /classes is 8: expected a whole number from 3 to 7/],
      ["a legend title that is not text", { legendTitle: 3 }, "invalid-argument", /legendTitle is 3/],
      ["a title that is not text", { title: null }, "invalid-argument", /title is null/],
    ];
    test.each(cases)("%s", (_name, change, code, message) => {
      const input = { ...base, outline: square, points: generatedPoints(), ...(change as object) } as HotspotMapInput;
      expect(errorCode(() => hotspotMap(input))).toBe(code);
      expect(() => hotspotMap(input)).toThrow(message);
    });

    test("an input that is not an object", () => {
      expect(errorCode(() => hotspotMap(null as unknown as HotspotMapInput))).toBe("invalid-argument");
    });
  });
});
