import { describeValue, formatNumber, roundDecimal } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { checkBoundaries, checkValues, nameKey } from "./internal/boundaryInput.js";
import { checkChartOptions, checkText, checkWhole } from "./internal/check.js";
import { classBreaks, inkOn } from "./internal/classBreaks.js";
import { finishChart } from "./internal/frame.js";
import { listWords, lowerFirst, textWidth } from "./internal/labels.js";
import { type FittedLabel, fitMap } from "./internal/mapGeometry.js";
import { type AreaValue, joinBoundaries } from "./joinBoundaries.js";
import { palette } from "./palette.js";
import type { Boundaries, Chart, ChartOptions, VegaLiteSpec } from "./types.js";

/** What {@link choroplethMap} draws. */
export interface ChoroplethMapInput extends ChartOptions {
  /** The areas' boundaries (from `readBoundaries`). */
  readonly boundaries: Boundaries;
  /** One value per area; `null` is a value not shown (e.g. suppressed under a disclosure policy), with `label` saying why: the table shows the label in place of the value. */
  readonly values: readonly AreaValue[];
  /** Join the values to the boundaries by `"code"`, `"name"` or `"auto"` (default; see `joinBoundaries`). */
  readonly by?: "code" | "name" | "auto";
  /** The legend's title, with the unit, e.g. `"Offences per 1,000 residents"`. */
  readonly legendTitle: string;
  /** `"sequential"` (default; Blues, low to high) or `"diverging"` (PuOr, for changes: classes symmetric about zero). */
  readonly scheme?: "sequential" | "diverging";
  /** How many classes, 3 to 7 (default 5); fewer when the values have fewer distinct shown values. */
  readonly classes?: number;
  /** The class breaks (1 to 6, strictly ascending); default: computed (Jenks natural breaks), the method stated in the notes. */
  readonly breaks?: readonly number[];
  /** What is written on each area: `"key"` (default; its number in the table), `"name"` (where it fits, else the key), `"value"`, or `"none"`. */
  readonly labels?: "key" | "name" | "value" | "none";
  /** How areas are numbered: `"name"` (default; in name order) or `"values"` (in the order of `values`, e.g. ranked as a table beside the map already lists them; boundaries without data follow, in name order). */
  readonly keys?: "name" | "values";
  /** An area (code or name) outlined heavier, e.g. the focus area on a map of its benchmark area's members. */
  readonly focus?: string;
  /** Decimals of the shown values (0 to 6, default 1): values are classed as shown. */
  readonly decimals?: number;
}

/** One drawn area before it becomes a row of the specification. */
interface DrawnArea {
  key: number;
  name: string;
  value: number | null;
  /** The `values` entry's area, `null` for a boundary without data. */
  valueArea: string | null;
  label: string | null;
  status: "value" | "not-shown" | "no-data";
  featureIndexes: number[];
}

