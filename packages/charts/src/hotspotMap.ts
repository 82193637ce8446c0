import { describeValue, formatNumber } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { checkChartOptions, checkObject, checkText, checkWhole } from "./internal/check.js";
import { classBreaks, inkOn } from "./internal/classBreaks.js";
import { finishChart, oneLine } from "./internal/frame.js";
import { type BinnedCell, binCells, localPlane, toPlane } from "./internal/hexCells.js";
import { listWords } from "./internal/labels.js";
import { fitMap } from "./internal/mapGeometry.js";
import { checkOutline, maxLatitude } from "./internal/outline.js";
import { palette } from "./palette.js";
import type { Boundaries, BoundaryFeature, Chart, ChartOptions, VegaLiteSpec } from "./types.js";

/** One crime's location, in degrees (WGS 84); `null` when it has none. The `StreetCrime` records of `@crimestats/police-data` fit. */
export interface HotspotPoint {
  /** Longitude, −180 to 180, or `null`. */
  readonly longitude: number | null;
  /** Latitude, −90 to 90, or `null`. */
  readonly latitude: number | null;
}

/** The cells points are counted in. */
export interface HotspotCell {
  /** `"hexagon"` (default) or `"square"`. */
  readonly shape?: "hexagon" | "square";
  /** The distance between the centres of neighbouring cells in metres (a hexagon's width across its flat sides, a square's side), 10 to 50,000. Default 250. */
  readonly size?: number;
}

/** The input of {@link hotspotMap}. */
export interface HotspotMapInput extends ChartOptions {
  /** The crimes' locations (e.g. a period's street-level crimes of one category in the focus area). Points without a location are counted in the notes, not drawn. */
  readonly points: readonly HotspotPoint[];
  /** The focus area's outline, drawn over the cells: one boundary feature, or boundaries whose every feature is drawn. */
  readonly outline: Boundaries | BoundaryFeature;
  /** The cells: shape and size. Default 250 m hexagons. */
  readonly cell?: HotspotCell;
  /** The legend's title. Default `"Crimes in the cell"` (the points' name, `pointName.many`, in the cell). */
  readonly legendTitle?: string;
  /** What one point is and several are, in the text, table and notes, e.g. `{ one: "incident", many: "incidents" }` for anti-social behaviour. Default `{ one: "crime", many: "crimes" }`. */
  readonly pointName?: { readonly one: string; readonly many: string };
  /** How many classes the legend has, 3 to 7 (fewer when the cells hold fewer distinct counts). Default 5. */
  readonly classes?: number;
}

/** Default width of the map in pixels. */
const defaultWidth = 480;
/** Space between the map and its legend, the legend title's height and the height of one legend row, in pixels. */
const [legendGap, legendTitleHeight, legendRowHeight] = [14, 18, 21];
/** How many of the busiest cells are keyed on the map and listed in the table, at most. */
const busiestCells = 10;

