import { describeValue, formatNumber, neumaierSum } from "@crimestats/internal";
import { formatPeriod, isMonthKey, monthIndex, samePeriodLastYear, type MonthKey, type Period } from "@crimestats/periods";
import { rollingSums } from "@crimestats/rates";
import { ReportError } from "../../ReportError.js";
import type { VegaLiteSpec } from "../../trendChartSpec.js";
import { capitalise, countText, listWords, monthWords, periodWords, shortMonth, unique } from "./words.js";

/** A change in recording to mark on the long trend: the first month on the new basis and what changed. */
interface LongTrendBreak {
  /** First month recorded on the new basis, `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** What changed, in plain English (shown in the chart's text alternative; its start labels the rule). */
  readonly description: string;
}

/** Input of {@link longTrend}. */
export interface LongTrendInput {
  /** The months of `series`, consecutive, `"YYYY-MM"` (the whole joined series, from the first month available). */
  readonly months: readonly MonthKey[];
  /** The focus area's monthly counts, one per month of `months`. */
  readonly series: ArrayLike<number>;
  /** The assessed period. */
  readonly current: Period;
  /** The period it is compared with (the same period a year earlier). */
  readonly previous: Period;
  /** Changes in recording to mark on the chart (any month; those outside the chart are left out). */
  readonly breaks: readonly LongTrendBreak[];
  /** Runs of months and the release each came from (for the text alternative); default none. */
  readonly sources?: readonly { readonly first: MonthKey; readonly last: MonthKey; readonly vintage: string }[];
  /** What is counted, starting a sentence, e.g. `"Burglary offences"`. Default `"Offences"`. */
  readonly what?: string;
  /** The focus area's name for the chart title, e.g. `"Harrow"`. Default none. */
  readonly area?: string;
}

/** The count of one period in {@link LongTrendResult.samePeriod}. */
export interface SamePeriodCount {
  /** The period's label, e.g. `"12 months to Feb 2024"`. */
  readonly label: string;
  /** First month. */
  readonly first: MonthKey;
  /** Last month. */
  readonly last: MonthKey;
  /** Offences in the period (exact). */
  readonly count: number;
}

/** The long-run level: the mean count of the same period in up to five earlier years. */
export interface LongRunAverage {
  /** How many earlier years the mean is over (5, or fewer when the series is shorter). */
  readonly years: number;
  /** The mean, unrounded. */
  readonly value: number;
  /** The comparison in words, e.g. "Offences in the 12 months to February 2025 (16,419) were above the average of the five previous years (15,020)." */
  readonly explanation: string;
}

/** The long-term trend of a priority in the focus area: the same period in each earlier year, the long-run average and the chart. */
export interface LongTrendResult {
  /** The first month of the series. */
  readonly first: MonthKey;
  /** The assessed period, then the same period in each earlier year the series covers fully, newest first. */
  readonly samePeriod: readonly SamePeriodCount[];
  /** The mean of up to five earlier same-period counts, or `null` when the series holds no earlier year. */
  readonly longRunAverage: LongRunAverage | null;
  /** Vega-Lite chart of rolling-year counts from the first 12 months, the assessed period shaded, changes in recording as labelled rules. */
  readonly chart: VegaLiteSpec;
  /** What the series covers, in words. */
  readonly explanation: string;
}

/** Years in the long-run average. */
const AVERAGE_YEARS = 5;
/** Line breaks and other control characters, which a chart's titles cannot hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is replaced
const LINE_BREAKS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;

/** Number words used in sentences ("the five previous years"). */
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Characters of a break's description shown next to its rule (the whole text is in the text alternative). */
const LABEL_LENGTH = 36;
/** Rows of break labels at the top of the plot. */
const LABEL_ROWS = 4;
/** Width of the plot in pixels. */
const WIDTH = 560;
/** Width of one character of a 10-pixel label, in pixels (an estimate for placing labels). */
const CHAR_WIDTH = 5.6;

