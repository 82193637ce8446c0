import { describeValue, formatNumber, neumaierSum } from "@crimestats/internal";
import { monthIndex, monthName, type MonthKey } from "@crimestats/periods";
import { ChartsError } from "./ChartsError.js";
import { checkChartOptions, checkMonth, checkNumber, checkObject, checkRows, checkText } from "./internal/check.js";
import { finishChart, oneLine } from "./internal/frame.js";
import { listWords, lowerFirst } from "./internal/labels.js";
import { monthShort, monthWords } from "./internal/months.js";
import { dodge, niceTop } from "./internal/scale.js";
import { palette } from "./palette.js";
import type { Chart, ChartOptions, VegaLiteSpec } from "./types.js";

/** One month's value of a {@link monthlyChart}. */
export interface MonthlyValue {
  /** The month, `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** The month's value (a count, not negative), at full precision. */
  readonly value: number;
}

/** Input of {@link monthlyChart}. */
export interface MonthlyChartInput extends ChartOptions {
  /** Title of the value axis with its unit, e.g. `"Offences per month"`. */
  readonly yTitle: string;
  /** Consecutive months, at least 24, in order; the chart draws the last 24. */
  readonly months: readonly MonthlyValue[];
  /** The average drawn as a labelled rule. Default: the mean of the last 24 months, labelled `"24-month average"`. */
  readonly average?: {
    /** The average (not negative). */
    readonly value: number;
    /** Its label, written before its value at the rule's end, e.g. `"Three-year average"`. */
    readonly label: string;
  };
  /** Decimals of the values written in labels, the table and the text alternative (0 to 6). Default 0 (counts). */
  readonly decimals?: number;
}

const fn = "monthlyChart";

/**
 * A monthly chart, the "above and below average months" view: the last 24 months as two
 * 12-month lines over the month names in the runs' order (`Mar` … `Feb`), the earlier year dashed
 * and grey, the later solid in the focus colour, each labelled at its end ("12 months to Feb
 * 2025"), against the average as a labelled horizontal rule. The value axis starts at zero.
 *
 * The text alternative gives the finding first, then for each year how many months were above
 * and below the average with the highest and lowest, and the months above (or below) the average
 * in both years.
 *
 * @param input - Title, source, axis title, the months, and optionally the average.
 * @returns The chart (`kind: "monthly"`); render it with `renderSvg`.
 * @throws {@link ChartsError} `invalid-argument` when a field has the wrong type, there are fewer
 * than 24 months or they are not consecutive; `invalid-month` when a month is not `"YYYY-MM"`;
 * `invalid-number` when a value or the average is not a finite number of at least zero, or
 * `decimals` is not a whole number from 0 to 6.
 * @example
 * ```ts
 * const months = Array.from({ length: 24 }, (_, i) => ({
 *   month: `${2023 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, "0")}`,
 *   value: i % 12 < 6 ? 90 : 110,
 * }));
 * const chart = monthlyChart({ title: "Burglary by month", source: "Metropolitan Police Service", yTitle: "Offences per month", months });
 * chart.description;
 * //=> "Line chart of offences per month, March 2023 to February 2025, as two 12-month runs against the 24-month average (100). 12 months to February 2025: 6 months above the average and 6 below, highest 110 (September 2024), lowest 90 (March 2024). 12 months to February 2024: 6 months above the average and 6 below, highest 110 (September 2023), lowest 90 (March 2023). Above the average in both years: September, October, November, December, January and February. Below the average in both years: March, April, May, June, July and August."
 * ```
 */
