import { trendChart, type AreaStyles, type Chart } from "@crimestats/charts";
import { describeValue, formatNumber, neumaierSum } from "@crimestats/internal";
import { isMonthKey, monthIndex, samePeriodLastYear, type MonthKey, type Period } from "@crimestats/periods";
import { rollingSums } from "@crimestats/rates";
import { ReportError } from "../../ReportError.js";
import { breakRules } from "../charts/priorityCharts.js";
import type { SourceLine } from "../charts/sources.js";
import { capitalise, countText, listWords, monthWords, periodWords, unique } from "./words.js";

/** A change in recording to mark on the long trend: the first month on the new basis and what changed. */
interface LongTrendBreak {
  /** First month recorded on the new basis, `"YYYY-MM"`. */
  readonly month: MonthKey;
  /** What changed, in plain English (its start labels the rule). */
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
  /** What is counted, starting a sentence, e.g. `"Burglary offences"`. Default `"Offences"`. */
  readonly what?: string;
  /** The focus area's name for the chart title and its line, e.g. `"Harrow"`. Default none. */
  readonly area?: string;
  /** The chart's source line and licence, e.g. `{ source: "Metropolitan Police Service (London Datastore)" }`. Default `"Police recorded crime"`, OGL v3.0. */
  readonly source?: SourceLine;
  /** The document's area styles (`areaStyles` of @crimestats/charts), so the focus area's line is drawn as in every other chart. */
  readonly styles?: AreaStyles;
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
  /** The focus area's rolling 12-month count from the first 12 months of the series (`trendChart` of @crimestats/charts, from zero), the assessed period shaded, changes in recording as labelled rules; its finding is the comparison with the long-run average; `null` when the priority has no charts (`PriorityCharts.withheld` says why). */
  readonly chart: Chart | null;
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

/**
 * The long trend of the focus area, up to the assessed period's last month (later months of the
 * series are left out): the same period in every earlier year the joined series covers, the long-run level (the mean of the five previous same-period counts, or of as many as
 * there are) with a sentence comparing the assessed period with it, and a chart of rolling-year
 * counts from the first month with 12 months of data, with the assessed period shaded and each
 * change in recording drawn as a labelled rule.
 *
 * @param input - The months and counts of the whole series, the compared periods, the changes in recording and what is counted.
 * @returns The same-period counts (newest first), the long-run average (or `null`), the chart and a sentence.
 * @throws {@link ReportError} `invalid-argument` when the months are fewer than 12 or not consecutive month keys, the
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
export function longTrend(input: LongTrendInput): LongTrendResult & { readonly chart: Chart } {
  const checked = checkInput(input);
  const { current, previous, breaks } = checked;
  // Nothing after the assessed period is shown: the series, its chart and its sentence end at the period's last month.
  const kept = monthIndex(current.last) - monthIndex(checked.months[0] as MonthKey) + 1;
  const months = checked.months.slice(0, kept);
  const series = Array.from(checked.series).slice(0, kept);
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
  // The changes the chart marks: after its first month (the rolling year to the 12th month of the series).
  const drawnFrom = monthIndex(months[11] as MonthKey);
  const shown = breaks.filter((b) => monthIndex(b.month) > drawnFrom && monthIndex(b.month) <= monthIndex(last));
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
  return {
    first,
    samePeriod,
    longRunAverage,
    chart: chartOf(input, months, series, shown, what, longRunAverage?.explanation ?? sentence),
    explanation: sentence,
  };
}

/**
 * The chart: the focus area's rolling 12-month count from the first 12 months of the series
 * (`trendChart` of @crimestats/charts, y from zero), the assessed period shaded and each change in
 * recording a labelled rule (breaks of the same month share one rule); the finding is the
 * comparison with the long-run average when there is one, else the span of the series.
 */
function chartOf(
  input: LongTrendInput,
  months: readonly MonthKey[],
  series: ArrayLike<number>,
  shown: readonly LongTrendBreak[],
  what: string,
  finding: string,
): Chart {
  const sums = rollingSums(Float64Array.from(series), { window: 12 });
  const area = input.area === undefined ? "" : input.area.replace(LINE_BREAKS, " ");
  const name = area === "" ? "Offences" : area;
  const points = [...sums].map((value, k) => ({ series: name, month: months[k + 11] as MonthKey, value }));
  const title = `${what}${area === "" ? "" : ` in ${area}`}: rolling 12-month count`;
  const current = input.current;
  return trendChart({
    title,
    ...(input.source ?? { source: "Police recorded crime" }),
    finding,
    yTitle: `${what} (rolling 12 months)`,
    points,
    ...(input.styles === undefined ? {} : { styles: input.styles }),
    period: { first: current.first, last: current.last, label: current.label },
    // Rules after the first month drawn (the rolling year to the 12th month of the series).
    breaks: breakRules(shown, monthIndex(months[11] as MonthKey), monthIndex(months.at(-1) as MonthKey)),
    decimals: 0,
  });
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
  if (!Array.isArray(months) || months.length < 12) throw bad("months", months, 'a list of at least 12 "YYYY-MM" months (one rolling year)');
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

/** 5 → "five"; numbers above ten in figures. */
function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? formatNumber(n, 0);
}