/**
 * The long trend of the focus area: the same period in every earlier year the joined series
 * covers, the long-run level (the mean of the five previous same-period counts, or of as many as
 * there are) with a sentence comparing the assessed period with it, and a chart of rolling-year
 * counts from the first month with 12 months of data, with the assessed period shaded and each
 * change in recording drawn as a labelled rule.
 *
 * @param input - The months and counts of the whole series, the compared periods, the changes in recording and what is counted.
 * @returns The same-period counts (newest first), the long-run average (or `null`), the chart and a sentence.
 * @throws {@link ReportError} `invalid-argument` when the months are not consecutive month keys, the
 * counts are not one finite non-negative number per month, the current period is not wholly inside
 * the months, the previous period does not end before it, or a break is not `{ month, description }`.
 * @example
 * ```ts
 * // Six years of 12 months from March 2019; the counts of the year to February 2025 are 1,200 a year.
 * const result = longTrend({ months, series, current: rollingYear("2025-02"), previous: rollingYear("2024-02"), breaks: [] });
 * result.longRunAverage?.explanation;
 * //=> "Offences in the 12 months to February 2025 (1,200) were above the average of the five previous years (1,020)."
 * ```
 */
export function longTrend(input: LongTrendInput): LongTrendResult {
  const { months, series, current, previous, breaks } = checkInput(input);
  const start = monthIndex(months[0] as MonthKey);
  const at = (m: MonthKey): number => monthIndex(m) - start;
  const sumOf = (p: Period): number => {
    const values: number[] = [];
    for (let i = at(p.first); i <= at(p.last); i += 1) values.push(series[i] ?? 0);
    return neumaierSum(values);
  };
  const periods: Period[] = [current];
  for (let p = previous; at(p.first) >= 0; p = samePeriodLastYear(p)) periods.push(p);
  const samePeriod = periods.map((p) => ({ label: p.label, first: p.first, last: p.last, count: sumOf(p) }));
  // One line: the chart's title and axis title are built from it, and a line break there breaks the chart.
  const what = (input.what ?? "Offences").replace(LINE_BREAKS, " ");

  const earlier = samePeriod.slice(1, 1 + AVERAGE_YEARS);
  let longRunAverage: LongRunAverage | null = null;
  if (earlier.length > 0) {
    const value = neumaierSum(earlier.map((s) => s.count)) / earlier.length;
    const now = samePeriod[0]?.count ?? 0;
    // Compared as displayed (whole numbers), so the words never contradict the figures shown.
    const shownNow = countText(now);
    const shownMean = countText(value);
    const relation = shownNow === shownMean ? "the same as" : now > value ? "above" : "below";
    const against =
      earlier.length === 1 ? `the same period a year earlier (${shownMean})` : `the average of the ${numberWord(earlier.length)} previous years (${shownMean})`;
    const oldest = earlier.at(-1) as SamePeriodCount;
    const within = breaks.filter((b) => monthIndex(b.month) > monthIndex(oldest.first) && monthIndex(b.month) <= monthIndex(current.last));
    const caveat =
      within.length === 0
        ? ""
        : ` ${within.length === 1 ? "A change" : "Changes"} in recording (${listWords(unique(within.map((b) => monthWords(b.month))))}) ${within.length === 1 ? "falls" : "fall"} within these years, so the comparison may not be like for like.`;
    longRunAverage = {
      years: earlier.length,
      value,
      explanation: `${what} in ${periodWords(current)} (${shownNow}) were ${relation} ${against}.${caveat}`,
    };
  }

  const last = months.at(-1) as MonthKey;
  const first = months[0] as MonthKey;
  const shown = breaks.filter((b) => monthIndex(b.month) > monthIndex(first) && monthIndex(b.month) <= monthIndex(last));
  const years = samePeriod.length - 1;
  const sentence = [
    `The series runs from ${monthWords(first)} to ${monthWords(last)}`,
    years === 0
      ? `, so ${periodWords(current)} cannot be compared with any earlier year.`
      : `; the same period in ${years === 1 ? "the previous year is" : `each of the ${numberWord(years)} previous years is`} shown for comparison.`,
    shown.length === 0
      ? ""
      : ` ${shown.length === 1 ? "One change" : `${capitalise(numberWord(shown.length))} changes`} in recording ${shown.length === 1 ? "falls" : "fall"} within it (marked on the chart).`,
  ].join("");
  return { first, samePeriod, longRunAverage, chart: chartSpec(input, months, series, shown, what), explanation: sentence };
}