export function monthlyChart(input: MonthlyChartInput): Chart {
  checkChartOptions(fn, input);
  checkText(fn, "yTitle", input.yTitle);
  const decimals = input.decimals === undefined ? 0 : checkNumber(fn, "decimals", input.decimals, 0);
  if (!Number.isInteger(decimals) || decimals > 6) {
    throw new ChartsError("invalid-number", `${fn}: decimals is ${describeValue(decimals)}: expected a whole number from 0 to 6.`, { field: "decimals" });
  }
  const all = readMonths(input.months);
  const shown = all.slice(-24);
  const earlier = shown.slice(0, 12);
  const later = shown.slice(12);
  const average = readAverage(input.average, shown);
  const format = (value: number): string => formatNumber(value, decimals);
  const width = input.width ?? 560;
  const height = input.height ?? 260;

  const short = (month: MonthKey): string => monthName(Number(month.slice(5)), "short");
  const order = later.map((m) => short(m.month));
  const runName = (run: readonly MonthlyValue[]): string => {
    return `12 months to ${monthShort((run.at(-1) as MonthlyValue).month)}`;
  };
  const runs = [
    { name: runName(earlier), months: earlier, colour: palette.axis, dash: [6, 3], strokeWidth: 2 },
    { name: runName(later), months: later, colour: palette.focus, dash: [] as number[], strokeWidth: 3 },
  ];

  const top = niceTop(Math.max(average.value, ...shown.map((m) => m.value)), Math.max(2, Math.floor(height / 45)));
  const labelPixels = dodge(
    [...runs.map((run) => height * (1 - (run.months.at(-1) as MonthlyValue).value / top)), height * (1 - average.value / top)],
    14,
    height,
  );
  const toValue = (pixels: number): number => top * (1 - pixels / height);
  const lastName = order.at(-1) as string;

  const x = {
    field: "name",
    type: "ordinal",
    sort: order,
    title: "Month",
    scale: { type: "point", padding: 0.3 },
    axis: { labelAngle: 0, grid: false },
  };
  const y = { field: "value", type: "quantitative", title: oneLine(input.yTitle), scale: { domain: [0, top], zero: true, nice: false } };
  const runLayer = (run: (typeof runs)[number], i: number): VegaLiteSpec => ({
    data: { values: run.months.map((m) => ({ name: short(m.month), month: m.month, value: m.value })) },
    layer: [
      { mark: { type: "line", color: run.colour, strokeDash: run.dash, strokeWidth: run.strokeWidth, strokeJoin: "round" }, encoding: { x, y } },
      {
        transform: [{ filter: { field: "name", equal: lastName } }],
        mark: { type: "point", filled: true, size: 50, opacity: 1, color: run.colour, shape: i === 0 ? "square" : "circle" },
        encoding: { x, y },
      },
    ],
  });
  const labelRows = [
    ...runs.map((run, i) => ({ labelValue: toValue(labelPixels[i] as number), label: run.name, bold: i === 1 })),
    { labelValue: toValue(labelPixels[2] as number), label: `${oneLine(average.label)} ${format(average.value)}`, bold: false },
  ];
  const view: VegaLiteSpec = {
    width,
    height,
    layer: [
      {
        data: { values: [{ value: average.value }] },
        mark: { type: "rule", color: palette.benchmarkArea, strokeDash: [2, 3], strokeWidth: 1.5 },
        encoding: { y },
      },
      runLayer(runs[0] as (typeof runs)[number], 0),
      runLayer(runs[1] as (typeof runs)[number], 1),
      {
        data: { values: labelRows },
        layer: [false, true].map((bold) => ({
          transform: [{ filter: { field: "bold", equal: bold } }],
          // Past the plot's right edge, where the average rule ends.
          mark: { type: "text", align: "left", baseline: "middle", dx: 6, color: palette.text, fontWeight: bold ? "bold" : "normal" },
          encoding: { x: { value: width }, y: { ...y, field: "labelValue" }, text: { field: "label" } },
        })),
      },
    ],
  };
  const table = {
    columns: ["Month", runs[0]?.name as string, runs[1]?.name as string],
    rows: order.map((name, i) => [name, format((earlier[i] as MonthlyValue).value), format((later[i] as MonthlyValue).value)]),
  };
  return finishChart("monthly", input, { view, summary: summarise(input, earlier, later, average, format), table });
}

