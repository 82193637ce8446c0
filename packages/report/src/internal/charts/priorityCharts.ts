import { comparisonChart, driversChart, monthlyChart, trendChart, type AreaStyles, type Chart } from "@crimestats/charts";
import { monthIndex, type MonthKey } from "@crimestats/periods";
import { byarInterval } from "@crimestats/rates";
import type { BenchmarkRow, Drivers, MonthPattern, PriorityChange, RateComparison, ReportPeriod } from "../../types.js";
import { capitalise, listWords } from "../sections/words.js";
import type { SourceLine } from "./sources.js";

/** Line breaks and other control characters, which a chart's titles cannot hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is replaced
const LINE_BREAKS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;
/** Characters of a break's label on the trend chart (the section lists each change in full). */
const LABEL_LENGTH = 32;
/** Rates per 1,000 residents. */
const PER = 1000;
/** Level of the comparison chart's intervals. */
const CONFIDENCE = 0.95;

/** A name on one line (a line break in a chart's title breaks the chart). */
export function oneLineName(name: string): string {
  return name.replace(LINE_BREAKS, " ").trim();
}

/** What the charts of one priority section are drawn from. */
export interface PriorityChartsInput {
  /** The priority's name. */
  readonly name: string;
  /** The focus area. */
  readonly area: string;
  /** The benchmark area's name. */
  readonly benchmarkArea: string;
  /** The compared periods (`previous` is `null` in a single-period assessment). */
  readonly previous: ReportPeriod | null;
  readonly current: ReportPeriod;
  /** The document's area styles. */
  readonly styles: AreaStyles;
  /** Source lines: of counts, and of rates. */
  readonly sources: { readonly counts: SourceLine; readonly rates: SourceLine };
  /** Rolling-year rates of the focus area, its comparators and the benchmark area. */
  readonly points: readonly { readonly series: string; readonly month: MonthKey; readonly value: number }[];
  /** Changes in recording that affect the focus area's figure, with a short description. */
  readonly breaks: readonly { readonly month: MonthKey; readonly description: string }[];
  /** The benchmark table. */
  readonly table: readonly BenchmarkRow[];
  /** The verdicts of the section. */
  readonly change: PriorityChange | null;
  readonly vsBenchmarkArea: RateComparison;
  readonly vsComparatorGroup: RateComparison;
  /** The focus area's monthly counts over the 24 months to the end of the current period, with the month pattern, or `null`. */
  readonly monthly: { readonly months: readonly { readonly month: MonthKey; readonly value: number }[]; readonly pattern: MonthPattern } | null;
  /** What drove the change, or `null`. */
  readonly drivers: Drivers | null;
}

/** The first sentence of a text (up to its first full stop followed by a space). */
function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/**
 * The trend chart: rolling-year rates of the focus area, its comparators and the benchmark area,
 * the current period shaded, the changes in recording inside the drawn months as labelled rules;
 * the finding is the verdict on the focus area's change (its first sentence: the caveats are in
 * the section next to it).
 */
export function trendOf(input: PriorityChartsInput): Chart {
  const name = oneLineName(input.name);
  const first = Math.min(...input.points.map((p) => monthIndex(p.month)));
  const last = monthIndex(input.current.last);
  return trendChart({
    title: `${name}: rolling-year rate per 1,000 residents`,
    ...input.sources.rates,
    ...(input.change === null ? {} : { finding: firstSentence(input.change.explanation) }),
    yTitle: "Offences per 1,000 residents (rolling 12 months)",
    points: input.points,
    styles: input.styles,
    period: { first: input.current.first, last: input.current.last, label: input.current.label },
    breaks: breakRules(input.breaks, first, last),
    decimals: 2,
  });
}

/**
 * The comparison chart: the current rate of the focus area and each comparator with its 95%
 * interval (Byar's approximation to the exact Poisson interval of the count, `byarInterval` of
 * @crimestats/rates, over the residents), the benchmark area's rate as a labelled reference; the
 * finding is the section's comparisons with the benchmark area and the comparator group, whose
 * test the text alternative names instead of judging the intervals' overlap; `null`
 * when there is nothing to compare the focus area with (no comparator and no benchmark area row).
 */