/** The Vega-Lite layers: the shaded assessed period, the rolling-year line, the break rules and their labels. */
function chartSpec(
  input: LongTrendInput,
  months: readonly MonthKey[],
  series: ArrayLike<number>,
  shown: readonly LongTrendBreak[],
  what: string,
): VegaLiteSpec {
  const sums = months.length >= 12 ? rollingSums(Float64Array.from(series), { window: 12 }) : new Float64Array(0);
  const points = [...sums].map((value, k) => ({ date: dateOf(months[k + 11] as MonthKey), value }));
  // Scales round positions to whole pixels: the SVG stays small and has no long decimals.
  const date = { type: "temporal", timeUnit: "utcyearmonth", scale: { round: true } } as const;
  // One rule per month (descriptions of breaks in the same month joined); each label goes in the
  // first of four rows where it does not run into another, and is left out (the rule stays, the
  // text alternative keeps it) when no row has room.
  const byMonth = new Map<MonthKey, string[]>();
  for (const b of shown) byMonth.set(b.month, [...(byMonth.get(b.month) ?? []), b.description]);
  const firstDrawn = Math.min(monthIndex(months[Math.min(11, months.length - 1)] as MonthKey), ...shown.map((b) => monthIndex(b.month)));
  const span = Math.max(monthIndex(months.at(-1) as MonthKey) - firstDrawn, 1);
  const taken: [number, number][][] = Array.from({ length: LABEL_ROWS }, () => []);
  const rules = [...byMonth.entries()]
    .sort(([a], [b]) => monthIndex(a) - monthIndex(b))
    .map(([month, descriptions]) => {
      const label = `${shortMonth(month)}: ${shorten(descriptions.map(undated).join(" "))}`;
      const x = ((monthIndex(month) - firstDrawn) / span) * WIDTH;
      const left = x < 0.6 * WIDTH;
      const extent: [number, number] = left ? [x, x + 3 + label.length * CHAR_WIDTH] : [x - 3 - label.length * CHAR_WIDTH, x];
      const row = taken.findIndex((r) => r.every(([a, b]) => extent[1] + 4 < a || extent[0] > b + 4));
      if (row >= 0) taken[row]?.push(extent);
      return { date: dateOf(month), label: row < 0 ? "" : label, row: 4 + 13 * Math.max(row, 0), left };
    });
  const current = input.current;
  const title = `${what}${input.area === undefined ? "" : ` in ${input.area.replace(LINE_BREAKS, " ")}`}: rolling 12-month count`;
  const description = [
    `Line chart: ${title}.`,
    points.length === 0
      ? " The series holds fewer than 12 months, so no rolling 12-month count is drawn."
      : ` From ${countText(points[0]?.value ?? 0)} in the 12 months to ${monthWords(months[11] as MonthKey)} to ${countText(points.at(-1)?.value ?? 0)} in the 12 months to ${monthWords(months.at(-1) as MonthKey)}.`,
    ` The shaded band is ${formatPeriod(current, "long")}.`,
    // The break months with their short labels only (the document lists each change once, in full).
    ...(shown.length === 0
      ? []
      : [
          ` Changes in recording marked: ${listWords(
            [...shown].sort((a, b) => monthIndex(a.month) - monthIndex(b.month)).map((b) => `${monthWords(b.month)} (${b.description.replace(/[.]+$/, "")})`),
          )}.`,
        ]),
    ...(input.sources ?? []).map((s) => ` ${monthWords(s.first)} to ${monthWords(s.last)} from release ${s.vintage}.`),
  ].join("");
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    description,
    width: WIDTH,
    height: 260,
    layer: [
      {
        data: { values: [{ first: dateOf(current.first), last: dateOf(current.last) }] },
        mark: { type: "rect", color: "#d9e2ef", opacity: 0.8 },
        encoding: { x: { field: "first", ...date }, x2: { field: "last" } },
      },
      {
        // The shaded band's name, inside it at the bottom right.
        data: { values: [{ last: dateOf(current.last), label: `Assessed: ${current.label}` }] },
        mark: { type: "text", align: "right", baseline: "bottom", dx: -3, y: 256, fontSize: 10, color: "#333333" },
        encoding: { x: { field: "last", ...date }, text: { field: "label", type: "nominal" } },
      },
      {
        data: { values: points },
        mark: { type: "line", color: "#1d4f91", strokeWidth: 2 },
        encoding: {
          x: {
            field: "date",
            ...date,
            title: "Rolling year ending",
            axis: { format: "%Y", labelAngle: 0, tickCount: { interval: "year", step: 1 }, labelOverlap: "greedy" },
          },
          y: { field: "value", type: "quantitative", title: `${what} (rolling 12 months)`, scale: { zero: false, round: true }, axis: { format: ",d" } },
        },
      },
      {
        data: { values: rules },
        mark: { type: "rule", color: "#555555", strokeDash: [4, 3] },
        encoding: { x: { field: "date", ...date } },
      },
      // Labels to the right of their rule in the first 60% of the chart, to the left after it (so none runs off the edge).
      ...[true, false].map((left) => ({
        data: { values: rules.filter((r) => r.left === left && r.label !== "") },
        mark: { type: "text", align: left ? "left" : "right", baseline: "top", dx: left ? 3 : -3, fontSize: 10, color: "#333333" },
        encoding: { x: { field: "date", ...date }, y: { field: "row", type: "quantitative", scale: null }, text: { field: "label", type: "nominal" } },
      })),
    ],
    config: { font: "sans-serif" },
  };
}

