import { monthlyChart, type Chart } from "@crimestats/charts";
import type { DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber, neumaierSum } from "@crimestats/internal";
import { addMonths, monthIndex, monthName, type MonthKey, type Period } from "@crimestats/periods";
import { classifyMonths } from "@crimestats/rates";
import type { IncidentCount } from "@crimestats/schema";
import { listWords, monthWords } from "../sections/words.js";
import { fromExactCounts, isHidden, released } from "./released.js";

/** What {@link incidentMonthly} needs. */
export interface IncidentMonthlyInput {
  /** The measure's name, e.g. `"Anti-social behaviour"`. */
  readonly name: string;
  /** The focus area. */
  readonly area: string;
  /** The unit in words, plural (`"incidents"`). */
  readonly unit: string;
  /** The focus area's monthly whole-area rows (one unit, flows). */
  readonly rows: readonly IncidentCount[];
  /** The period assessed (its last month ends the 24 months). */
  readonly current: Period;
  /** The first and last month of the data. */
  readonly span: { readonly first: MonthKey; readonly last: MonthKey };
  /** The disclosure policy. */
  readonly policy: DisclosurePolicy;
  /** The chart's source line. */
  readonly source: { readonly source: string; readonly licence?: string };
}

/** The result of {@link incidentMonthly}. */
export interface IncidentMonthlyResult {
  /** The monthly chart, or `null` when there is none. */
  readonly chart: Chart | null;
  /** The month pattern in a sentence, or `null`. */
  readonly finding: string | null;
  /** The method, or why there is no pattern. */
  readonly note: string;
}

/**
 * The monthly pattern of an incident measure over the 24 months to the end of the period
 * assessed: each month's count released under the policy, the months above and below the
 * 24-month average in both years (`classifyMonths` of @crimestats/rates, "each-year" rule, on the
 * exact monthly counts: rounded counts can misstate a month's place against the average) and the
 * monthly chart (`monthlyChart` of @crimestats/charts) drawn from the released figures with the
 * exact average (the note names any month that the drawn counts place otherwise against the
 * line). When a month's figure is hidden (suppressed or recoded), there is no pattern or
 * chart (a chart cannot draw a hidden figure, an average of the others would mislead, and one of
 * all 24 would give the hidden figure away).
 *
 * @param input - The rows, periods, policy and source.
 * @returns The chart, the sentence and the note, or `null` when the data do not cover the 24 months.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects a count.
 * @example
 * ```ts
 * // 100 a month, 150 in June, July and August, 60 in January and February, over the 24 months to February 2025.
 * const rows = Array.from({ length: 24 }, (_, i) => addMonths("2023-03", i)).map((period) => ({
 *   measure: "asb", area: "A", period, flags: [], count: ["06", "07", "08"].includes(period.slice(5)) ? 150 : ["01", "02"].includes(period.slice(5)) ? 60 : 100,
 * }));
 * incidentMonthly({ name: "Anti-social behaviour", area: "A", unit: "incidents", rows, current: rollingYear("2025-02"),
 *   span: { first: "2023-03", last: "2025-02" }, policy: disclosurePreset("suppress-1-4-round-5"), source: { source: "Council" } })?.finding;
 * //=> "Anti-social behaviour incidents were above the 24-month average in both years in June, July and August, and below it in both years in January, February, March, April, May, September, October, November and December."
 * ```
 */
export function incidentMonthly(input: IncidentMonthlyInput): IncidentMonthlyResult | null {
  const last = monthIndex(input.current.last);
  const first = last - 23;
  if (first < monthIndex(input.span.first)) return null;
  const start = addMonths(input.current.last, -23);
  const months = Array.from({ length: 24 }, (_, i) => addMonths(start, i));
  const counts = months.map((m) => neumaierSum(input.rows.filter((r) => r.period === m).map((r) => r.count)));
  const figures = counts.map((n) => released(n, input.policy));
  if (figures.some((f, i) => f.value === null || isHidden({ count: counts[i] as number, status: f.status }, input.policy))) {
    return {
      chart: null,
      finding: null,
      note: `No monthly pattern is shown: the figures of some of the 24 months to ${monthWords(input.current.last)} are too small to show.`,
    };
  }
  // The pattern from the exact counts; the chart draws the counts as released.
  const c = classifyMonths({ start, values: counts }, { rule: "each-year" });
  const what = `${input.name} ${input.unit}`;
  const above =
    c.above.length === 0
      ? "no month was above the 24-month average in both years"
      : `were above the 24-month average in both years in ${listWords([...c.above])}`;
  const below = c.below.length === 0 ? "no month was below it in both years" : `below it in both years in ${listWords([...c.below])}`;
  const finding =
    c.above.length === 0 && c.below.length === 0
      ? `No month of ${what.toLowerCase()} was above or below the 24-month average (${formatNumber(c.unroundedMean, 0)} a month) in both years.`
      : c.above.length === 0
        ? `${what} were ${below.replace(/^below it/, "below the 24-month average")}; no month was above it in both years.`
        : `${what} ${above}, and ${below}.`;
  const chart = monthlyChart({
    title: `${input.name} in ${input.area}: ${input.unit} per month`,
    ...input.source,
    finding,
    yTitle: `${input.unit.charAt(0).toUpperCase()}${input.unit.slice(1)} per month`,
    months: months.map((month, i) => ({ month, value: figures[i]?.value as number })),
    average: { value: c.unroundedMean, label: "24-month average" },
  });
  // The chart's own words place the drawn (rounded) counts against the line: say where they differ from the finding.
  const side = (v: number): number => Math.sign(v - c.unroundedMean);
  const classOf = (values: readonly number[], i: number): number => {
    const a = side(values[i] as number);
    return a === side(values[i + 12] as number) ? a : 0;
  };
  const drawn = figures.map((f) => f.value as number);
  const differ = months
    .slice(0, 12)
    .map((m, i) => ({ name: monthName(Number(m.slice(5)), "long"), differs: classOf(drawn, i) !== classOf(counts, i) }))
    .filter((m) => m.differs)
    .map((m) => m.name);
  const drawnNote =
    differ.length === 0
      ? ""
      : ` The chart draws the rounded counts, so against its average line ${listWords(differ)} ${differ.length === 1 ? "does" : "do"} not fall where the exact counts put ${differ.length === 1 ? "it" : "them"}.`;
  return {
    chart,
    finding,
    note: `The monthly average is taken over the 24 months from ${monthWords(start)} to ${monthWords(input.current.last)}. A month of the year is above average when it had more than that average in both years, below average when it had fewer in both years; months are compared on counts, which with the same residents every month is the same as comparing rates. The average and each month's place against it are ${fromExactCounts(input.policy, "they")}.${drawnNote}`,
  };
}
