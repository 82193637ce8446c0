import { formatNumber } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { checkStyles, resolveStyles } from "./internal/areas.js";
import { checkAreaName, checkChartOptions, checkDrawnNumber, checkConfidence, checkEachRow, checkObject, checkText, checkWhole } from "./internal/check.js";
import { finishChart, oneLine } from "./internal/frame.js";
import { levelWords, listWords, lowerFirst, textWidth } from "./internal/labels.js";
import { palette } from "./palette.js";
import type { AreaStyles, Chart, ChartOptions } from "./types.js";

/** One bar of a {@link comparisonChart}: an area's value and, optionally, its confidence interval. */
export interface ComparisonChartRow {
  /** The area, e.g. `"Harrow"`. */
  readonly area: string;
  /** Its value at full precision (≥ 0), e.g. a rate per 1,000 residents. */
  readonly value: number;
  /** The lower end of its confidence interval (give both ends or neither). */
  readonly lower?: number;
  /** The upper end of its confidence interval. */
  readonly upper?: number;
}

/** Input of {@link comparisonChart}. */
export interface ComparisonChartInput extends ChartOptions {
  /** Title of the value axis with its unit and period, e.g. `"Crimes per 1,000 residents, 12 months to Feb 2025"`. */
  readonly xTitle: string;
  /** One row per area (1 to 100), in any order: the bars are sorted high to low. */
  readonly rows: readonly ComparisonChartRow[];
  /** A value drawn as a labelled vertical line across the bars, e.g. the benchmark area's rate `{ label: "London", value: 89.6 }`. */
  readonly reference?: {
    /** What the line is, e.g. `"London"`: labelled "London: 89.6" above the bars. */
    readonly label: string;
    /** Its value (≥ 0), on the bars' scale. */
    readonly value: number;
  };
  /** The document's area styles (from `areaStyles`); areas they do not name are grey. Default: styles from the rows' order, the first row the focus area. */
  readonly styles?: AreaStyles;
  /** The level of the intervals, a fraction (default 0.95): said in the axis title and the text alternative. */
  readonly confidence?: number;
  /** Decimals of the values shown in labels and the table (0 to 6, default 1). */
  readonly decimals?: number;
  /**
   * How the focus area's value was compared with the others when not by the intervals, e.g.
   * `"the exact test of two Poisson rates"`: the text alternative then says the verdicts come from
   * it, and does not say which intervals overlap (two intervals can overlap while the values
   * differ significantly).
   */
  readonly judgedBy?: string;
}

/** One drawn bar: the row with its style, label and place. */
interface Bar {
  readonly area: string;
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly colour: string;
  readonly focus: boolean;
  readonly label: string;
  readonly labelAt: number;
}

const fn = "comparisonChart";

/**
 * A bar chart comparing areas on one value (a rate per 1,000 residents, say), with confidence
 * intervals as whiskers: horizontal bars sorted high to low, each labelled with its value, the
 * focus area's bar filled in the focus colour with its name in bold (the strongest mark), the other
 * areas pale inside an outline in their document colours (grey for areas the styles do not name), the value axis from zero, and an optional
 * labelled reference line (the benchmark area's rate). The text alternative gives each value with
 * its interval and says which areas' intervals overlap the focus area's and which lie wholly
 * above or below it; it never ranks differences the intervals cannot support. Given `judgedBy`
 * (the test the verdicts come from), it says that instead of judging the intervals' overlap.
 *
 * @param input - Title, source, the axis title, the rows, and optionally the reference line,
 *   the document's area styles, the intervals' confidence level and the display decimals.
 * @returns The {@link Chart} (kind `"comparison"`); its table lists each area's value and interval.
 * @throws {@link ChartsError} `invalid-argument` when a field is missing or of the wrong type, there
 *   are no rows or more than 100, an area is named twice, or a row gives one end of its interval
 *   without the other; `invalid-number` when a value or interval end is negative, not finite or
 *   beyond 10^15, or an interval does not contain its value; `invalid-confidence` when `confidence` is not a fraction
 *   strictly between 0 and 1.
 * @example
 * ```ts
 * const chart = comparisonChart({
 *   title: "Burglary: rate per 1,000 residents",
 *   source: "Metropolitan Police Service; ONS",
 *   xTitle: "Crimes per 1,000 residents, 12 months to Feb 2025",
 *   rows: [
 *     { area: "Harrow", value: 5.3, lower: 5.0, upper: 5.6 },
 *     { area: "Barnet", value: 6.1, lower: 5.9, upper: 6.4 },
 *     { area: "Brent", value: 5.5, lower: 5.2, upper: 5.8 },
 *   ],
 *   reference: { label: "London", value: 6.0 },
 * });
 * chart.table.rows;
 * //=> [["Barnet", "6.1", "5.9 to 6.4"], ["Brent", "5.5", "5.2 to 5.8"], ["Harrow", "5.3", "5.0 to 5.6"], ["London (reference)", "6.0", ""]]
 * chart.description.endsWith("The interval of Brent overlaps Harrow's; Barnet's lies wholly above it. The reference line, London at 6.0, lies above Harrow's interval.");
 * //=> true
 * ```
 */
