import { describeValue, formatNumber } from "@crimestats/internal";
import { monthIndex, type MonthKey } from "@crimestats/periods";
import { ChartsError } from "./ChartsError.js";
import { checkStyles, resolveStyles } from "./internal/areas.js";
import { checkAreaName, checkChartOptions, checkMonth, checkNumber, checkObject, checkRows, checkText } from "./internal/check.js";
import { finishChart, oneLine } from "./internal/frame.js";
import { listWords, lowerFirst } from "./internal/labels.js";
import { monthDate, monthShort, monthWords } from "./internal/months.js";
import { dodge, monthStep, niceTop } from "./internal/scale.js";
import { palette } from "./palette.js";
import type { AreaStyles, Chart, ChartOptions, VegaLiteSpec } from "./types.js";

/** One point of a trend line: an area's value for the period ending in a month (for a rolling year, its last month). */
export interface TrendPoint {
  /** The series, usually an area name (`"Harrow"`, `"London"`). */
  readonly series: string;
  /** The month the value belongs to, `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** The value at full precision (a count or a rate, not negative): the chart rounds only what it writes. */
  readonly value: number;
}

/** Input of {@link trendChart}. */
export interface TrendChartInput extends ChartOptions {
  /** Title of the value axis with its unit, e.g. `"Crimes per 1,000 residents"`. */
  readonly yTitle: string;
  /** Title of the month axis. Default `"Rolling year ending"`. */
  readonly xTitle?: string;
  /** The points of every series, in any order; a series' month appears once. */
  readonly points: readonly TrendPoint[];
  /** The document's area styles (from `areaStyles`). Default: styles from the order of the series, the first the focus area and the rest comparators; a series the styles do not name is grey. */
  readonly styles?: AreaStyles;
  /** A period shaded behind the lines and labelled at its top, e.g. the assessed period. */
  readonly period?: {
    /** The first month of the band, `"YYYY-MM"`. */
    readonly first: MonthKey;
    /** The last month of the band (not before `first`). */
    readonly last: MonthKey;
    /** Its label, drawn at the band's top, e.g. `"Assessed period"`. */
    readonly label: string;
  };
  /** Months marked by a labelled vertical rule, e.g. recording changes. */
  readonly breaks?: readonly {
    /** The month the rule marks, `"YYYY-MM"`. */
    readonly month: MonthKey;
    /** Its label, drawn beside the rule at the top, e.g. `"Recording change"`. */
    readonly label: string;
  }[];
  /** Decimals of the values written in labels, the table and the text alternative (0 to 6). Default 1. */
  readonly decimals?: number;
}

const fn = "trendChart";
/** Pixels between two line-end labels, at least. */
const labelGap = 14;
/** Pixels at the top of the plot for each row of period and break labels. */
const labelRow = 15;

/**
 * A trend chart: one line per series over months (a rolling-year rate of the focus area, its
 * comparators and the benchmark area), each area in its document style (colour, dash, width),
 * the focus area drawn last and widest. Each line ends in its point shape and a direct label
 * ("Harrow 9.3"), moved apart so labels never overlap, instead of a legend; the value axis starts
 * at zero; month labels (`Mar 2024`) are spaced to fit. An optional `period` is shaded and
 * labelled, and `breaks` (recording changes) are labelled vertical rules.
 *
 * The text alternative gives the finding first, then for each series its first and last value,
 * its highest and lowest, and where the focus area's last value stands against the other series.
 *
 * @param input - Title, source, axis titles, points, and optionally styles, a period and breaks.
 * @returns The chart (`kind: "trend"`); render it with `renderSvg`.
 * @throws {@link ChartsError} `invalid-argument` when a field has the wrong type, there are no
 * points, or a series has a month twice; `invalid-month` when a month is not `"YYYY-MM"` or a
 * period ends before it starts; `invalid-number` when a value is not a finite number of at least
 * zero, or `decimals` is not a whole number from 0 to 6.
 * @example
 * ```ts
 * const chart = trendChart({
 *   title: "Burglary: rolling-year rate",
 *   source: "Metropolitan Police Service; ONS",
 *   yTitle: "Crimes per 1,000 residents",
 *   points: [
 *     { series: "Harrow", month: "2024-12", value: 9.14 },
 *     { series: "Harrow", month: "2025-01", value: 9.26 },
 *     { series: "London", month: "2024-12", value: 7.5 },
 *     { series: "London", month: "2025-01", value: 7.42 },
 *   ],
 * });
 * [chart.kind, chart.description];
 * //=> ["trend", "Line chart of crimes per 1,000 residents by rolling year ending, December 2024 to January 2025. Harrow from 9.1 to 9.3, highest 9.3 (January 2025), lowest 9.1 (December 2024). In January 2025 Harrow (9.3) was above London (7.4)."]
 * ```
 */
