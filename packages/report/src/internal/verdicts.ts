import { formatNumber } from "@crimestats/internal";
import { classifyChange, rate, rateRatioTest, RatesError } from "@crimestats/rates";
import type { BenchmarkRow, PriorityChange, RateComparison } from "../types.js";
import type { BreakNote } from "./sections/breakNotes.js";
import { monthWords } from "./sections/words.js";
import { monthIndex, type MonthKey } from "@crimestats/periods";
import type { DetectedBreak } from "@crimestats/police-data";
import type { RecordingBreak } from "@crimestats/schema";

/** One period's count and population of a figure. */
interface Side {
  readonly count: number;
  readonly population: number;
}

const PER = 1000;

/** "+146" / "−146" with thousands separators. */
const signed = (x: number): string => formatNumber(x, 0, { signed: true });

/** "5.3%" with a sign, or `null` from zero. */
function signedPercent(previous: number, current: number): string | null {
  return previous === 0 ? null : `${formatNumber(((current - previous) / previous) * 100, 1, { signed: true })}%`;
}

/**
 * The verdict on a change (classifyChange of @crimestats/rates at 95%) with a sentence: "Burglary
 * offences in Harrow rose from 2,240 to 2,386 (+146, +6.5%) in the 12 months to February 2025
 * compared with the 12 months to February 2024: no significant change."
 */
export function changeVerdict(
  what: string,
  area: string,
  previous: Side,
  current: Side,
  periods: { previous: string; current: string },
  conservative?: { readonly judgedOn: { readonly previous: number; readonly current: number }; readonly why: string },
): PriorityChange {
  const c = classifyChange(previous, current, { confidence: 0.95 });
  const moved =
    current.count === previous.count
      ? `stayed at ${formatNumber(current.count, 0)}`
      : `${current.count > previous.count ? "rose" : "fell"} from ${formatNumber(previous.count, 0)} to ${formatNumber(current.count, 0)} (${[
          signed(current.count - previous.count),
          signedPercent(previous.count, current.count),
        ]
          .filter((x) => x !== null)
          .join(", ")})`;
  // With a different population in each period the verdict is on the rate, which may move unlike the count.
  const rateNote =
    previous.population === current.population || c.verdict === "too-few-to-judge"
      ? ""
      : ` in the rate per 1,000 residents (${formatNumber(rate(previous.count, previous.population, { per: PER }).value, 2)} to ${formatNumber(rate(current.count, current.population, { per: PER }).value, 2)})`;
  if (conservative !== undefined) {
    // Significant as counted, but not with what a change in recording may explain taken off: the verdict on the counts without it.
    const { judgedOn, why } = conservative;
    const a = classifyChange(
      { count: judgedOn.previous, population: previous.population },
      { count: judgedOn.current, population: current.population },
      { confidence: 0.95 },
    );
    // Significant the other way without it: the direction itself is not robust, so no significant change is claimed.
    const verdict = a.verdict === "significant-rise" || a.verdict === "significant-fall" ? "no-significant-change" : a.verdict;
    return {
      verdict,
      explanation: `${what} in ${area} ${moved} in ${periods.current} compared with ${periods.previous}: ${verdict === a.verdict ? a.explanation : "no significant change"}; ${why} (see Changes in recording).`,
      footnote: `Whether a change is significant: judged on ${formatNumber(judgedOn.previous, 0)} and ${formatNumber(judgedOn.current, 0)} offences, without the offences a change in recording may explain. ${a.method}`,
    };
  }
  return {
    verdict: c.verdict,
    explanation: `${what} in ${area} ${moved} in ${periods.current} compared with ${periods.previous}: ${c.explanation}${rateNote}.`,
    footnote: `Whether a change is significant: ${lowerFirst(c.method)}`,
  };
}

/**
 * The method of {@link rateComparison}, said once in the notes of a document (the sections give
 * their p-values and what they were compared with).
 */
export const RATE_COMPARISON_METHOD =
  "Method: exact conditional test of two Poisson rates (two-sided, as R's poisson.test), significant at 95% when p < 0.05 and at 99.8% when p < 0.002, with no judgement of better or worse.";