export function comparisonChart(input: ComparisonChartInput): Chart {
  checkChartOptions(fn, input);
  checkText(fn, "xTitle", input.xTitle);
  const checked = checkEachRow(fn, input.rows, { expected: "a list of { area, value, lower?, upper? }", max: 100, items: "bars", key: "area" }, checkRow);
  const reference = input.reference === undefined ? undefined : checkReference(input.reference);
  const confidence = input.confidence === undefined ? 0.95 : checkConfidence(fn, "confidence", input.confidence);
  const decimals = checkWhole(fn, "decimals", input.decimals, 0, 6, 1);
  if (input.judgedBy !== undefined && (typeof input.judgedBy !== "string" || input.judgedBy.trim() === "")) {
    throw new ChartsError("invalid-argument", `${fn}: judgedBy is ${JSON.stringify(input.judgedBy)}: expected the words naming a test.`, { field: "judgedBy" });
  }
  const styles = resolveStyles(
    checked.map((row) => row.area),
    checkStyles(fn, input.styles),
    "group",
  );
  const show = (x: number): string => formatNumber(x, decimals);

  const bars: Bar[] = checked
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.value - a.row.value || a.index - b.index)
    .map(({ row }) => ({
      area: row.area,
      value: row.value,
      lower: row.lower,
      upper: row.upper,
      colour: styles.styleOf(row.area).colour,
      focus: row.area === styles.focus,
      label: show(row.value),
      labelAt: Math.max(row.value, row.upper ?? row.value),
    }));
  const withIntervals = bars.some((bar) => bar.lower !== null);
  const level = levelWords(confidence);
  const width = input.width ?? 480;
  const height = input.height ?? bars.length * 30;
  const dataMax = Math.max(...bars.map((bar) => bar.labelAt), reference?.value ?? 0);
  const labelSpace = Math.max(...bars.map((bar) => textWidth(bar.label, 12))) + 10;
  const xMax = (dataMax > 0 ? dataMax : 1) * (width / Math.max(width - labelSpace, width / 2));
  // A value label the reference line would cross starts just after the line instead.
  if (reference !== undefined) {
    const pixels = width / xMax;
    for (const [i, bar] of bars.entries()) {
      const start = bar.labelAt * pixels + 5;
      const end = start + textWidth(bar.label, 12);
      const line = reference.value * pixels;
      if (line >= start - 3 && line <= end + 2) bars[i] = { ...bar, labelAt: reference.value };
    }
  }
  const xTitle = withIntervals ? [input.xTitle, `Lines: ${level} confidence intervals`] : input.xTitle;
  const focusTest = `datum.value === ${JSON.stringify(styles.focus ?? "")}`;
  const y = { field: "area", type: "nominal", sort: bars.map((bar) => bar.area), title: null };

  const layers: Record<string, unknown>[] = [
    {
      // Comparators as a pale fill inside an outline in their colour (the outline meets 3:1), the focus area solid: the strongest mark.
      mark: { type: "bar", cornerRadiusEnd: 0, strokeWidth: 1.5 },
      encoding: {
        y: {
          ...y,
          scale: { paddingInner: 0.3, paddingOuter: 0.15 },
          axis: {
            ticks: false,
            labelPadding: 6,
            labelFontWeight: { condition: { test: focusTest, value: "bold" }, value: "normal" },
            labelLimit: 0,
          },
        },
        x: {
          field: "value",
          type: "quantitative",
          title: xTitle,
          scale: { domain: [0, xMax], zero: true, nice: false },
          axis: { format: ",~f", grid: true, tickCount: Math.max(2, Math.min(8, Math.floor(width / 70))) },
        },
        fill: { field: "colour", type: "nominal", scale: null, legend: null },
        stroke: { field: "colour", type: "nominal", scale: null, legend: null },
        fillOpacity: { condition: { test: "datum.focus", value: 1 }, value: 0.25 },
      },
    },
  ];
  if (withIntervals) {
    layers.push(
      {
        transform: [{ filter: "datum.lower !== null" }],
        mark: { type: "rule", color: palette.text, strokeWidth: 1.5 },
        encoding: { y, x: { field: "lower", type: "quantitative" }, x2: { field: "upper" } },
      },
      {
        transform: [{ filter: "datum.lower !== null" }, { fold: ["lower", "upper"], as: ["end", "at"] }],
        mark: { type: "tick", orient: "vertical", color: palette.text, thickness: 1.5, size: 12 },
        encoding: { y, x: { field: "at", type: "quantitative" } },
      },
    );
  }
  for (const focus of [false, true]) {
    layers.push({
      transform: [{ filter: focus ? "datum.focus" : "!datum.focus" }],
      mark: { type: "text", align: "left", baseline: "middle", dx: 5, fontSize: 12, fontWeight: focus ? "bold" : "normal", color: palette.text },
      encoding: { y, x: { field: "labelAt", type: "quantitative" }, text: { field: "label" } },
    });
  }
  if (reference !== undefined) {
    const referenceData = { values: [{ value: reference.value, label: `${reference.label}: ${show(reference.value)}` }] };
    layers.push(
      {
        data: referenceData,
        mark: { type: "rule", color: palette.benchmarkArea, strokeWidth: 2, strokeDash: [8, 4] },
        encoding: { x: { field: "value", type: "quantitative" } },
      },
      {
        data: referenceData,
        mark: { type: "text", align: "center", baseline: "bottom", dy: -4, fontSize: 12, color: palette.text },
        encoding: { x: { field: "value", type: "quantitative" }, y: { value: 0 }, text: { field: "label" } },
      },
    );
  }

  const view = { width, height, data: { values: bars }, layer: layers };
  const table = {
    columns: ["Area", input.xTitle, ...(withIntervals ? [`${level} confidence interval`] : [])],
    rows: [
      ...bars.map((bar) => [
        bar.area,
        bar.label,
        ...(withIntervals ? [bar.lower === null ? "" : `${show(bar.lower)} to ${show(bar.upper ?? bar.value)}`] : []),
      ]),
      ...(reference === undefined ? [] : [[`${reference.label} (reference)`, show(reference.value), ...(withIntervals ? [""] : [])]]),
    ],
  };
  const notes = withIntervals ? [] : ["No confidence intervals are given, so the chart cannot show which differences may be chance."];
  return finishChart("comparison", input, { view, summary: summary(input.xTitle, bars, reference, styles.focus, level, show, input.judgedBy), table, notes });
}