export function trendChart(input: TrendChartInput): Chart {
  checkChartOptions(fn, input);
  checkText(fn, "yTitle", input.yTitle);
  checkText(fn, "xTitle", input.xTitle, true);
  const decimals = input.decimals === undefined ? 1 : checkNumber(fn, "decimals", input.decimals, 0);
  if (!Number.isInteger(decimals) || decimals > 6) {
    throw new ChartsError("invalid-number", `${fn}: decimals is ${describeValue(decimals)}: expected a whole number from 0 to 6.`, { field: "decimals" });
  }
  const points = readPoints(input.points);
  const styles = checkStyles(fn, input.styles);
  const period = readPeriod(input.period);
  const breaks = readBreaks(input.breaks);

  const series = [...new Set(points.map((p) => p.series))];
  const { styleOf, focus } = resolveStyles(series, styles, "group");
  const width = input.width ?? 560;
  const height = input.height ?? 260;
  const months = [...new Set(points.map((p) => p.month))].sort();
  // The month axis spans the data, the period and the breaks, so nothing is drawn outside the plot.
  const marked = [...months, ...(period === null ? [] : [period.first, period.last]), ...breaks.map((b) => b.month)].sort();
  const firstMonth = marked[0] as MonthKey;
  const lastMonth = marked.at(-1) as MonthKey;
  const format = (value: number): string => formatNumber(value, decimals);

  // The value axis: zero to a round top, with room at the top for the period and break labels.
  const rows = (period === null ? 0 : 1) + Math.min(breaks.length, 3);
  const reserve = Math.min(rows * labelRow, height / 3);
  const dataMax = Math.max(...points.map((p) => p.value));
  const top = niceTop(Math.min(dataMax / (1 - reserve / height), Number.MAX_VALUE), Math.max(2, Math.floor(height / 45)));
  const toValue = (pixels: number): number => top * (1 - pixels / height);
  const span = Math.max(1, monthIndex(lastMonth) - monthIndex(firstMonth));
  /** Whether a month lies in the last 40% of the chart, where a label written rightwards would leave the plot. */
  const late = (month: MonthKey): boolean => (monthIndex(month) - monthIndex(firstMonth)) / span > 0.6;

  // Line ends: each series' last point, labelled, labels dodged apart in pixels then put back in data units.
  const ends = series.map((name) => {
    const own = points.filter((p) => p.series === name);
    return own.reduce((a, b) => (b.month > a.month ? b : a));
  });
  const labelPixels = dodge(
    ends.map((end) => height * (1 - end.value / top)),
    labelGap,
    height,
  );
  const endRows = ends.map((end, i) => ({
    series: end.series,
    date: monthDate(end.month),
    value: end.value,
    labelValue: toValue(labelPixels[i] as number),
    label: `${end.series} ${format(end.value)}`,
  }));

  const drawOrder = [...series.filter((name) => name !== focus), ...(focus === null ? [] : [focus])];
  const colour = { domain: drawOrder, range: drawOrder.map((name) => styleOf(name).colour) };
  const x = {
    field: "date",
    type: "temporal",
    timeUnit: "utcyearmonth",
    title: oneLine(input.xTitle ?? "Rolling year ending"),
    // As Vega-Lite date-times, so every layer reads the same domain (strings are read per layer and reported as conflicting).
    scale: { domain: [dateTime(firstMonth), dateTime(lastMonth)] },
    axis: {
      format: "%b %Y",
      labelAngle: 0,
      labelOverlap: true,
      labelFlush: false,
      grid: false,
      tickCount: { interval: "month", step: monthStep(span + 1, width, 90) },
    },
  };
  const y = {
    field: "value",
    type: "quantitative",
    title: oneLine(input.yTitle),
    scale: { domain: [0, top], zero: true, nice: false },
    axis: { tickCount: Math.max(2, Math.floor(height / 45)) },
  };
  const lineLayer = (names: readonly string[]): VegaLiteSpec => ({
    transform: [{ filter: { field: "series", oneOf: names } }],
    mark: { type: "line", interpolate: "linear", strokeCap: "butt", strokeJoin: "round" },
    encoding: {
      x,
      y,
      color: { field: "series", type: "nominal", sort: drawOrder, scale: colour, legend: null },
      strokeDash: {
        field: "series",
        type: "nominal",
        sort: drawOrder,
        scale: { domain: drawOrder, range: drawOrder.map((name) => [...styleOf(name).dash]) },
        legend: null,
      },
      strokeWidth: {
        field: "series",
        type: "nominal",
        sort: drawOrder,
        // An ordinal scale maps each area to its own width (Vega-Lite's default for a width is a linear range).
        scale: { type: "ordinal", domain: drawOrder, range: drawOrder.map((name) => styleOf(name).strokeWidth) },
        legend: null,
      },
    },
  });

  const layers: VegaLiteSpec[] = [];
  if (period !== null) {
    layers.push({
      data: {
        values: [
          {
            date: monthDate(period.first),
            date2: monthDate(period.last),
            labelDate: monthDate(late(period.first) ? period.last : period.first),
            labelValue: top,
            label: period.label,
          },
        ],
      },
      layer: [
        {
          mark: { type: "rect", color: palette.period },
          encoding: { x, x2: { field: "date2", timeUnit: "utcyearmonth" } },
        },
        {
          // The label starts at the band's start, or ends at its end when the band is late in the chart.
          mark: { type: "text", align: late(period.first) ? "right" : "left", baseline: "top", dx: late(period.first) ? -3 : 3, dy: 2, color: palette.text },
          encoding: { x: { ...x, field: "labelDate" }, y: { ...y, field: "labelValue" }, text: { field: "label" } },
        },
      ],
    });
  }
  if (breaks.length > 0) {
    const firstRow = period === null ? 0 : 1;
    layers.push({
      data: {
        values: breaks.map((b, i) => ({
          date: monthDate(b.month),
          label: b.label,
          labelValue: toValue((firstRow + (i % 3)) * labelRow + 1),
          align: late(b.month) ? "right" : "left",
        })),
      },
      layer: [
        // Each rule rises from the axis to its own label, so it never runs through a label above it (the period's).
        {
          mark: { type: "rule", color: palette.axis, strokeDash: [4, 3], strokeWidth: 1 },
          encoding: { x, y: { ...y, field: "labelValue" }, y2: { datum: 0 } },
        },
        // Labels run right of their rule, or left of it late in the chart, so they stay over the plot.
        ...(["left", "right"] as const).map((align) => ({
          transform: [{ filter: { field: "align", equal: align } }],
          mark: { type: "text", baseline: "top", align, dx: align === "left" ? 3 : -3, color: palette.text },
          encoding: { x, y: { ...y, field: "labelValue" }, text: { field: "label" } },
        })),
      ],
    });
  }
  const others = drawOrder.filter((name) => name !== focus);
  layers.push({
    data: { values: points.map((p) => ({ series: p.series, date: monthDate(p.month), value: p.value })) },
    layer: [...(others.length > 0 ? [lineLayer(others)] : []), ...(focus === null ? [] : [lineLayer([focus])])],
  });
  layers.push({
    data: { values: endRows },
    layer: [
      {
        mark: { type: "point", filled: true, size: 50, opacity: 1 },
        encoding: {
          x,
          y,
          color: { field: "series", type: "nominal", scale: colour, legend: null },
          shape: { field: "series", type: "nominal", scale: { domain: drawOrder, range: drawOrder.map((name) => styleOf(name).shape) }, legend: null },
        },
      },
      {
        // A leader from the line's end to its label, visible where the label was moved apart from its line.
        mark: { type: "rule", color: palette.axis, strokeWidth: 0.75, xOffset: 5, x2Offset: 13 },
        encoding: { x, x2: { field: "date", timeUnit: "utcyearmonth" }, y, y2: { field: "labelValue" } },
      },
      // Labels in the text colour (the end symbol carries the area's colour and shape); the focus area's in bold, like its line.
      ...[false, true].map((bold) => ({
        transform: [{ filter: bold ? { field: "series", equal: focus ?? "" } : { not: { field: "series", equal: focus ?? "" } } }],
        mark: { type: "text", align: "left", baseline: "middle", dx: 16, color: palette.text, fontWeight: bold ? "bold" : "normal" },
        encoding: { x, y: { ...y, field: "labelValue" }, text: { field: "label" } },
      })),
    ],
  });

  const view: VegaLiteSpec = { width, height, layer: layers };
  const table = {
    columns: ["Month", ...series],
    rows: months.map((month) => [
      monthShort(month),
      ...series.map((name) => {
        const point = points.find((p) => p.series === name && p.month === month);
        return point === undefined ? "" : format(point.value);
      }),
    ]),
  };
  return finishChart("trend", input, { view, summary: summarise(input, points, series, focus, period, breaks, format), table });
}