/**
 * A hotspot map: the density of crimes' street-level locations (such as data.police.uk's
 * latitudes and longitudes) counted in hexagonal or square cells, drawn under the outline of the
 * focus area. Points are binned in a local flat plane (equirectangular, metres east and north, at
 * the latitude midway between the outline's northern and southern edges), hexagons by d3-hexbin;
 * each cell is drawn back in longitude and latitude with the Mercator projection fitted to the
 * outline and the cells, empty cells not drawn. Cells are classed into a sequential legend whose
 * labels state the breaks (Jenks natural breaks of the cells' counts, moved to round numbers);
 * the outline is a dark line on a white halo, so it stays clear over the darkest cells; the
 * busiest cells (up to ten, only those busier than every cell left out) carry a key number that
 * links them to the table.
 *
 * The table lists each class (its crimes per cell, cells and crimes) and the busiest cells (their
 * crimes and centre). The notes count the points without a location (not drawn) and the points
 * outside the outline (drawn and counted), and say that police.uk locations are approximate.
 *
 * @param input - The points, the outline, the cells and the chart options.
 * @returns The map as a {@link Chart} of kind `"hotspot"`.
 * @throws {@link ChartsError} `invalid-argument` when the input, the points, the outline, the cell
 * or the text fields are malformed (a point that is not an object, an outline without Polygon or
 * MultiPolygon geometry, a shape other than hexagon or square, `classes` not a whole number from 3
 * to 7); `invalid-number` when a point's or the outline's longitude or latitude is not a finite
 * number in range (longitude −180 to 180, latitude −85 to 85, the Mercator map's range; a point
 * has both or neither), or the cell size is outside 10 to 50,000 metres.
 * @example
 * ```ts
 * const square = { code: "E09000099", name: "Example", properties: {},
 *   geometry: { type: "Polygon" as const, coordinates: [[[-0.01, 51.5], [0.01, 51.5], [0.01, 51.51], [-0.01, 51.51], [-0.01, 51.5]]] } };
 * const map = hotspotMap({
 *   title: "Burglary: where the crimes were, 12 months to February 2025",
 *   source: "data.police.uk",
 *   outline: square,
 *   points: [{ longitude: 0.001, latitude: 51.505 }, { longitude: 0.0012, latitude: 51.5051 }, { longitude: null, latitude: null }],
 * });
 * [map.kind, map.table.rows[0], map.notes[0]];
 * //=> ["hotspot", ["Class 1", "2", "1", "2", ""], "1 of the 3 crimes has no location and is not drawn."]
 * ```
 */
export function hotspotMap(input: HotspotMapInput): Chart {
  const fn = "hotspotMap";
  checkChartOptions(fn, input);
  checkText(fn, "legendTitle", input.legendTitle, true);
  const name = checkPointName(fn, input.pointName);
  const legendTitle = oneLine(input.legendTitle ?? "") || `${capitalised(name.many)} in the cell`;
  const classes = checkWhole(fn, "classes", input.classes, 3, 7, 5);
  const { shape, size } = checkCell(fn, input.cell);
  const outline = checkOutline(fn, input.outline);
  const { longitudes, latitudes, total, withoutLocation } = checkPoints(fn, input.points);
  const located = longitudes.length;
  let outside = 0;
  for (let i = 0; i < located; i++) if (!outline.contains(longitudes[i] as number, latitudes[i] as number)) outside++;

  const [west, south, , north] = outline.box;
  const plane = localPlane(west, south, north);
  const cells = binCells(longitudes, latitudes, plane, shape, size);
  // Busiest first; ties north to south, then west to east, so the order never depends on the input's.
  cells.sort((a, b) => b.count - a.count || b.centre[1] - a.centre[1] || a.centre[0] - b.centre[0]);
  const legend = classBreaks(
    cells.map((c) => c.count),
    { classes, decimals: 0 },
  );
  // No cell, no class: the legend and the table's class rows are left out.
  const classList = cells.length === 0 ? [] : legend.classes;
  const byClass = classList.map(() => ({ cells: [] as BinnedCell[], crimes: 0 }));
  for (const cell of cells) {
    const group = byClass[legend.classOf(cell.count)];
    if (group !== undefined) {
      group.cells.push(cell);
      group.crimes += cell.count;
    }
  }
  const keyed = busiest(cells);

  const areaName = outline.names.length > 0 ? listWords(outline.names) : null;
  const cellWords = `${formatNumber(size, 2, { trim: true })} m ${shape === "hexagon" ? "hexagons" : "squares"}`;
  const notes: string[] = [];
  if (withoutLocation > 0) {
    notes.push(
      `${formatNumber(withoutLocation, 0)} of the ${formatNumber(total, 0)} ${name.many} ${withoutLocation === 1 ? "has no location and is" : "have no location and are"} not drawn.`,
    );
  }
  if (outside > 0) {
    notes.push(
      `${formatNumber(outside, 0)} of the ${formatNumber(located, 0)} ${name.many} with a location ${outside === 1 ? "lies" : "lie"} outside the outline${areaName === null ? "" : ` of ${areaName}`}; ${outside === 1 ? "it is" : "they are"} drawn and counted.`,
    );
  }
  notes.push(
    `Locations are approximate: police.uk anonymises each ${name.one} to a nearby map point (a street, a public place or premises), so ${name.many} gather on those points and a cell counts the points that fall in it.`,
    `Cells are ${cellWords}${shape === "hexagon" ? " (measured across the flat sides)" : ""}, counted in a flat plane at the outline's middle latitude; cells with no ${name.one} are not drawn.${cells.length === 0 ? "" : ` ${legend.method}`}`,
  );

  const width = input.width ?? defaultWidth;
  const height = input.height ?? fittedHeight(outline.box, cells, plane, width);
  // The outline simplified to what shows at this size and wound as Vega draws it.
  const drawn = fitMap(outline.geometries, width, height);
  const outlineFeatures = drawn.geometries.map((geometry) => ({ type: "Feature", properties: {}, geometry }));
  const view = mapView({
    width,
    height,
    legendTitle,
    legend: classList,
    byClass,
    outlineFeatures,
    keyed: keyed.map((cell) => [cell, legend.classOf(cell.count)]),
  });
  const table = {
    columns: ["Key", legendTitle, "Cells", capitalised(name.many), "Centre (latitude, longitude)"],
    rows: [
      ...classList.map((c, i) => [`Class ${i + 1}`, c.label, formatNumber(byClass[i]?.cells.length ?? 0, 0), formatNumber(byClass[i]?.crimes ?? 0, 0), ""]),
      ...keyed.map((cell, i) => [String(i + 1), formatNumber(cell.count, 0), "1", formatNumber(cell.count, 0), centreWords(cell)]),
    ],
  };
  return finishChart("hotspot", input, {
    view,
    summary: summaryWords({ located, cells, keyed, cellWords, areaName, name, classes: classList.map((c, i) => [c.label, byClass[i]?.cells.length ?? 0]) }),
    table,
    notes,
  });
}

