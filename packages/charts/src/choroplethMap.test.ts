// biome-ignore-all lint/suspicious/noExplicitAny: the tests read into the Vega-Lite specification, plain JSON of many shapes
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { squareGrid, squareRing } from "../test/squares.js";
import { errorCode } from "../test/errorCode.js";
import { choroplethMap, type ChoroplethMapInput } from "./choroplethMap.js";
import { palette } from "./palette.js";
import { readBoundaries } from "./readBoundaries.js";
import { renderSvg } from "./renderSvg.js";
import type { Boundaries, BoundaryFeature, VegaLiteSpec } from "./types.js";

const base = { title: "Burglary rate by area", source: "Metropolitan Police Service; ONS", legendTitle: "Burglaries per 1,000 residents" };

/** The map view (first part of the frame) and its layers. */
function layersOf(spec: VegaLiteSpec): Record<string, any>[] {
  const view = (spec["vconcat"] as Record<string, any>[])[0] as Record<string, any>;
  return view["layer"] as Record<string, any>[];
}

/** A 3 × 3 grid with values 1 to 9 by name ("Area n" has n). */
function nineSquares(overrides: Partial<ChoroplethMapInput> = {}): ChoroplethMapInput {
  const boundaries = squareGrid(3, 3);
  return {
    ...base,
    boundaries,
    values: boundaries.features.map((feature, index) => ({ area: feature.name as string, value: index + 1 })),
    decimals: 0,
    ...overrides,
  };
}