/** The text alternative after the finding: what is drawn, each series' course, and the focus area against the rest at the end. */
function summarise(
  input: TrendChartInput,
  points: readonly TrendPoint[],
  series: readonly string[],
  focus: string | null,
  period: { first: MonthKey; last: MonthKey; label: string } | null,
  breaks: readonly { month: MonthKey; label: string }[],
  format: (value: number) => string,
): string {
  const months = points.map((p) => p.month).sort();
  const parts = [
    `Line chart of ${lowerFirst(oneLine(input.yTitle))} by ${lowerFirst(oneLine(input.xTitle ?? "Rolling year ending"))}, ${monthWords(months[0] as MonthKey)} to ${monthWords(months.at(-1) as MonthKey)}.`,
  ];
  // The focus area's course only (every series' is in the table); without a focus, each series'.
  for (const name of focus === null ? series : [focus]) {
    const own = points.filter((p) => p.series === name).sort((a, b) => (a.month < b.month ? -1 : 1));
    const first = own[0];
    const last = own.at(-1);
    if (first === undefined || last === undefined) continue;
    if (own.length === 1) {
      parts.push(`${name} ${format(first.value)} (${monthWords(first.month)}).`);
      continue;
    }
    const high = own.reduce((a, b) => (b.value > a.value ? b : a));
    const low = own.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(
      `${name} from ${format(first.value)} to ${format(last.value)}, highest ${format(high.value)} (${monthWords(high.month)}), lowest ${format(low.value)} (${monthWords(low.month)}).`,
    );
  }
  if (focus !== null && series.length > 1) {
    const lastMonth = months.at(-1) as MonthKey;
    const atEnd = points.filter((p) => p.month === lastMonth);
    const own = atEnd.find((p) => p.series === focus);
    if (own !== undefined && atEnd.length > 1) {
      // Compared as displayed: two values written alike are level, never "above" one another.
      const shown = format(own.value);
      const rest = atEnd.filter((p) => p.series !== focus);
      const level = rest.filter((p) => format(p.value) === shown).map((p) => p.series);
      const differ = rest.filter((p) => format(p.value) !== shown);
      const above = differ.filter((p) => p.value < own.value).map((p) => `${p.series} (${format(p.value)})`);
      const below = differ.filter((p) => p.value > own.value).map((p) => `${p.series} (${format(p.value)})`);
      const clauses = [
        above.length > 0 ? `above ${listWords(above)}` : "",
        below.length > 0 ? `below ${listWords(below)}` : "",
        level.length > 0 ? `level with ${listWords(level)}` : "",
      ].filter((c) => c !== "");
      parts.push(`In ${monthWords(lastMonth)} ${focus} (${shown}) was ${listWords(clauses)}.`);
    }
  }
  if (period !== null) parts.push(`The shaded band marks ${oneLine(period.label)} (${monthWords(period.first)} to ${monthWords(period.last)}).`);
  for (const b of breaks) parts.push(`A vertical line at ${monthWords(b.month)} marks: ${oneLine(b.label)}.`);
  return parts.join(" ");
}