/**
 * A choropleth map: each area filled by the class of its value, with a classed legend whose
 * labels state the class breaks ("5.0 to under 7.5"), "Not shown" (a value withheld) and "No
 * data" (a boundary without a value) entries when there are such areas (drawn with a dashed
 * outline, so a white area without data is not read as the lightest class), a dark outline round
 * every area, a label on each area (by default its key number in the linked `table`, placed at
 * the point inside it farthest from its edges, found with polylabel), and the `focus` area
 * outlined heavier in the focus blue over a white halo. Nothing is told by colour alone: the
 * table gives every area's key, name, value and class.
 *
 * The areas are drawn with the Mercator projection fitted to the plot, their height following
 * their shape unless given. Before drawing, borders are simplified to what is visible at that
 * size: points are dropped by Visvalingam's method (through topojson, so a border two areas share
 * stays shared) where the triangle they make with their neighbours is under half a square pixel,
 * and islands, holes and slivers under one square pixel are left out (an area is never left out).
 * Class breaks are Jenks natural breaks (ckmeans) of the values as shown, moved to round numbers,
 * symmetric about zero for the diverging scheme, unless `breaks` are given; the notes say which.
 * The notes also list areas with a value but no boundary (not drawn) and boundaries without a
 * value.
 *
 * @param input - The boundaries, values, legend title and options (see {@link ChoroplethMapInput}).
 * @returns The map as a {@link Chart} of kind `"choropleth"`: `table` has the columns Key, Area,
 * the legend title and Class, one row per drawn area in name order.
 * @throws {@link ChartsError} `invalid-argument` when the title, source, legend title, boundaries
 * or values are missing or malformed, an area is given twice, `classes` is not a whole number from
 * 3 to 7, `decimals` not one from 0 to 6, `breaks` are not 1 to 6 strictly ascending finite
 * numbers, `scheme`, `by` or `labels` is not one of its words, or `focus` names no boundary;
 * `invalid-number` when a value is neither a finite number nor null; `invalid-option` when `by`
 * names a key the boundaries lack.
 * @example
 * ```ts
 * const square = (x: number) => ({ type: "Polygon" as const, coordinates: [[[x, 51], [x, 51.1], [x + 0.1, 51.1], [x + 0.1, 51], [x, 51]]] });
 * const map = choroplethMap({
 *   title: "Burglary rate by borough, 12 months to February 2025",
 *   source: "Metropolitan Police Service; ONS",
 *   legendTitle: "Burglaries per 1,000 residents",
 *   boundaries: {
 *     features: [
 *       { code: "E09000001", name: "West", geometry: square(0), properties: {} },
 *       { code: "E09000002", name: "East", geometry: square(0.1), properties: {} },
 *     ],
 *     codeProperty: "LAD21CD",
 *     nameProperty: "LAD21NM",
 *   },
 *   values: [{ area: "West", value: 4.2 }, { area: "East", value: 7.9 }],
 *   focus: "West",
 * });
 * map.table.rows;
 * //=> [["1", "East", "7.9", "5.0 to 7.9"], ["2", "West", "4.2", "4.2 to under 5.0"]]
 * ```
 */