describe("choroplethMap", () => {
  test("writes the drawn geometry's longitudes and latitudes to 5 decimals (about a metre), without the float noise of the boundaries", () => {
    const grid = squareGrid(3, 2, 0.1 + 1e-13);
    const chart = choroplethMap({ ...base, boundaries: grid, values: grid.features.map((f, i) => ({ area: f.name as string, value: i })) });
    const numbers = JSON.stringify(chart.spec).match(/-?\d+\.\d+(?:e-?\d+)?/g) ?? [];
    const coordinates = numbers.filter((n) => /^-?0\.|^51\./.test(n));
    expect(coordinates.length).toBeGreaterThan(20);
    for (const n of coordinates) expect(n).toMatch(/^-?\d+\.\d{1,5}$/);
  });

  test("doc example: one row per area in name order, with key, value and class", () => {
    const square = (x: number) => ({
      type: "Polygon" as const,
      coordinates: [
        [
          [x, 51],
          [x, 51.1],
          [x + 0.1, 51.1],
          [x + 0.1, 51],
          [x, 51],
        ],
      ],
    });
    const map = choroplethMap({
      title: "Burglary rate by borough, 12 months to February 2025",
      source: "Metropolitan Police Service; ONS",
      legendTitle: "Burglaries per 1,000 residents",
      boundaries: {
        features: [
          { code: "E09000001", name: "West", geometry: square(0), properties: {} },
          { code: "E09000002", name: "East", geometry: square(0.1), properties: {} },
        ],
        codeProperty: "LAD21CD",
        nameProperty: "LAD21NM",
      },
      values: [
        { area: "West", value: 4.2 },
        { area: "East", value: 7.9 },
      ],
      focus: "West",
    });
    expect(map.table.rows).toEqual([
      ["1", "East", "7.9", "5.0 to 7.9"],
      ["2", "West", "4.2", "4.2 to under 5.0"],
    ]);
    expect(map.kind).toBe("choropleth");
    expect(map.table.columns).toEqual(["Key", "Area", "Burglaries per 1,000 residents", "Class"]);
  });

  test("numbers the areas in the order of the values when asked (a ranked table beside the map), boundaries without data last", () => {
    const input = nineSquares();
    const ranked = [...input.values].reverse().slice(0, 8);
    const map = choroplethMap({ ...input, values: ranked, keys: "values" });
    expect(map.table.rows.map((row) => [row[0], row[1]])).toEqual([...ranked.map((item, i) => [String(i + 1), item.area]), ["9", "Area 1"]]);
    const byName = choroplethMap({ ...input, values: ranked });
    expect(byName.table.rows[0]?.slice(0, 2)).toEqual(["1", "Area 1"]);
  });

  test("fills each area by its class, the legend listing the classes with their breaks in order", () => {
    const map = choroplethMap(nineSquares({ classes: 3 }));
    const [fills] = layersOf(map.spec);
    expect(fills?.["mark"]).toMatchObject({ type: "geoshape", stroke: palette.axis });
    const color = fills?.["encoding"]["color"];
    expect(color.field).toBe("properties.class");
    expect(color.title).toBe("Burglaries per 1,000 residents");
    expect(color.scale.domain).toEqual(["1 to under 4", "4 to under 7", "7 to 9"]);
    expect(color.scale.range).toEqual([palette.sequential[0], palette.sequential[2], palette.sequential[4]]);
    const shapes = fills?.["data"]["values"] as { properties: { area: string; class: string } }[];
    expect(shapes).toHaveLength(9);
    expect(shapes.find((shape) => shape.properties.area === "Area 5")?.properties.class).toBe("4 to under 7");
    expect(map.notes[0]).toMatch(/^Class breaks are Jenks natural breaks \(ckmeans, Wang and Song 2011\)/);
  });

  test("values are shown and classed with the decimals asked for", () => {
    const boundaries = squareGrid(2, 1);
    const map = choroplethMap({
      ...base,
      boundaries,
      values: [
        { area: "Area 1", value: 4.96 },
        { area: "Area 2", value: 12.04 },
      ],
      decimals: 1,
    });
    expect(map.table.rows.map((row) => row[2])).toEqual(["5.0", "12.0"]);
    expect(map.table.rows[0]?.[3]).toBe("5.0 to under 10.0");
  });

  test("lists 'Not shown' and 'No data' in the legend, table and notes, and names areas without a boundary", () => {
    const boundaries = squareGrid(2, 2);
    const map = choroplethMap({
      ...base,
      boundaries,
      values: [
        { area: "Area 1", value: 3 },
        { area: "Area 2", value: 5 },
        { area: "Area 3", value: null, label: "Fewer than 10 offences" },
        { area: "Elsewhere", value: 8 },
      ],
    });
    const color = layersOf(map.spec)[0]?.["encoding"]["color"];
    expect(color.scale.domain.slice(-2)).toEqual(["Not shown", "No data"]);
    expect(color.scale.range.slice(-2)).toEqual([palette.grid, palette.noData]);
    expect(map.table.rows.slice(2)).toEqual([
      ["3", "Area 3", "Fewer than 10 offences", "Not shown"],
      ["4", "Area 4", "No data", "No data"],
    ]);
    expect(map.notes).toContain("No boundary for Elsewhere: it is not drawn.");
    expect(map.notes).toContain('No value for Area 4: drawn white with a dashed outline, as "No data".');
    const dashed = layersOf(map.spec).find((layer) => layer["mark"]?.strokeDash !== undefined);
    expect(dashed?.["data"].values.map((shape: { properties: { area: string } }) => shape.properties.area)).toEqual(["Area 3", "Area 4"]);
    expect(map.description).toContain("1 area's value is not shown (Area 3).");
  });

  test("outlines the focus area over a white halo and says where it lies", () => {
    const map = choroplethMap(nineSquares({ focus: "area 5" }));
    const layers = layersOf(map.spec);
    const outlines = layers.filter((layer) => layer["mark"]?.filled === false);
    expect(outlines.map((layer) => [layer["mark"].stroke, layer["mark"].strokeWidth])).toEqual([
      [palette.background, 5],
      [palette.focus, 2.5],
    ]);
    expect(outlines[1]?.["data"].values.map((shape: { properties: { area: string } }) => shape.properties.area)).toEqual(["Area 5"]);
    expect(map.description).toContain("Area 5 (outlined in blue): 5, in the class");
    expect(map.description).toContain("of the other 8 areas with a value, 4 are higher and 4 lower.");
    expect(map.description).toContain("Highest: Area 9 (9); lowest: Area 1 (1).");
    expect(layers.at(-1)?.["mark"]).toMatchObject({ type: "text", fontWeight: "bold" });
  });

  test("a diverging scheme has classes symmetric about zero in the diverging colours", () => {
    const boundaries = squareGrid(3, 2);
    const values = [-30, -12, -2, 1, 14, 22].map((value, index) => ({ area: `Area ${index + 1}`, value }));
    const map = choroplethMap({ ...base, legendTitle: "Change in offences", boundaries, values, scheme: "diverging", decimals: 0 });
    const color = layersOf(map.spec)[0]?.["encoding"]["color"];
    expect(color.scale.range).toEqual([...palette.diverging]);
    expect(color.scale.domain[2]).toMatch(/^-(\d+) to under \1$/);
    expect(map.notes[0]).toContain("mirrored about zero");
  });

  test("uses given breaks and says so", () => {
    const map = choroplethMap(nineSquares({ breaks: [2.5, 5, 7.5], decimals: 1 }));
    expect(layersOf(map.spec)[0]?.["encoding"]["color"].scale.domain).toEqual(["1.0 to under 2.5", "2.5 to under 5.0", "5.0 to under 7.5", "7.5 to 9.0"]);
    expect(map.notes[0]).toBe("Class breaks set by the author (2.5, 5.0, 7.5); each class runs from its lower break up to, not including, the next.");
  });

  test("labels each area with its key, its value, its name where it fits, or nothing", () => {
    const labels = (mode: "key" | "name" | "value" | "none") =>
      layersOf(choroplethMap(nineSquares({ labels: mode })).spec)
        .filter((layer) => layer["mark"]?.type === "text")
        .flatMap((layer) => layer["data"].values.map((row: { text: string }) => row.text));
    expect(labels("key")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(labels("value")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(labels("name")).toContain("Area 1");
    expect(labels("none")).toEqual([]);
    const tiny = squareGrid(40, 1, 0.002);
    const names = layersOf(choroplethMap({ ...base, boundaries: tiny, values: [{ area: "Area 1", value: 1 }], labels: "name" }).spec)
      .filter((layer) => layer["mark"]?.type === "text")
      .flatMap((layer) => layer["data"].values.map((row: { text: string }) => row.text));
    expect(names).toContain("1");
    expect(names).not.toContain("Area 1");
  });

  test("leaves out labels that would overlap, focus area first, and names the unlabelled areas in the notes", () => {
    const crowded = squareGrid(40, 1, 0.002);
    const values = crowded.features.map((feature, index) => ({ area: feature.name as string, value: index }));
    const map = choroplethMap({ ...base, boundaries: crowded, values, focus: "Area 40", decimals: 0 });
    const rows = layersOf(map.spec)
      .filter((layer) => layer["mark"]?.type === "text")
      .flatMap((layer) => layer["data"].values as { text: string; longitude: number }[]);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows.map((row) => row.text)).toContain("40");
    // 40 squares of 0.002° across 560 px: 7,000 px per degree; a digit is about 6.7 px wide at 12 px.
    const sorted = [...rows].sort((a, b) => a.longitude - b.longitude);
    for (let i = 1; i < sorted.length; i++) {
      const [left, right] = [sorted[i - 1], sorted[i]] as { text: string; longitude: number }[];
      expect((right!.longitude - left!.longitude) * 7000).toBeGreaterThanOrEqual(((left!.text.length + right!.text.length) * 6.72) / 2);
    }
    expect(map.notes.at(-1)).toMatch(/^Too small to label at this size without overlapping: .*Area 39.* \(see the table\)\.$/);
  });

  test("label ink is white on dark fills and dark on light fills", () => {
    const layers = layersOf(choroplethMap(nineSquares({ classes: 3 })).spec);
    const rows = layers.filter((layer) => layer["mark"]?.type === "text").flatMap((layer) => layer["data"].values as { text: string; ink: string }[]);
    expect(rows.find((row) => row.text === "1")?.ink).toBe(palette.text);
    expect(rows.find((row) => row.text === "9")?.ink).toBe(palette.background);
  });

  test("a map's height follows the areas' shape and the legend sits under the map", () => {
    const wide = layersOf(choroplethMap({ ...nineSquares(), boundaries: squareGrid(6, 1), values: [] }).spec);
    const view = (choroplethMap({ ...nineSquares(), boundaries: squareGrid(6, 1), values: [] }).spec["vconcat"] as Record<string, any>[])[0] ?? {};
    expect(wide.map((layer) => layer["mark"].type)).toEqual(["geoshape", "geoshape", "text"]);
    const empty = choroplethMap({ ...nineSquares(), boundaries: squareGrid(6, 1), values: [] });
    expect(layersOf(empty.spec)[0]?.["encoding"]["color"].scale.domain).toEqual(["No data"]);
    expect(empty.description).toMatch(/^Map of 6 areas for burglaries per 1,000 residents, none with a value shown\./);
    expect(view["projection"].extent[1][0]).toBe(560);
    expect(view["projection"].extent[1][1]).toBe(160);
    expect(view["height"]).toBeGreaterThan(160);
  });

  test("renders to SVG with the title, the text alternative, one path per area and the labels", async () => {
    const map = choroplethMap(nineSquares({ focus: "Area 5" }));
    const svg = await renderSvg(map, { id: "map" });
    expect(svg).toContain('<title id="map-title">Burglary rate by area</title>');
    expect(svg).toContain("Highest: Area 9 (9)");
    const fills = svg.match(/<path d="[^"]*" fill="[^"]*" stroke="#595959"/g) ?? [];
    expect(fills).toHaveLength(9);
    for (const key of ["1", "5", "9"]) expect(svg).toContain(`>${key}</text>`);
    expect(svg).toContain(">1 to under 3</text>");
    expect(svg).toContain(`stroke="${palette.focus}"`);
  });

  test("rejects bad input with ChartsError", () => {
    expect(errorCode(() => choroplethMap(nineSquares({ classes: 8 })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ classes: 3.5 })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ decimals: -1 })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ breaks: [5, 2] })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ breaks: [] })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ scheme: "rainbow" as never })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ labels: "all" as never })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ focus: "Nowhere" })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ legendTitle: 3 as never })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(nineSquares({ values: [{ area: "Area 1", value: Number.POSITIVE_INFINITY }] })))).toBe("invalid-number");
    expect(errorCode(() => choroplethMap(nineSquares({ boundaries: { features: [] } as unknown as Boundaries })))).toBe("invalid-argument");
    expect(errorCode(() => choroplethMap(null as never))).toBe("invalid-argument");
  });

  test("refuses a hole in the boundaries, a ring or the values as invalid-argument (a sparse array, not a TypeError)", () => {
    const map = nineSquares({});
    const ring = squareRing(0, 51);
    delete ring[1];
    const feature = { ...(map.boundaries.features[0] as BoundaryFeature), geometry: { type: "Polygon" as const, coordinates: [ring] } };
    const holes: Partial<ChoroplethMapInput>[] = [
      { boundaries: { ...map.boundaries, features: [feature, ...map.boundaries.features.slice(1)] } },
      { boundaries: { ...map.boundaries, features: [...map.boundaries.features.slice(0, 2), , ...map.boundaries.features.slice(3)] as BoundaryFeature[] } },
      { values: [map.values[0], , map.values[2]] as ChoroplethMapInput["values"] },
    ];
    for (const change of holes) expect(errorCode(() => choroplethMap(nineSquares(change)))).toBe("invalid-argument");
  });
});