/** Checks the cell option and fills its defaults. */
function checkCell(fn: string, cell: unknown): { shape: "hexagon" | "square"; size: number } {
  if (cell === undefined) return { shape: "hexagon", size: 250 };
  checkObject(fn, "cell", cell, '{ shape?: "hexagon" | "square", size?: metres }');
  const shape = cell["shape"] ?? "hexagon";
  if (shape !== "hexagon" && shape !== "square") {
    throw new ChartsError("invalid-argument", `${fn}: cell.shape is ${describeValue(shape)}: expected "hexagon" or "square".`, { field: "cell.shape" });
  }
  const size = cell["size"] ?? 250;
  if (typeof size !== "number" || !(size >= 10 && size <= 50_000)) {
    throw new ChartsError("invalid-number", `${fn}: cell.size is ${describeValue(size)}: expected metres from 10 to 50,000.`, {
      field: "cell.size",
      value: size,
    });
  }
  return { shape, size };
}

/** What a point is called, checked: `{ one, many }`, each one line of words; default crime and crimes. */
function checkPointName(fn: string, name: unknown): { one: string; many: string } {
  if (name === undefined) return { one: "crime", many: "crimes" };
  checkObject(fn, "pointName", name, "{ one, many }");
  const words = (field: "one" | "many"): string => {
    const value = name[field];
    checkText(fn, `pointName.${field}`, value);
    const line = oneLine(value as string);
    if (line === "")
      throw new ChartsError("invalid-argument", `${fn}: pointName.${field} is empty: expected a word, e.g. "incident".`, { field: `pointName.${field}` });
    return line;
  };
  return { one: words("one"), many: words("many") };
}