/** Checks the input's types and ranges before anything is read; returns the parts with their types. */
function checkInput(input: LongTrendInput): {
  months: readonly MonthKey[];
  series: ArrayLike<number>;
  current: Period;
  previous: Period;
  breaks: readonly LongTrendBreak[];
} {
  const bad = (what: string, value: unknown, expected: string): ReportError =>
    new ReportError("invalid-argument", `The long trend's ${what} is ${describeValue(value)}: expected ${expected}.`, { field: what });
  if (typeof input !== "object" || input === null) throw bad("input", input, "an object with months, series, current, previous and breaks");
  const { months, series, current, previous, breaks } = input;
  if (!Array.isArray(months) || months.length === 0) throw bad("months", months, 'a non-empty list of "YYYY-MM" months');
  months.forEach((m: unknown, i) => {
    if (!isMonthKey(m) || (i > 0 && monthIndex(m) !== monthIndex(months[i - 1] as MonthKey) + 1))
      throw bad(`month ${i + 1}`, m, 'consecutive "YYYY-MM" months');
  });
  if (series === null || typeof series !== "object" || series.length !== months.length) throw bad("series", series, `${months.length} counts, one per month`);
  for (let i = 0; i < series.length; i += 1) {
    const v = series[i];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw bad(`count for ${months[i]}`, v, "a finite number of 0 or more");
  }
  const start = monthIndex(months[0] as MonthKey);
  const end = monthIndex(months.at(-1) as MonthKey);
  if (
    typeof current !== "object" ||
    current === null ||
    !isMonthKey(current.first) ||
    !isMonthKey(current.last) ||
    monthIndex(current.first) < start ||
    monthIndex(current.last) > end
  )
    throw bad("current period", current, `a period inside ${months[0]} to ${months.at(-1)}`);
  if (
    typeof previous !== "object" ||
    previous === null ||
    !isMonthKey(previous.first) ||
    !isMonthKey(previous.last) ||
    monthIndex(previous.last) >= monthIndex(current.first)
  )
    throw bad("previous period", previous, `a period ending before ${current.first}`);
  if (!Array.isArray(breaks)) throw bad("breaks", breaks, "a list of { month, description }");
  breaks.forEach((b: unknown, i) => {
    const o = b as Partial<LongTrendBreak> | null;
    if (typeof o !== "object" || o === null || !isMonthKey(o.month) || typeof o.description !== "string")
      throw bad(`break ${i + 1}`, b, '{ month: "YYYY-MM", description }');
  });
  return { months, series, current, previous, breaks };
}

/** "2024-03" → the UTC instant Vega-Lite reads as March 2024. */
function dateOf(month: MonthKey): string {
  return `${month}-01T00:00:00Z`;
}

/** A description without the "From March 2024" it starts with (the label gives the month): "From March 2024 the files …" → "the files …". */
function undated(description: string): string {
  return description.replace(/^from \w+ \d{4},?\s*/i, "");
}

/** A description cut to the label length at a word boundary, with "…" when cut. */
function shorten(text: string): string {
  if (text.length <= LABEL_LENGTH) return text;
  const cut = text.slice(0, LABEL_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** 5 → "five"; numbers above ten in figures. */
function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? formatNumber(n, 0);
}