export function comparisonOf(input: PriorityChartsInput): Chart | null {
  const name = oneLineName(input.name);
  const rows = input.table
    .filter((r) => r.role !== "benchmark-area" && r.current.population > 0)
    .map((r) => {
      const interval = byarInterval(r.current.count, CONFIDENCE);
      const per = PER / r.current.population;
      return { area: r.area, value: r.current.rate, lower: interval.lower * per, upper: interval.upper * per };
    });
  const benchmark = input.table.find((r) => r.role === "benchmark-area");
  if (rows.length < 2 && benchmark === undefined) return null;
  const findings = [input.vsBenchmarkArea, input.vsComparatorGroup].filter((v) => v.outcome !== "not-compared").map((v) => v.explanation);
  return comparisonChart({
    title: `${name}: rate per 1,000 residents, ${input.current.label}`,
    ...input.sources.rates,
    ...(findings.length === 0 ? {} : { finding: findings.join(" ") }),
    xTitle: `Offences per 1,000 residents, ${input.current.label}`,
    rows,
    ...(benchmark === undefined ? {} : { reference: { label: `${oneLineName(benchmark.area)} rate`, value: benchmark.current.rate } }),
    styles: input.styles,
    confidence: CONFIDENCE,
    decimals: 2,
    // The verdicts (the finding) come from the test of the two rates, not from the intervals drawn.
    judgedBy: "the exact test of two Poisson rates",
  });
}

/**
 * The monthly chart: the focus area's offences in each of the 24 months to the end of the
 * current period, as two 12-month runs, with the 24-month average; the finding is the month
 * pattern in words (the months above and below the average in both years).
 */
export function monthlyOf(input: PriorityChartsInput): Chart | null {
  if (input.monthly === null) return null;
  const { months, pattern } = input.monthly;
  const name = oneLineName(input.name);
  const parts = [
    pattern.above.length === 0 ? "No month was above the average in both years" : `Above the average in both years: ${listWords(pattern.above)}`,
    pattern.below.length === 0 ? "no month was below it in both years" : `below it in both years: ${listWords(pattern.below)}`,
  ];
  return monthlyChart({
    title: `${name} in ${oneLineName(input.area)}: offences per month`,
    ...input.sources.counts,
    finding: `${parts.join("; ")}.`,
    yTitle: "Offences per month",
    months,
    average: { value: pattern.mean, label: "24-month average" },
  });
}

/** The drivers chart: each part's change in offences, largest first; the finding is the drivers sentence. */
export function driversOf(input: PriorityChartsInput): Chart | null {
  if (input.drivers === null || input.previous === null) return null;
  const name = oneLineName(input.name);
  return driversChart({
    title: `${name}: what drove the change in ${oneLineName(input.area)}`,
    ...input.sources.counts,
    finding: input.drivers.explanation,
    xTitle: `Change in offences, ${input.previous.label} to ${input.current.label}`,
    rows: input.drivers.rows.map((r) => ({ name: capitalise(r.name), change: r.change, share: r.share })),
  });
}

/**
 * The labelled rules of changes in recording after month index `after` up to `last`: one per month
 * (the descriptions of one month joined), labelled with the description without its date (the
 * rule stands at the month), cut at a word to 32 characters (the document lists each change in full).
 */
export function breakRules(
  breaks: readonly { readonly month: MonthKey; readonly description: string }[],
  after: number,
  last: number,
): { month: MonthKey; label: string }[] {
  const byMonth = new Map<MonthKey, string[]>();
  for (const b of breaks) {
    const at = monthIndex(b.month);
    const text = b.description.replace(/^from \w+ \d{4},?\s*/i, "");
    if (at > after && at <= last) byMonth.set(b.month, [...new Set([...(byMonth.get(b.month) ?? []), text])]);
  }
  return [...byMonth.entries()].sort(([a], [b]) => monthIndex(a) - monthIndex(b)).map(([month, texts]) => ({ month, label: shorten(texts.join("; ")) }));
}

/** A text cut to the label length at a word boundary, with "…" when cut. */
function shorten(text: string): string {
  if (text.length <= LABEL_LENGTH) return text;
  const cut = text.slice(0, LABEL_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/**
 * Why a priority's section draws no charts, or `null` when it draws them: none when its change
 * is too few to judge, or it has no offences in either period (too few offences for a chart to
 * show anything but chance); its figures and tables stay.
 */
export function chartsWithheld(change: PriorityChange | null, table: readonly BenchmarkRow[]): string | null {
  const focus = table.find((r) => r.role === "focus");
  if (focus !== undefined && focus.previous === null && focus.current.count === 0) {
    return "No charts for this priority: it has no offences in the period, so a chart would show nothing.";
  }
  if (focus !== undefined && focus.previous?.count === 0 && focus.current.count === 0) {
    return "No charts for this priority: it has no offences in either period, so a chart would show nothing.";
  }
  if (change?.verdict === "too-few-to-judge") {
    return "No charts for this priority: too few offences for a chart to show anything but chance.";
  }
  return null;
}