export function choroplethMap(input: ChoroplethMapInput): Chart {
  const fn = "choroplethMap";
  checkChartOptions(fn, input);
  checkText(fn, "legendTitle", input.legendTitle);
  checkBoundaries(fn, input.boundaries);
  checkValues(fn, input.values);
  const scheme = oneOf(fn, "scheme", input.scheme, ["sequential", "diverging"] as const, "sequential");
  const labelMode = oneOf(fn, "labels", input.labels, ["key", "name", "value", "none"] as const, "key");
  const by = oneOf(fn, "by", input.by, ["code", "name", "auto"] as const, "auto");
  const keyOrder = oneOf(fn, "keys", input.keys, ["name", "values"] as const, "name");
  const classes = checkWhole(fn, "classes", input.classes, 3, 7, 5);
  const decimals = checkWhole(fn, "decimals", input.decimals, 0, 6, 1);
  const breaks = checkBreaks(fn, input.breaks);
  const joined = joinBoundaries(input.boundaries, input.values, { by });
  const features = input.boundaries.features;

  // Areas in name order (or in the order of `values`), each with its key number; an area drawn as several features has one key.
  const byArea = new Map<string, DrawnArea>();
  const joinedByFeature = new Map(joined.matched.map((item) => [item.feature, item]));
  features.forEach((feature, index) => {
    const item = joinedByFeature.get(feature);
    const name = feature.name ?? item?.area ?? feature.code ?? `Area ${index + 1}`;
    const id = item === undefined ? `feature:${index}` : `area:${item.area}`;
    const existing = byArea.get(id);
    if (existing !== undefined) {
      existing.featureIndexes.push(index);
      return;
    }
    byArea.set(id, {
      key: 0,
      name,
      value: item?.value ?? null,
      valueArea: item?.area ?? null,
      label: item?.label ?? null,
      status: item === undefined ? "no-data" : item.value === null ? "not-shown" : "value",
      featureIndexes: [index],
    });
  });
  const given = new Map(input.values.map((item, index) => [item.area, index]));
  const rankOf = (area: DrawnArea): number => (keyOrder === "values" && area.valueArea !== null ? (given.get(area.valueArea) ?? Infinity) : Infinity);
  const areas = [...byArea.values()].sort(
    (a, b) => rankOf(a) - rankOf(b) || a.name.localeCompare(b.name, "en", { numeric: true }) || a.featureIndexes[0]! - b.featureIndexes[0]!,
  );
  areas.forEach((area, index) => {
    area.key = index + 1;
  });

  const focusArea = input.focus === undefined ? undefined : findFocus(fn, input.focus, areas, features, joined.matched);
  const shownValues = areas.filter((area) => area.status === "value").map((area) => area.value as number);
  const classing = classBreaks(shownValues, { classes, decimals, scheme, ...(breaks === undefined ? {} : { breaks }) });
  const classOfArea = (area: DrawnArea): string =>
    area.status === "value"
      ? (classing.classes[classing.classOf(area.value as number)]?.label as string)
      : area.status === "not-shown"
        ? "Not shown"
        : "No data";
  const fillOf = new Map<string, string>(classing.classes.map((item) => [item.label, item.colour]));
  fillOf.set("Not shown", palette.grid);
  fillOf.set("No data", palette.noData);
  const legendDomain = [
    ...(shownValues.length === 0 ? [] : classing.classes.map((item) => item.label)),
    ...(areas.some((area) => area.status === "not-shown") ? ["Not shown"] : []),
    ...(areas.some((area) => area.status === "no-data") ? ["No data"] : []),
  ];

  const legendColumns = legendDomain.length > 4 ? 2 : 1;
  const width = input.width ?? 560;
  const fitted = fitMap(
    features.map((feature) => feature.geometry),
    width,
    input.height,
  );
  const display = (area: DrawnArea): string => (area.status === "value" ? formatNumber(area.value as number, decimals) : "");

  const shapes = areas.flatMap((area) =>
    area.featureIndexes.map((index) => ({
      type: "Feature",
      geometry: fitted.geometries[index],
      properties: { key: area.key, area: area.name, value: area.value, shown: display(area), class: classOfArea(area) },
    })),
  );
  const labelRows = labelMode === "none" ? [] : placeLabels(areas, labelMode, display, fitted, (area) => fillOf.get(classOfArea(area)) as string, focusArea);

  const layers: VegaLiteSpec[] = [
    {
      data: { values: shapes },
      mark: { type: "geoshape", stroke: palette.axis, strokeWidth: 0.6 },
      encoding: {
        color: {
          field: "properties.class",
          type: "nominal",
          title: input.legendTitle,
          scale: { domain: legendDomain, range: legendDomain.map((label) => fillOf.get(label) as string) },
          legend: {
            orient: "none",
            legendX: 0,
            legendY: fitted.height + 12,
            direction: "vertical",
            columns: legendColumns,
            columnPadding: 24,
            symbolType: "square",
            symbolSize: 180,
            symbolStrokeColor: palette.axis,
            symbolStrokeWidth: 0.6,
            symbolOpacity: 1,
            labelLimit: 200,
            titleLimit: fitted.width,
          },
        },
      },
    },
  ];
  // Areas without a value shown also get a dashed outline, so white "No data" is not read as the lightest class.
  const withoutValue = shapes.filter((shape) => shape.properties.class === "Not shown" || shape.properties.class === "No data");
  if (withoutValue.length > 0) {
    layers.push({ data: { values: withoutValue }, mark: { type: "geoshape", filled: false, stroke: palette.axis, strokeWidth: 1.2, strokeDash: [3, 2] } });
  }
  if (focusArea !== undefined) {
    const focusShapes = shapes.filter((shape) => shape.properties.key === focusArea.key);
    layers.push(
      { data: { values: focusShapes }, mark: { type: "geoshape", filled: false, stroke: palette.background, strokeWidth: 5 } },
      { data: { values: focusShapes }, mark: { type: "geoshape", filled: false, stroke: palette.focus, strokeWidth: 2.5 } },
    );
  }
  if (labelRows.length > 0) {
    for (const bold of [false, true]) {
      const rows = labelRows.filter((row) => row.bold === bold);
      if (rows.length === 0) continue;
      layers.push({
        data: { values: rows },
        mark: { type: "text", fontSize: 12, ...(bold ? { fontWeight: "bold" } : {}), align: "center", baseline: "middle" },
        encoding: {
          longitude: { field: "longitude", type: "quantitative" },
          latitude: { field: "latitude", type: "quantitative" },
          text: { field: "text", type: "nominal" },
          color: { field: "ink", type: "nominal", scale: null },
        },
      });
    }
  }
  // The legend sits under the map inside the view (so the source line stays last); the projection is fitted to the map's part of it.
  const legendRows = Math.ceil(legendDomain.length / legendColumns);
  const legendHeight = 12 + 18 + legendRows * 19;
  const view: VegaLiteSpec = {
    width: fitted.width,
    height: fitted.height + legendHeight,
    projection: {
      type: "mercator",
      extent: [
        [0, 0],
        [fitted.width, fitted.height],
      ],
    },
    layer: layers,
  };

  const table = {
    columns: ["Key", "Area", input.legendTitle, "Class"],
    rows: areas.map((area) => [
      String(area.key),
      area.name,
      area.status === "value"
        ? `${display(area)}${area.label === null ? "" : ` (${area.label})`}`
        : area.status === "not-shown"
          ? (area.label ?? "Not shown")
          : "No data",
      classOfArea(area),
    ]),
  };

  const notes: string[] = [classing.method];
  if (joined.areasWithoutBoundary.length > 0) {
    notes.push(`No boundary for ${listWords(joined.areasWithoutBoundary)}: ${joined.areasWithoutBoundary.length === 1 ? "it is" : "they are"} not drawn.`);
  }
  const noData = areas.filter((area) => area.status === "no-data").map((area) => area.name);
  if (noData.length > 0) notes.push(`No value for ${listWords(noData)}: drawn white with a dashed outline, as "No data".`);
  const labelled = new Set(labelRows.map((row) => row.key));
  const unlabelled = labelMode === "none" ? [] : areas.filter((area) => !labelled.has(area.key) && (labelMode !== "value" || area.status === "value"));
  if (unlabelled.length > 0) {
    notes.push(`Too small to label at this size without overlapping: ${listWords(unlabelled.map((area) => area.name))} (see the table).`);
  }
  return finishChart("choropleth", input, { view, summary: summaryOf(input, areas, classing.classes.length, focusArea, decimals, classOfArea), table, notes });
}