/** Checks the points; returns them. */
function readPoints(value: unknown): readonly TrendPoint[] {
  const rows = checkRows(fn, "points", value, "a non-empty array of { series, month, value }");
  const seen = new Set<string>();
  // Array.from reads a hole in the array as undefined, which the checks reject.
  return Array.from(rows, (row, i) => {
    checkObject(fn, `points[${i}]`, row, "an object { series, month, value }");
    checkAreaName(fn, row["series"], `points[${i}].series`);
    const month = checkMonth(fn, `points[${i}].month`, row["month"]);
    const value = checkNumber(fn, `points[${i}].value`, row["value"], 0);
    const key = `${row["series"]}\u0000${month}`;
    if (seen.has(key)) {
      throw new ChartsError("invalid-argument", `${fn}: points[${i}] is ${row["series"]} in ${month} a second time: expected one point per series and month.`, {
        field: `points[${i}]`,
      });
    }
    seen.add(key);
    return { series: row["series"], month, value };
  });
}

/** Checks the period; returns it or `null`. */
function readPeriod(value: unknown): { first: MonthKey; last: MonthKey; label: string } | null {
  if (value === undefined) return null;
  checkObject(fn, "period", value, "{ first, last, label }");
  const first = checkMonth(fn, "period.first", value["first"]);
  const last = checkMonth(fn, "period.last", value["last"]);
  checkText(fn, "period.label", value["label"]);
  if (monthIndex(last) < monthIndex(first)) {
    throw new ChartsError("invalid-month", `${fn}: period.last "${last}" is before period.first "${first}": expected a period that ends after it starts.`, {
      field: "period.last",
    });
  }
  return { first, last, label: oneLine(value["label"] as string) };
}

/** Checks the breaks; returns them. */
function readBreaks(value: unknown): readonly { month: MonthKey; label: string }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new ChartsError("invalid-argument", `${fn}: breaks is ${describeValue(value)}: expected an array of { month, label }.`, { field: "breaks" });
  return Array.from(value as unknown[], (item, i) => {
    checkObject(fn, `breaks[${i}]`, item, "an object { month, label }");
    const month = checkMonth(fn, `breaks[${i}].month`, item["month"]);
    checkText(fn, `breaks[${i}].label`, item["label"]);
    return { month, label: oneLine(item["label"] as string) };
  });
}

/** A month as a Vega-Lite date-time in UTC (its first day). */
function dateTime(month: MonthKey): { year: number; month: number; date: number; utc: true } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), date: 1, utc: true };
}
