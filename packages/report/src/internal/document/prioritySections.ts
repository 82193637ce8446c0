import { breakFigureLines, findingFootnotes, findingSentences } from "../present.js";
import type { PrioritySection, StrategicAssessmentResult } from "../../types.js";

/** Fewer years of the same period than this make no long-term trend: the change from the year earlier is in the section already. */
const LONG_TREND_YEARS = 3;

/**
 * Whether a priority's "Categories: …" line says something the Summary table does not: it does for
 * a group of categories, unless the group is every category the document counts (all offences,
 * whose make-up the overview's chart shows).
 */
function categoriesSaySomething(result: StrategicAssessmentResult, p: PrioritySection): boolean {
  if (p.categories.length < 2) return false;
  const counted = new Set(result.priorities.flatMap((s) => s.categories));
  return p.categories.length < counted.size;
}

/**
 * Whether a priority's section would hold more than its quick facts, which are its row of the
 * Summary table: a sentence or note on its figures, a chart, a table of other areas, a change, a
 * long-term trend, months, a map or a RAG verdict.
 */
function saysMoreThanSummary(result: StrategicAssessmentResult, p: PrioritySection): boolean {
  return (
    categoriesSaySomething(result, p) ||
    findingSentences(result, p).length > 0 ||
    findingFootnotes(p).length > 0 ||
    p.charts.withheld !== null ||
    p.charts.comparison !== null ||
    p.drivers !== null ||
    p.table.length > 1 ||
    p.explanations.length > 0 ||
    breakFigureLines(result, p).length > 0 ||
    printsLongTrend(p) ||
    p.charts.trend !== null ||
    p.months !== null ||
    p.charts.hotspot !== null ||
    p.rag !== null
  );
}

/**
 * Whether the document prints a section per priority: not when every one of them would only
 * repeat its row of the Summary table (a single period, no other area to compare with), where
 * the Summary table stands for them and {@link noPrioritySectionsText} says why.
 */
export function printsPrioritySections(result: StrategicAssessmentResult): boolean {
  return result.priorities.some((p) => saysMoreThanSummary(result, p));
}

/** The sentence under the Summary table when the document prints no section per priority. */
export function noPrioritySectionsText(result: StrategicAssessmentResult): string {
  const compared = result.priorities.some((p) => p.table.length > 1);
  const reasons = [...(result.previous === null ? ["no year earlier"] : []), ...(compared ? [] : ["no other area to compare with"])];
  const why = reasons.length === 0 ? "" : `with ${reasons.join(" and ")}, `;
  return `There is no section for each priority: ${why}each would only repeat its row of this table.`;
}

/**
 * The notes printed under the Summary table, next to the rates a reader quotes: the caveat that
 * rates per 1,000 residents overstate the risk where few people live compared with those who
 * work in or visit the area (the notes on method give it too).
 */
export function summaryNotes(result: StrategicAssessmentResult): string[] {
  return result.notes.filter((n) => /rates per 1,000 residents overstate/.test(n));
}

/**
 * Whether a priority's long-term trend is printed: when the same period is there for at least
 * three years. With two, it would repeat the change from the year earlier that the section gives.
 */
export function printsLongTrend(p: PrioritySection): boolean {
  return p.longTrend !== null && p.longTrend.samePeriod.length >= LONG_TREND_YEARS;
}

/**
 * The front matter's sentence when the data are too short for a long-term trend but a year
 * earlier is compared (two years of data), or `null`.
 */
export function shortSeriesText(result: StrategicAssessmentResult): string | null {
  if (result.previous === null) return null;
  const short = result.priorities.some((p) => p.longTrend !== null && !printsLongTrend(p));
  return short
    ? `The data hold fewer than ${LONG_TREND_YEARS} years of the same period, too few for a long-term trend: each priority is compared with the year earlier only.`
    : null;
}

/**
 * The sentence after a section's monthly average: the months are classified over two years only,
 * where about one month in four is above the average in both by chance alone. The first section
 * with months says so in full, the later ones briefly.
 */
export function monthsOfTwoYearsText(result: StrategicAssessmentResult, p: PrioritySection): string {
  const first = result.priorities.find((s) => s.months !== null);
  return first === p
    ? "These months describe the two years only: by chance alone about one month in four is above the average in both years, and one in four below, so they are not a seasonal pattern."
    : "These months describe the two years only, not a seasonal pattern.";
}