/** The text alternative's summary: the values in drawn order, then what the intervals support about the focus area. */
function summary(
  xTitle: string,
  bars: readonly Bar[],
  reference: { label: string; value: number } | undefined,
  focus: string | null,
  level: string,
  show: (x: number) => string,
  judgedBy?: string,
): string {
  const withIntervals = bars.some((bar) => bar.lower !== null);
  const listed = bars.map((bar) => `${bar.area} ${bar.label}${bar.lower === null ? "" : ` (${show(bar.lower)} to ${show(bar.upper ?? bar.value)})`}`);
  const sentences = [
    `Bar chart of ${lowerFirst(oneLine(xTitle))}, by area${withIntervals ? `, with ${level} confidence intervals` : ""}, sorted high to low: ${listed.join(", ")}.`,
  ];
  const referenceWords = reference === undefined ? "" : `${reference.label} at ${show(reference.value)}`;
  const focusBar = bars.find((bar) => bar.area === focus);
  if (focusBar === undefined || focusBar.lower === null || focusBar.upper === null) {
    if (reference !== undefined) sentences.push(`The reference line is ${referenceWords}.`);
    return sentences.join(" ");
  }
  if (judgedBy !== undefined) {
    if (reference !== undefined) sentences.push(`The reference line is ${referenceWords}.`);
    sentences.push(`Whether ${focusBar.area}'s value differs from another is judged by ${judgedBy}, not by whether the intervals overlap.`);
    return sentences.join(" ");
  }
  const { lower, upper } = focusBar;
  const others = bars.filter((bar) => bar !== focusBar);
  const overlap = others.filter((bar) => bar.lower !== null && bar.upper !== null && bar.lower <= upper && bar.upper >= lower).map((bar) => bar.area);
  const above = others.filter((bar) => bar.lower !== null && bar.lower > upper).map((bar) => `${bar.area}'s`);
  const below = others.filter((bar) => bar.upper !== null && bar.upper < lower).map((bar) => `${bar.area}'s`);
  const without = others.filter((bar) => bar.lower === null).map((bar) => bar.area);
  const parts: string[] = [];
  if (overlap.length > 0)
    parts.push(`The interval${overlap.length > 1 ? "s" : ""} of ${listWords(overlap)} overlap${overlap.length > 1 ? "" : "s"} ${focusBar.area}'s`);
  const wholly = [
    ...(above.length > 0
      ? [`${listWords(above)} lie${above.length > 1 ? "" : "s"} wholly above ${parts.length > 0 ? "it" : `${focusBar.area}'s interval`}`]
      : []),
    ...(below.length > 0
      ? [`${listWords(below)} lie${below.length > 1 ? "" : "s"} wholly below ${parts.length > 0 || above.length > 0 ? "it" : `${focusBar.area}'s interval`}`]
      : []),
  ];
  if (wholly.length > 0) parts.push(capitalFirst(listWords(wholly), parts.length === 0));
  if (parts.length > 0) sentences.push(`${parts.join("; ")}.`);
  if (without.length > 0) sentences.push(`No interval is given for ${listWords(without)}.`);
  if (reference !== undefined) {
    const where = reference.value > upper ? "above" : reference.value < lower ? "below" : "within";
    sentences.push(`The reference line, ${referenceWords}, lies ${where} ${focusBar.area}'s interval.`);
  }
  return sentences.join(" ");
}

/** The text with its first letter in capitals when it starts a sentence. */
function capitalFirst(text: string, starts: boolean): string {
  return starts ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Checks one row and gives its interval as numbers or nulls. */
function checkRow(row: unknown, i: number): { area: string; value: number; lower: number | null; upper: number | null } {
  checkObject(fn, `rows[${i}]`, row, "{ area, value, lower?, upper? }");
  const area = row["area"];
  checkAreaName(fn, area, `rows[${i}].area`);
  const value = checkDrawnNumber(fn, `rows[${i}].value`, row["value"], 0);
  if ((row["lower"] === undefined) !== (row["upper"] === undefined)) {
    throw new ChartsError(
      "invalid-argument",
      `${fn}: rows[${i}] (${area}) gives ${row["lower"] === undefined ? "upper" : "lower"} without ${row["lower"] === undefined ? "lower" : "upper"}: expected both ends of the interval or neither.`,
      { field: `rows[${i}]` },
    );
  }
  if (row["lower"] === undefined) return { area, value, lower: null, upper: null };
  const lower = checkDrawnNumber(fn, `rows[${i}].lower`, row["lower"], 0);
  const upper = checkDrawnNumber(fn, `rows[${i}].upper`, row["upper"], 0);
  if (!(lower <= value && value <= upper)) {
    throw new ChartsError(
      "invalid-number",
      `${fn}: rows[${i}] (${area}) has the interval ${lower} to ${upper}, which does not contain its value ${value}: expected lower ≤ value ≤ upper.`,
      { field: `rows[${i}]`, value, lower, upper },
    );
  }
  return { area, value, lower, upper };
}

/** Checks the reference line. */
function checkReference(reference: unknown): { label: string; value: number } {
  checkObject(fn, "reference", reference, "{ label, value }");
  const label = reference["label"];
  checkAreaName(fn, label, "reference.label");
  return { label, value: checkDrawnNumber(fn, "reference.value", reference["value"], 0) };
}