/** A label drawn on the map. */
interface LabelRow {
  readonly key: number;
  readonly longitude: number;
  readonly latitude: number;
  readonly text: string;
  readonly ink: string;
  readonly bold: boolean;
}

/**
 * The labels of the areas: each area's key, name (where it fits inside the area, else its key) or
 * value, at its pole of inaccessibility, in white or dark ink, whichever stands out more on its
 * fill. Labels are placed roomiest area first (the focus area before all), and a label that
 * would overlap one already placed is left out (its area is still in the table), so no two
 * labels overlap.
 */
function placeLabels(
  areas: readonly DrawnArea[],
  mode: "key" | "name" | "value",
  display: (area: DrawnArea) => string,
  fitted: ReturnType<typeof fitMap>,
  fillOf: (area: DrawnArea) => string,
  focus: DrawnArea | undefined,
): LabelRow[] {
  const candidates = areas.map((area) => {
    const spot = area.featureIndexes.map((index) => fitted.labels[index] as FittedLabel).reduce((a, b) => (b.room > a.room ? b : a));
    let text = mode === "value" ? display(area) : String(area.key);
    if (mode === "name" && textWidth(area.name, 12) <= 2 * spot.room) text = area.name;
    return { area, spot, text };
  });
  const order = [...candidates].sort((a, b) => Number(b.area === focus) - Number(a.area === focus) || b.spot.room - a.spot.room);
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const kept = new Set<DrawnArea>();
  for (const { area, spot, text } of order) {
    if (text === "") continue;
    const half = textWidth(text, 12) / 2 + 1;
    const box = { left: spot.x - half, right: spot.x + half, top: spot.y - 7, bottom: spot.y + 7 };
    if (placed.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom)) continue;
    placed.push(box);
    kept.add(area);
  }
  return candidates
    .filter(({ area }) => kept.has(area))
    .map(({ area, spot, text }) => ({
      key: area.key,
      longitude: spot.position[0],
      latitude: spot.position[1],
      text,
      ink: inkOn(fillOf(area)),
      bold: area === focus,
    }));
}

