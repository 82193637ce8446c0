import { describeValue, formatNumber } from "@crimestats/internal";
import { isMonthKey, type MonthKey } from "@crimestats/periods";
import { monthWords } from "./internal/sections/words.js";
import { ReportError } from "./ReportError.js";

/** One point of a chart series: an area's value for the period ending in a month. */
export interface TrendChartPoint {
  /** The series (usually an area name, e.g. `"Harrow"` or `"London"`). */
  readonly series: string;
  /** The month the value belongs to, `"YYYY-MM"` (for a rolling year: its last month). */
  readonly month: MonthKey;
  /** The value at full precision (the chart formats it; nothing is rounded here). */
  readonly value: number;
}

/** Input of {@link trendChartSpec}. */
export interface TrendChartInput {
  /** The chart title, e.g. `"Burglary: rolling-year rate per 1,000 residents"`. */
  readonly title: string;
  /** Title of the horizontal axis. Default `"Rolling year ending"`. */
  readonly xTitle?: string;
  /** Title of the vertical axis, e.g. `"Crimes per 1,000 residents"`. */
  readonly yTitle: string;
  /** The points of every series. */
  readonly points: readonly TrendChartPoint[];
  /** The series drawn thicker (the focus area); default none. */
  readonly highlight?: string;
  /** Width of the plot in pixels. Default 560. */
  readonly width?: number;
  /** Height of the plot in pixels. Default 260. */
  readonly height?: number;
}

/** A Vega-Lite (v6) specification as a plain JSON object, usable unchanged in notebooks. */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/**
 * Builds the Vega-Lite specification of a trend chart: one line per series over months, told
 * apart by dash pattern and point shape as well as colour (so it does not rely on colour
 * alone), the focus series drawn thicker, with a title, labelled axes and a `description`
 * (the text alternative). Data are embedded, so the specification needs no network.
 *
 * @param input - Title, axis titles, points and the series to highlight.
 * @returns The Vega-Lite specification (render it with {@link renderChartSvg}, or in a notebook).
 * @throws {@link ReportError} `invalid-argument` when a field is missing or of the wrong type (a
 * width or height outside 1 to 10,000 pixels included) or there are no points; `invalid-month`
 * when a month is not `"YYYY-MM"`; `invalid-number` when a value is not finite.
 * @example
 * ```ts
 * const spec = trendChartSpec({
 *   title: "Burglary: rolling-year rate",
 *   yTitle: "Crimes per 1,000 residents",
 *   points: [{ series: "Harrow", month: "2024-12", value: 9.1 }, { series: "Harrow", month: "2025-01", value: 9.3 }],
 * });
 * spec["mark"];
 * //=> { type: "line", point: true }
 * ```
 */
export function trendChartSpec(input: TrendChartInput): VegaLiteSpec {
  checkInput(input);
  if (input.points.length === 0) {
    throw new ReportError("invalid-argument", `Chart "${input.title}" has no points: expected at least one.`, { title: input.title });
  }
  const values = input.points.map((p) => {
    if (!isMonthKey(p.month)) {
      throw new ReportError("invalid-month", `Chart point month ${describeValue(p.month)} is not a month: expected "YYYY-MM".`, { month: p.month });
    }
    if (!Number.isFinite(p.value)) {
      throw new ReportError(
        "invalid-number",
        `Chart point value ${describeValue(p.value)} for ${p.series} ${p.month} is not a finite number: expected a number.`,
        {
          series: p.series,
          month: p.month,
          value: p.value,
        },
      );
    }
    return { series: p.series, date: `${p.month}-01T00:00:00Z`, month: p.month, value: p.value };
  });
  const series = [...new Set(values.map((v) => v.series))];
  const description = chartDescription(input, series);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: input.title,
    description,
    width: input.width ?? 560,
    height: input.height ?? 260,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: {
        field: "date",
        type: "temporal",
        timeUnit: "utcyearmonth",
        title: input.xTitle ?? "Rolling year ending",
        axis: { format: "%b %Y", labelAngle: -40 },
      },
      y: { field: "value", type: "quantitative", title: input.yTitle, scale: { zero: false } },
      color: { field: "series", type: "nominal", title: "Area", sort: series, legend: { orient: "bottom", columns: 3 } },
      strokeDash: { field: "series", type: "nominal", title: "Area", sort: series },
      shape: { field: "series", type: "nominal", title: "Area", sort: series },
      strokeWidth: {
        condition: { test: `datum.series === ${JSON.stringify(input.highlight ?? "")}`, value: 3.5 },
        value: 1.5,
      },
    },
    config: { font: "sans-serif", legend: { symbolStrokeWidth: 2, labelLimit: 260 } },
  };
}

/** The text alternative: what the chart shows, in words, series by series. */
/** Checks the types of the input before anything is read from it. */
function checkInput(input: unknown): asserts input is TrendChartInput {
  const bad = (what: string, value: unknown, expected: string): ReportError =>
    new ReportError("invalid-argument", `trendChartSpec: ${what} is ${describeValue(value)}: expected ${expected}.`, { field: what });
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw bad("the input", input, "an object with title, yTitle and points");
  const o = input as Record<string, unknown>;
  for (const field of ["title", "yTitle"]) if (typeof o[field] !== "string") throw bad(field, o[field], "a string");
  for (const field of ["xTitle", "highlight"]) if (o[field] !== undefined && typeof o[field] !== "string") throw bad(field, o[field], "a string");
  for (const field of ["width", "height"]) {
    const size = o[field];
    if (size !== undefined && (typeof size !== "number" || !(size >= 1 && size <= 10_000))) throw bad(field, size, "a number of pixels from 1 to 10,000");
  }
  const points = o["points"];
  if (!Array.isArray(points)) throw bad("points", points, "an array of { series, month, value }");
  points.forEach((p: unknown, i) => {
    if (typeof p !== "object" || p === null) throw bad(`points[${i}]`, p, "an object { series, month, value }");
    const point = p as Record<string, unknown>;
    if (typeof point["series"] !== "string") throw bad(`points[${i}].series`, point["series"], "a string");
    if (typeof point["month"] !== "string") throw bad(`points[${i}].month`, point["month"], 'a "YYYY-MM" string');
    if (typeof point["value"] !== "number") throw bad(`points[${i}].value`, point["value"], "a finite number");
  });
}

function chartDescription(input: TrendChartInput, series: readonly string[]): string {
  const parts = series.map((name) => {
    const points = input.points.filter((p) => p.series === name);
    const first = points[0];
    const last = points.at(-1);
    if (first === undefined || last === undefined) return name;
    return `${name} from ${formatShort(first.value)} (${monthText(first.month)}) to ${formatShort(last.value)} (${monthText(last.month)})`;
  });
  return `Line chart: ${input.title}. ${input.yTitle} by month; ${parts.join("; ")}.`;
}

/** A month as the description writes it: "December 2024" for "2024-12" (any other text as it is). */
function monthText(key: string): string {
  return isMonthKey(key) ? monthWords(key) : key;
}

/** Two decimals for the description (display rounding, half up). */
function formatShort(value: number): string {
  return formatNumber(value, 2);
}