/** "p = 0.10", "p = 0.039", "p = 0.0015", "p < 0.001": two significant figures, at least two decimals. */
function pWords(p: number): string {
  if (p < 0.001) return "p < 0.001";
  return `p = ${formatNumber(p, Math.max(2, 1 - Math.floor(Math.log10(p))))}`;
}

/**
 * The focus area's rate against another area's, without judgement: "significantly lower than" or
 * "not significantly different from" (never "similar": no evidence of a difference is not
 * evidence that there is none). Both rates are uncertain, so the two are compared by the exact
 * conditional test of two Poisson rates (`rateRatioTest` of @crimestats/rates, as R's
 * `poisson.test`): the focus area's count and residents against the other side's own — a
 * comparator group pooled without the focus area, and an area that holds the focus area
 * (`includesFocus`, the benchmark area) without the focus area's offences and residents (the rest
 * of it lies on the same side of the focus area's rate as the whole). Significant at 95% when
 * p < 0.05 and at 99.8% when p < 0.002. The sentence gives the other side's whole rate; the
 * footnote the p-value and the counts compared with.
 */
export function rateComparison(
  area: string,
  focus: Side,
  other: (Side & { readonly includesFocus?: boolean }) | null,
  names: { readonly subject: string; readonly against: string; readonly basis: string; readonly period: string; readonly unit?: string },
): RateComparison {
  const notCompared = (why: string, shown: number | null): RateComparison => ({
    outcome: "not-compared",
    significance: null,
    rate: shown,
    explanation: `${area}'s ${names.subject} is not compared with ${names.against}: ${why}.`,
    footnote: "",
  });
  if (other === null || other.population <= 0) return notCompared("there is no rate to compare with", null);
  const otherRate = rate(other.count, other.population, { per: PER }).value;
  const against = other.includesFocus === true ? { count: other.count - focus.count, population: other.population - focus.population } : other;
  if (against.population <= 0 || against.count < 0) return notCompared(`it has no residents or offences outside ${area}`, otherRate);
  const focusRate = rate(focus.count, focus.population, { per: PER }).value;
  let p: number;
  try {
    p = rateRatioTest(against, focus).pValue;
  } catch (error) {
    if (!(error instanceof RatesError)) throw error;
    return notCompared(`the test cannot be run on these counts (${lowerFirst(error.message)})`, otherRate);
  }
  const figures = `${formatNumber(focusRate, 2)} against ${formatNumber(otherRate, 2)} per 1,000 residents`;
  const counted = `${formatNumber(against.count, 0)} ${names.unit ?? "offences"} among ${formatNumber(against.population, 0)} residents`;
  const significance = p < 0.002 ? 0.998 : p < 0.05 ? 0.95 : null;
  const direction = focusRate > rate(against.count, against.population, { per: PER }).value ? "higher" : "lower";
  if (significance !== null) {
    return {
      outcome: direction,
      significance,
      rate: otherRate,
      explanation: `${area}'s ${names.subject} is significantly ${direction} than ${names.against} in ${names.period} (${figures}).`,
      footnote: `Compared with ${names.basis}: ${counted}; ${pWords(p)}, significant at ${significance === 0.998 ? "99.8%" : "95% but not at 99.8%"}. ${RATE_COMPARISON_METHOD}`,
    };
  }
  return {
    outcome: "similar",
    significance: null,
    rate: otherRate,
    explanation: `${area}'s ${names.subject} is not significantly different from ${names.against} in ${names.period} (${figures}).`,
    footnote: `Compared with ${names.basis}: ${counted}; ${pWords(p)}, not significant at 95%. ${RATE_COMPARISON_METHOD}`,
  };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Why an area's change is not compared, for the benchmark sentences: the note next to its figure ("offences at … are counted in Hillingdon from March 2024"). */
function breakReason(note: BreakNote, area: string): string {
  const figure = note.figures.find((f) => f.area === area);
  return (figure?.note ?? `the way offences are recorded changed in ${monthWords(note.month)}`).replace(/^not comparable: /, "");
}

/** A judged change with the caveats of the changes in recording that bear on it, one sentence each after the verdict. */
export function withCaveats(change: PriorityChange, notes: readonly string[]): PriorityChange {
  if (notes.length === 0) return change;
  const sentences = notes.map((n) => ` ${n.charAt(0).toUpperCase()}${n.slice(1)} (see Changes in recording).`);
  return { ...change, explanation: `${change.explanation}${sentences.join("")}` };
}

/**
 * The change of a figure a recording break affects: stated with its figures and "not comparable",
 * never as a rise or a fall, with the note next to the figure (which carries the like-for-like
 * change where the break gives one).
 */
export function notComparableChange(
  what: string,
  area: string,
  row: BenchmarkRow,
  note: BreakNote,
  periods: { previous: string; current: string },
): PriorityChange {
  return {
    verdict: "not-comparable",
    explanation: `${what} in ${area} went from ${formatNumber(row.previous?.count ?? 0, 0)} to ${formatNumber(row.current.count, 0)} in ${periods.current} compared with ${periods.previous}: not comparable, because ${breakReason(note, area)} (see Changes in recording).`,
    footnote:
      "A change in recording inside the two periods affects this figure, so its change is not judged as a rise or a fall and is left out of every ranking of change.",
  };
}

/**
 * The parts of a priority's change in an area: one per offence label, except that the labels a
 * recording break inside the comparison makes comparable only together (its like-for-like
 * offences, e.g. an old and a new name of one category) are one part, with the month of the
 * (latest) break that ties them (`null` for a single label).
 */
export function driverParts(
  offences: readonly string[],
  breaks: readonly RecordingBreak[],
  span: { area: string; first: MonthKey; last: MonthKey },
): { labels: string[]; month: MonthKey | null }[] {
  let parts: { labels: string[]; month: MonthKey | null }[] = offences.map((o) => ({ labels: [o], month: null }));
  for (const b of breaks) {
    // Inside the comparison (first < month ≤ last), on the area's rows, with a like-for-like set of offences.
    if (!(monthIndex(span.first) < monthIndex(b.month) && monthIndex(b.month) <= monthIndex(span.last))) continue;
    if (b.affects.areas !== undefined && !b.affects.areas.includes(span.area)) continue;
    const set = b.likeForLike?.offences ?? (b.likeForLike === undefined ? undefined : b.affects.offences);
    if (set !== undefined) {
      const together = offences.filter((o) => set.includes(o));
      if (together.length < 2) continue;
      const merged = parts.filter((p) => p.labels.some((o) => together.includes(o)));
      const months = [b.month, ...merged.map((p) => p.month).filter((m): m is MonthKey => m !== null)];
      const latest = months.reduce((a, m) => (monthIndex(m) > monthIndex(a) ? m : a));
      parts = [...parts.filter((p) => !merged.includes(p)), { labels: merged.flatMap((p) => p.labels), month: latest }];
    }
  }
  return parts;
}

/**
 * The renamings found in the counts as recording breaks that tie the two labels together (like
 * for like), for {@link driverParts}: a row of an area that moves its counts to another offence row
 * of the same area, or that stops in the month another offence row of the area starts.
 */
export function renamingsFound(detected: readonly DetectedBreak[]): RecordingBreak[] {
  const pairs: { area: string; month: MonthKey; from: string; to: string }[] = [];
  for (const d of detected) {
    const area = d.from?.area;
    const [from, to] = [d.from?.offence, d.to?.offence];
    if (d.kind === "moved" && area !== undefined && area === d.to?.area && from !== undefined && to !== undefined && from !== to)
      pairs.push({ area, month: d.month, from, to });
    if (d.kind === "series-end" && area !== undefined && from !== undefined)
      for (const e of detected)
        if (e.kind === "series-start" && e.month === d.month && e.to?.area === area && e.to.offence !== undefined && e.to.offence !== from)
          pairs.push({ area, month: d.month, from, to: e.to.offence });
  }
  return pairs.map((p, i) => ({
    id: `detected-renaming-${i + 1}`,
    month: p.month,
    kind: "relabelling",
    description: `Found in the counts: ${p.from} stops and ${p.to} starts in ${p.area}.`,
    source: { title: "Found in the counts" },
    affects: { areas: [p.area], offences: [p.from, p.to] },
    likeForLike: { offences: [p.from, p.to] },
  }));
}