/** The summary: what is drawn, the highest and lowest shown values, the classes, and where the focus area lies. */
function summaryOf(
  input: ChoroplethMapInput,
  areas: readonly DrawnArea[],
  classCount: number,
  focus: DrawnArea | undefined,
  decimals: number,
  classOfArea: (area: DrawnArea) => string,
): string {
  const valued = areas.filter((area) => area.status === "value");
  const parts = [
    valued.length === 0
      ? `Map of ${areas.length} ${areas.length === 1 ? "area" : "areas"} for ${lowerFirst(input.legendTitle)}, none with a value shown.`
      : `Map of ${areas.length} ${areas.length === 1 ? "area" : "areas"} shaded by ${lowerFirst(input.legendTitle)} in ${classCount} ${classCount === 1 ? "class" : "classes"}.`,
  ];
  if (valued.length > 0) {
    const shownOf = (area: DrawnArea): number => roundDecimal(area.value as number, decimals);
    const top = Math.max(...valued.map(shownOf));
    const bottom = Math.min(...valued.map(shownOf));
    const named = (value: number): string => listWords(valued.filter((area) => shownOf(area) === value).map((area) => area.name));
    parts.push(
      top === bottom
        ? `Every area with a value has ${formatNumber(top, decimals)}.`
        : `Highest: ${named(top)} (${formatNumber(top, decimals)}); lowest: ${named(bottom)} (${formatNumber(bottom, decimals)}).`,
    );
    if (focus !== undefined && focus.status === "value") {
      const own = shownOf(focus);
      const others = valued.filter((area) => area !== focus);
      const higher = others.filter((area) => shownOf(area) > own).length;
      const lower = others.filter((area) => shownOf(area) < own).length;
      parts.push(
        `${focus.name} (outlined in blue): ${formatNumber(own, decimals)}, in the class ${classOfArea(focus)}; of the other ${others.length} areas with a value, ${higher} ${higher === 1 ? "is" : "are"} higher and ${lower} lower.`,
      );
    } else if (focus !== undefined) parts.push(`${focus.name} (outlined in blue) has no value shown.`);
  }
  const notShown = areas.filter((area) => area.status === "not-shown");
  if (notShown.length > 0)
    parts.push(
      `${notShown.length} ${notShown.length === 1 ? "area's value is" : "areas' values are"} not shown (${listWords(notShown.map((area) => area.name))}).`,
    );
  return parts.join(" ");
}

/** The drawn area the focus names (by code, name or the values' area name), or a throw. */
function findFocus(
  fn: string,
  focus: unknown,
  areas: readonly DrawnArea[],
  features: Boundaries["features"],
  matched: ReturnType<typeof joinBoundaries>["matched"],
): DrawnArea {
  if (typeof focus !== "string" || focus.trim() === "") {
    throw new ChartsError("invalid-argument", `${fn}: focus is ${describeValue(focus)}: expected the code or name of one of the areas.`, { field: "focus" });
  }
  const wanted = nameKey(focus);
  const found = areas.find((area) =>
    area.featureIndexes.some((index) => {
      const feature = features[index]!;
      const item = matched.find((entry) => entry.feature === feature);
      return [feature.code, feature.name, item?.area].some((text) => text !== null && text !== undefined && nameKey(text) === wanted);
    }),
  );
  if (found === undefined) {
    throw new ChartsError(
      "invalid-argument",
      `${fn}: focus is ${describeValue(focus)}, which is none of the boundaries: expected the code or name of one of the areas.`,
      {
        field: "focus",
      },
    );
  }
  return found;
}

/** A field that must be one of a few words, or its default when absent. */
function oneOf<T extends string>(fn: string, field: string, value: unknown, words: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!words.includes(value as T)) {
    throw new ChartsError("invalid-argument", `${fn}: ${field} is ${describeValue(value)}: expected ${words.map((word) => `"${word}"`).join(", ")}.`, {
      field,
    });
  }
  return value as T;
}

/** Given class breaks: 1 to 6 strictly ascending finite numbers. */
function checkBreaks(fn: string, breaks: unknown): readonly number[] | undefined {
  if (breaks === undefined) return undefined;
  const ok =
    Array.isArray(breaks) &&
    breaks.length >= 1 &&
    breaks.length <= 6 &&
    breaks.every((b: unknown, index) => typeof b === "number" && Number.isFinite(b) && (index === 0 || b > (breaks[index - 1] as number)));
  if (!ok) {
    throw new ChartsError("invalid-argument", `${fn}: breaks are ${describeValue(breaks)}: expected 1 to 6 finite numbers in strictly ascending order.`, {
      field: "breaks",
    });
  }
  return breaks as number[];
}