/** The words with their first letter upper case ("Incidents"). */
function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Checks the points and splits off those without a location. */
function checkPoints(fn: string, points: unknown): { longitudes: Float64Array; latitudes: Float64Array; total: number; withoutLocation: number } {
  if (!Array.isArray(points)) {
    throw new ChartsError("invalid-argument", `${fn}: points is ${describeValue(points)}: expected a list of { longitude, latitude }.`, { field: "points" });
  }
  const longitudes = new Float64Array(points.length);
  const latitudes = new Float64Array(points.length);
  let located = 0;
  for (let i = 0; i < points.length; i++) {
    const point: unknown = points[i];
    if (typeof point !== "object" || point === null) {
      throw new ChartsError("invalid-argument", `${fn}: points[${i}] is ${describeValue(point)}: expected { longitude, latitude }.`, {
        field: "points",
        index: i,
      });
    }
    const { longitude, latitude } = point as Record<string, unknown>;
    if (longitude === null && latitude === null) continue;
    if (typeof longitude !== "number" || typeof latitude !== "number" || !(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= maxLatitude)) {
      throw new ChartsError(
        "invalid-number",
        `${fn}: points[${i}] is at longitude ${describeValue(longitude)}, latitude ${describeValue(latitude)}: expected degrees (longitude −180 to 180, latitude −85 to 85), or both null for no location.`,
        { field: "points", index: i, longitude, latitude },
      );
    }
    longitudes[located] = longitude;
    latitudes[located] = latitude;
    located++;
  }
  return {
    longitudes: longitudes.subarray(0, located),
    latitudes: latitudes.subarray(0, located),
    total: points.length,
    withoutLocation: points.length - located,
  };
}

/** The busiest cells to key: up to ten from the top, only those busier than every cell left out (cells sorted busiest first). */
function busiest(cells: readonly BinnedCell[]): BinnedCell[] {
  let n = Math.min(busiestCells, cells.length);
  while (n > 0 && n < cells.length && cells[n - 1]?.count === cells[n]?.count) n--;
  return cells.slice(0, n);
}

/** The plot height that fits the outline and the cells at the given width without empty bands (200 to 1,200 pixels). */
function fittedHeight(
  box: readonly [number, number, number, number],
  cells: readonly BinnedCell[],
  plane: ReturnType<typeof localPlane>,
  width: number,
): number {
  let [west, south, east, north] = box;
  for (const cell of cells) {
    for (const [longitude, latitude] of cell.ring) {
      west = Math.min(west, longitude);
      east = Math.max(east, longitude);
      south = Math.min(south, latitude);
      north = Math.max(north, latitude);
    }
  }
  const [x0, y0] = toPlane(plane, west, south);
  const [x1, y1] = toPlane(plane, east, north);
  const ratio = x1 - x0 > 0 && y1 - y0 > 0 ? (y1 - y0) / (x1 - x0) : 1;
  return Math.round(Math.min(1_200, Math.max(200, width * ratio)));
}

/**
 * A cell's centre for the table: "51.580, −0.334" (latitude, longitude, 3 decimals, about 100 m): no
 * finer than the cell and the anonymised points it counts, so the table does not read as exact places.
 */
function centreWords(cell: BinnedCell): string {
  return `${formatNumber(cell.centre[1], 3)}, ${formatNumber(cell.centre[0], 3)}`;
}

/** What the map shows, in words: the points, the cells and their range, the busiest cells, the concentration and the classes. */
function summaryWords(parts: {
  located: number;
  cells: readonly BinnedCell[];
  keyed: readonly BinnedCell[];
  cellWords: string;
  areaName: string | null;
  classes: readonly (readonly [string, number])[];
  name: { readonly one: string; readonly many: string };
}): string {
  const { located, cells, keyed, cellWords, areaName, name } = parts;
  const over = areaName === null ? "the outline" : `the outline of ${areaName}`;
  const crimes = (n: number): string => `${formatNumber(n, 0)} ${n === 1 ? name.one : name.many}`;
  if (located === 0) return `Hotspot map of ${over}: no ${name.one} has a location, so no cell is drawn.`;
  const top = cells[0] as BinnedCell;
  const low = cells[cells.length - 1] as BinnedCell;
  const sentences = [
    `Hotspot map of ${crimes(located)} in ${cellWords} over ${over}: ${formatNumber(cells.length, 0)} ${cells.length === 1 ? "cell holds" : "cells hold"} at least one ${name.one}, ${low.count === top.count ? `${crimes(top.count)} each` : `from ${formatNumber(low.count, 0)} to ${crimes(top.count)}`}.`,
  ];
  if (keyed.length > 0) {
    const first = keyed[0] as BinnedCell;
    const keyedCrimes = keyed.reduce((sum, cell) => sum + cell.count, 0);
    sentences.push(
      `The busiest cell (key 1, centre ${centreWords(first)}) holds ${crimes(first.count)}` +
        (keyed.length > 1
          ? `; the ${keyed.length} keyed cells hold ${crimes(keyedCrimes)}, ${formatNumber((100 * keyedCrimes) / located, 0)}% of the total.`
          : "."),
    );
  } else if (cells.length > 1) {
    sentences.push(`No cell is keyed: more than ${busiestCells} cells share the highest count.`);
  }
  const tenth = Math.ceil(cells.length / 10);
  if (cells.length >= 10) {
    const share = cells.slice(0, tenth).reduce((sum, cell) => sum + cell.count, 0) / located;
    sentences.push(`The busiest tenth of the drawn cells (${formatNumber(tenth, 0)}) hold ${formatNumber(100 * share, 0)}% of the ${name.many}.`);
  }
  sentences.push(`Classes: ${parts.classes.map(([label, n]) => `${label} (${formatNumber(n, 0)} ${n === 1 ? "cell" : "cells"})`).join(", ")}.`);
  return sentences.join(" ");
}