/** The text alternative after the finding: each year against the average, and the months on the same side in both years. */
function summarise(
  input: MonthlyChartInput,
  earlier: readonly MonthlyValue[],
  later: readonly MonthlyValue[],
  average: { value: number; label: string },
  format: (value: number) => string,
): string {
  const first = (earlier[0] as MonthlyValue).month;
  const last = (later.at(-1) as MonthlyValue).month;
  const parts = [
    `Line chart of ${lowerFirst(oneLine(input.yTitle))}, ${monthWords(first)} to ${monthWords(last)}, as two 12-month runs against the ${lowerFirst(average.label)} (${format(average.value)}).`,
  ];
  for (const run of [later, earlier]) {
    const above = run.filter((m) => m.value > average.value).length;
    const below = run.filter((m) => m.value < average.value).length;
    const high = run.reduce((a, b) => (b.value > a.value ? b : a));
    const low = run.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(
      `12 months to ${monthWords((run.at(-1) as MonthlyValue).month)}: ${above} ${above === 1 ? "month" : "months"} above the average and ${below} below, highest ${format(high.value)} (${monthWords(high.month)}), lowest ${format(low.value)} (${monthWords(low.month)}).`,
    );
  }
  const long = (month: MonthKey): string => monthName(Number(month.slice(5)), "long");
  const both = (side: (m: MonthlyValue) => boolean): string[] => later.filter((m, i) => side(m) && side(earlier[i] as MonthlyValue)).map((m) => long(m.month));
  const aboveBoth = both((m) => m.value > average.value);
  const belowBoth = both((m) => m.value < average.value);
  parts.push(aboveBoth.length === 0 ? "No month was above the average in both years." : `Above the average in both years: ${listWords(aboveBoth)}.`);
  parts.push(belowBoth.length === 0 ? "No month was below the average in both years." : `Below the average in both years: ${listWords(belowBoth)}.`);
  return parts.join(" ");
}

/** Checks the months: at least 24, consecutive, values finite and not negative. */
function readMonths(value: unknown): readonly MonthlyValue[] {
  const rows = checkRows(fn, "months", value, "an array of at least 24 consecutive { month, value }");
  // Array.from reads a hole in the array as undefined, which the checks reject.
  const months = Array.from(rows, (row, i) => {
    checkObject(fn, `months[${i}]`, row, "an object { month, value }");
    return { month: checkMonth(fn, `months[${i}].month`, row["month"]), value: checkNumber(fn, `months[${i}].value`, row["value"], 0) };
  });
  if (months.length < 24) {
    throw new ChartsError("invalid-argument", `${fn}: months has ${months.length} months: expected at least 24 consecutive months.`, { field: "months" });
  }
  for (let i = 1; i < months.length; i++) {
    const month = (months[i] as MonthlyValue).month;
    const previous = (months[i - 1] as MonthlyValue).month;
    if (monthIndex(month) !== monthIndex(previous) + 1) {
      throw new ChartsError("invalid-argument", `${fn}: months[${i}].month is "${month}" after "${previous}": expected consecutive months in order.`, {
        field: `months[${i}].month`,
      });
    }
  }
  return months;
}

/** Checks the average; the default is the mean of the shown months. */
function readAverage(value: unknown, shown: readonly MonthlyValue[]): { value: number; label: string } {
  if (value === undefined) {
    // Each value divided first, so 24 values near the largest number cannot overflow.
    return { value: neumaierSum(shown.map((m) => m.value / shown.length)), label: "24-month average" };
  }
  checkObject(fn, "average", value, "{ value, label }");
  checkText(fn, "average.label", value["label"]);
  return { value: checkNumber(fn, "average.value", value["value"], 0), label: oneLine(value["label"] as string) };
}