const dir = join(process.env["CRIMESTATS_DATA_DIR"] ?? "", "ons-boundaries-london");

describe.skipIf(!existsSync(dir))("choroplethMap on the ONS London boundaries (skipped: CRIMESTATS_DATA_DIR/ons-boundaries-london absent)", () => {
  test("the 33 boroughs, joined by code, draw in under 40 KB of SVG with Harrow outlined", async () => {
    const boroughs = readBoundaries(readFileSync(join(dir, "london-boroughs-2021.geojson"), "utf8"));
    // Made-up values: the test is about the drawing, not the figures.
    const values = boroughs.features.map((feature, index) => ({ area: feature.code as string, value: 3 + ((index * 7) % 12) }));
    const map = choroplethMap({ ...base, boundaries: boroughs, values, focus: "Harrow" });
    expect(map.table.rows).toHaveLength(33);
    expect(map.notes).toHaveLength(1);
    const svg = await renderSvg(map);
    expect(svg.length).toBeLessThan(40_000);
    expect(svg.match(/<path d="[^"]*" fill="[^"]*" stroke="#595959"/g)).toHaveLength(33);
    expect(map.description).toContain("Harrow (outlined in blue)");
  });

  test("Harrow's 22 wards draw in under 20 KB of SVG; a ward without counts is listed as without data", async () => {
    const all = readBoundaries(readFileSync(join(dir, "harrow-and-neighbours-wards-2022.geojson"), "utf8"));
    const wards = { ...all, features: all.features.filter((feature) => feature.properties["LAD22NM"] === "Harrow") };
    const values = wards.features.slice(1).map((feature, index) => ({ area: feature.code as string, value: 10 + ((index * 13) % 40) }));
    const map = choroplethMap({ ...base, legendTitle: "Burglaries", boundaries: wards, values, decimals: 0 });
    expect(map.table.rows).toHaveLength(22);
    expect(map.notes.some((note) => note.startsWith(`No value for ${wards.features[0]?.name}`))).toBe(true);
    const svg = await renderSvg(map);
    expect(svg.length).toBeLessThan(20_000);
  });
});