/** The map's Vega-Lite view: the cells by class (one shape per class), the outline on a white halo, the keys of the busiest cells. */
function mapView(parts: {
  width: number;
  height: number;
  legendTitle: string;
  legend: readonly { label: string; colour: string }[];
  byClass: readonly { cells: readonly BinnedCell[]; crimes: number }[];
  outlineFeatures: readonly VegaLiteSpec[];
  keyed: readonly (readonly [BinnedCell, number])[];
}): VegaLiteSpec {
  const { legend, byClass } = parts;
  const cellFeatures = legend.flatMap((c, i) => {
    const group = byClass[i];
    if (group === undefined || group.cells.length === 0) return [];
    return [
      {
        type: "Feature",
        properties: { class: c.label, cells: group.cells.length, crimes: group.crimes },
        geometry: { type: "MultiPolygon", coordinates: group.cells.map((cell) => [cell.ring]) },
      },
    ];
  });
  const outline = { values: parts.outlineFeatures };
  // A key is written in white or near-black, whichever stands out more on its cell's class colour.
  const keys = parts.keyed.map(([cell, index], i) => {
    const fill = legend[index]?.colour ?? palette.background;
    return { key: String(i + 1), longitude: cell.centre[0], latitude: cell.centre[1], crimes: cell.count, colour: inkOn(fill) };
  });
  const layer: VegaLiteSpec[] = [];
  if (cellFeatures.length > 0) {
    layer.push({
      data: { values: cellFeatures },
      mark: { type: "geoshape", stroke: palette.axis, strokeWidth: 0.3 },
      encoding: {
        color: {
          field: "properties.class",
          type: "ordinal",
          scale: { domain: legend.map((c) => c.label), range: legend.map((c) => c.colour) },
          legend: {
            title: parts.legendTitle,
            // Under the map, inside the view (the projection fills the part above it), so a reader
            // on a phone, who scrolls a wide figure sideways, meets the breaks without scrolling.
            orient: "none",
            legendX: 0,
            legendY: parts.height + legendGap,
            symbolType: "square",
            symbolSize: 180,
            symbolStrokeColor: palette.axis,
            symbolStrokeWidth: 1,
          },
        },
      },
    });
  }
  layer.push(
    { data: outline, mark: { type: "geoshape", filled: false, stroke: palette.background, strokeWidth: 5, strokeJoin: "round" } },
    { data: outline, mark: { type: "geoshape", filled: false, stroke: palette.text, strokeWidth: 2, strokeJoin: "round" } },
  );
  if (keys.length > 0) {
    layer.push({
      data: { values: keys },
      mark: { type: "text", fontSize: 12, fontWeight: "bold", align: "center", baseline: "middle" },
      encoding: {
        longitude: { field: "longitude", type: "quantitative" },
        latitude: { field: "latitude", type: "quantitative" },
        text: { field: "key" },
        color: { field: "colour", type: "nominal", scale: null },
      },
    });
  }
  const legendHeight = cellFeatures.length === 0 ? 0 : legendGap + legendTitleHeight + legendRowHeight * legend.length;
  return { width: parts.width, height: parts.height + legendHeight, projection: { type: "mercator", size: [parts.width, parts.height] }, layer };
}
