import type { BenchmarkRow, InputReconciliation, MonthPattern, PrioritySection, QuickFacts, StrategicAssessmentResult, WardTable } from "../types.js";
import { formatCount, formatNumber } from "./format.js";

/** The warning every rendering of the synthetic demonstration data carries. */
export const syntheticWarning =
  "SYNTHETIC DEMONSTRATION DATA: every count and population in this document is invented by a seeded generator (scripts/generate-demo-data.mjs). These are not real crime figures; do not quote them.";

/** A table ready to print: header cells and body rows of display strings. */
export interface DisplayTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Index of the row to emphasise (the focus area), or -1. */
  readonly emphasis: number;
  /** Columns that hold numbers (right-aligned). */
  readonly numeric: readonly boolean[];
}

const rate2 = (x: number): string => formatNumber(x, 2);
const change2 = (x: number): string => formatNumber(x, 2, { sign: true });
const percent1 = (x: number | null): string => (x === null ? "n/a (from zero)" : `${formatNumber(x, 1, { sign: true })}%`);

/** The benchmark table of a priority as display strings (Harrow 2019 Strategy, strategic assessment). */
export function benchmarkDisplay(result: StrategicAssessmentResult, table: readonly BenchmarkRow[]): DisplayTable {
  const prev = result.previous.label;
  const cur = result.current.label;
  return {
    header: ["Area", `Offences ${prev}`, `Rate ${prev}`, `Offences ${cur}`, `Rate ${cur}`, "Offences change", "Rate change"],
    rows: table.map((r) => [
      r.role === "focus" ? `${r.area} (focus)` : r.area,
      formatCount(r.previousCount),
      rate2(r.previousRate),
      formatCount(r.currentCount),
      rate2(r.currentRate),
      formatNumber(r.countChange, 0, { sign: true }),
      change2(r.rateChange),
    ]),
    emphasis: table.findIndex((r) => r.role === "focus"),
    numeric: [false, true, true, true, true, true, true],
  };
}

/** The summary table: one row per priority. */
export function summaryDisplay(result: StrategicAssessmentResult): DisplayTable {
  return {
    header: ["Priority", `Offences ${result.current.label}`, "Rate per 1,000", "Rate change", "Offences change (%)", "Rank in London (1 = lowest rate)", "RAG"],
    rows: result.priorities.map((p) => [
      p.name,
      formatCount(p.quickFacts.count.value ?? 0),
      rate2(p.quickFacts.rate.value ?? 0),
      change2(p.quickFacts.rateChange.value ?? 0),
      percent1(p.quickFacts.percentChange.value),
      `${p.quickFacts.rankInLondon.rank} of ${p.quickFacts.rankInLondon.of}`,
      p.rag === null ? "not rated" : `${p.rag.symbol} ${p.rag.label}`,
    ]),
    emphasis: -1,
    numeric: [false, true, true, true, true, true, false],
  };
}

/** The ward table as display strings: one row per ward, then the total. */
export function wardDisplay(wards: WardTable): DisplayTable {
  return {
    header: ["Ward", ...wards.columns],
    rows: wards.rows.map((r) => [r.ward, ...r.cells]),
    emphasis: -1,
    numeric: [false, ...wards.columns.map(() => true)],
  };
}

/** Quick facts as label/value pairs. */
export function quickFactsDisplay(result: StrategicAssessmentResult, p: PrioritySection): readonly (readonly [string, string])[] {
  const q = p.quickFacts;
  return [
    [`Offences, ${result.current.label}`, formatCount(q.count.value ?? 0)],
    [`Offences, ${result.previous.label}`, formatCount(q.previousCount.value ?? 0)],
    ["Rate per 1,000 residents", rate2(q.rate.value ?? 0)],
    ["Rate change per 1,000", change2(q.rateChange.value ?? 0)],
    ["Offences change", percent1(q.percentChange.value)],
    ["Rank in London", `${q.rankInLondon.rank} of ${q.rankInLondon.of} (1 = lowest rate)`],
    ["Compared with the London rate", vsLondonText(q.vsLondon)],
  ];
}

/** The 24-month mean as displayed (an integer, docs/methods.md#monthly-average-and-month-classification). */
export function monthlyMeanText(mean: number): string {
  return formatNumber(mean, 0);
}

/** What the months section says when the data hold fewer than 24 months to the end month. */
export const noMonthPatternText = "Not shown: the data do not hold 24 months to the end of the current period.";

/** The above/below-average months as label/value pairs ("none" for an empty list). */
export function monthPatternDisplay(months: MonthPattern): readonly (readonly [string, string])[] {
  return [
    ["Above average in both years", months.above.join(", ") || "none"],
    ["Below average in both years", months.below.join(", ") || "none"],
    ["Neither in both years", months.unclassified.join(", ") || "none"],
  ];
}

/** "best (significantly lower, 99.8% level)", "similar (no significant difference)". */
function vsLondonText(v: QuickFacts["vsLondon"]): string {
  const outcome = v.outcome.replace(/-/g, " ");
  if (v.direction === "similar") return `${outcome} (no significant difference)`;
  if (v.direction !== null && v.significance !== null) return `${outcome} (significantly ${v.direction}, ${formatNumber(v.significance * 100, 1).replace(/\.0$/, "")}% level)`;
  return outcome;
}

/** Heading of the reconciliation section. */
export const reconciliationHeading = "Reconciliation of the input files";

/** The sentence opening the reconciliation section: complete, or how much was rejected and missing. */
export function reconciliationSummary(r: InputReconciliation): string {
  if (r.complete) return "Every row and month cell read was accepted, and every borough with a population has counts for every month: nothing was rejected or is missing.";
  const parts: string[] = [];
  if (r.rejected > 0) parts.push(`${formatCount(r.rejected)} rows or month cells of the input were rejected and are not in any figure of this document`);
  if (r.missing.length > 0) parts.push("the data are incomplete (see below)");
  return `Check before quoting: ${parts.join(", and ")}.`;
}

/** Rows or cells read, accepted and rejected per file. */
export function reconciliationDisplay(r: InputReconciliation): DisplayTable {
  return {
    header: ["File", "Read for", "Read", "Accepted", "Rejected", "Rejected by reason"],
    rows: r.files.map((f) => [
      f.file,
      f.role,
      `${formatCount(f.read)} ${f.unit}`,
      formatCount(f.accepted),
      formatCount(f.rejected),
      Object.entries(f.rejectedByReason)
        .map(([reason, n]) => `${reason}: ${formatCount(n)}`)
        .join("; ") || "none",
    ]),
    emphasis: -1,
    numeric: [false, false, true, true, true, false],
  };
}

/** The rejected rows shown as examples, one line each: "file, line N (reason): message". */
export function rejectedExampleLines(r: InputReconciliation): string[] {
  return r.files.flatMap((f) => f.examples.map((e) => `${f.file}, line ${e.line} (${e.reason}): ${e.message}`));
}
