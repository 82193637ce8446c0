import type {
  BenchmarkRow,
  RecordingChange,
  Drivers,
  InputReconciliation,
  MonthPattern,
  PriorityChange,
  PrioritySection,
  RagVerdict,
  RateComparison,
  StrategicAssessmentResult,
  WardPrioritySection,
  WardSectionResult,
} from "../types.js";
import { capitalise, labelWords, monthWords, offencesWords, periodWords } from "./sections/words.js";
import { describeValue, formatNumber as formatFinite, type FormatNumberOptions } from "@crimestats/internal";

/** The warning every rendering of the synthetic demonstration data carries. */
export const syntheticWarning =
  "SYNTHETIC DEMONSTRATION DATA: every count and population in this document is invented by a seeded generator. These are not real crime figures; do not quote them.";

/** A figure for display (`formatNumber` of the suite), refusing a value that is not a finite number, so no document shows "NaN". */
function formatNumber(x: number, decimals: number, options?: FormatNumberOptions): string {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    // A RangeError: the renderer turns it into its ReportError, naming the renderer.
    throw new RangeError(`a figure is ${describeValue(x)}, not a finite number`);
  }
  return formatFinite(x, decimals, options);
}

/** The sentence naming the focus area, its comparator group and the benchmark area. */
export function areasSentence(result: StrategicAssessmentResult): string {
  const group = result.comparatorGroup;
  const name = group.name.charAt(0).toUpperCase() + group.name.slice(1);
  // A benchmark area that is the focus area alone is said to be so, once, here (it is compared nowhere else).
  const benchmark = result.benchmarkAreaAlone?.explanation ?? `${result.benchmarkArea.name}: all ${result.benchmarkArea.membersName} pooled.`;
  const covers = result.areaNote === undefined ? "" : ` ${result.areaNote}`;
  return `Focus area: ${result.area}.${covers} ${name}: ${group.members.length === 0 ? "none" : group.members.join(", ")}. ${benchmark}`;
}

/** Whether the benchmark area is the focus area alone (a result written before the field existed has none: not alone). */
function aloneIn(result: StrategicAssessmentResult): boolean {
  return (result.benchmarkAreaAlone ?? null) !== null;
}

/** The sentence naming the compared periods, month names in full; for a single-period assessment, the period and why it is compared with no other (said once for the document). */
export function periodsSentence(result: StrategicAssessmentResult): string {
  if (result.previous === null) return `Period: ${thePeriod(result.current.longLabel)}. ${result.singlePeriod?.explanation ?? ""}`.trim();
  return `Current period: ${thePeriod(result.current.longLabel)}; compared with the same period a year earlier, ${thePeriod(result.previous.longLabel)}.`;
}

/** The categories a priority sums, as the document lists them: each label as a sentence writes it (`labelWords`), the list in sentence case. */
export function categoriesText(p: PrioritySection): string {
  return capitalise(p.categories.map(labelWords).join(", "));
}

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
const change2 = (x: number): string => formatNumber(x, 2, { signed: true });
const percent1 = (x: number | null): string => (x === null ? "n/a (from zero)" : `${formatNumber(x, 1, { signed: true })}%`);

/** The benchmark table of a priority as display strings: the columns of a strategic assessment's benchmark table. */
export function benchmarkDisplay(result: StrategicAssessmentResult, table: readonly BenchmarkRow[]): DisplayTable {
  const cur = result.current.label;
  const area = (r: BenchmarkRow): string => (r.role === "focus" ? `${r.area} (focus)` : r.area);
  if (result.previous === null) {
    // A single-period assessment: the current period's offences and rate only, no change columns.
    return {
      header: ["Area", `Offences ${cur}`, `Rate ${cur}`],
      rows: table.map((r) => [area(r), formatNumber(r.current.count, 0), rate2(r.current.rate)]),
      emphasis: table.findIndex((r) => r.role === "focus"),
      numeric: [false, true, true],
    };
  }
  const prev = result.previous.label;
  const before = (r: BenchmarkRow): { count: string; rate: string } =>
    r.previous === null ? { count: "", rate: "" } : { count: formatNumber(r.previous.count, 0), rate: rate2(r.previous.rate) };
  const changed = (r: BenchmarkRow, text: (c: NonNullable<BenchmarkRow["change"]>) => string): string =>
    r.change === null ? "" : r.change.comparable ? text(r.change) : `${text(r.change)} (not comparable)`;
  return {
    header: ["Area", `Offences ${prev}`, `Rate ${prev}`, `Offences ${cur}`, `Rate ${cur}`, "Offences change", "Rate change"],
    rows: table.map((r) => [
      area(r),
      before(r).count,
      before(r).rate,
      formatNumber(r.current.count, 0),
      rate2(r.current.rate),
      changed(r, (c) => formatNumber(c.count, 0, { signed: true })),
      changed(r, (c) => change2(c.value)),
    ]),
    emphasis: table.findIndex((r) => r.role === "focus"),
    numeric: [false, true, true, true, true, true, true],
  };
}

/** The summary table: one row per priority (a RAG column only when some priority is rated). */
export function summaryDisplay(result: StrategicAssessmentResult): DisplayTable {
  const rated = result.priorities.some((p) => p.rag !== null);
  // No change columns in a single-period assessment, no rank column when the benchmark area is the focus area alone.
  const changes = result.previous !== null;
  // No rank column where no priority is ranked (a benchmark area of fewer than 3 members).
  const ranked = !aloneIn(result) && result.priorities.some((p) => p.quickFacts.rankInBenchmarkArea !== null);
  const columns: { header: string; numeric: boolean; cell: (p: PrioritySection) => string; shown: boolean }[] = [
    { header: "Priority", numeric: false, cell: (p) => p.name, shown: true },
    { header: `Offences ${result.current.label}`, numeric: true, cell: (p) => formatNumber(p.quickFacts.current.count.value ?? 0, 0), shown: true },
    {
      // A single period may be shorter than a year: its rate is over its own months, so the header names them.
      header: changes ? "Rate per 1,000" : `Rate per 1,000, ${result.current.label}`,
      numeric: true,
      cell: (p) => rate2(p.quickFacts.current.rate.value ?? 0),
      shown: true,
    },
    {
      header: "Rate change",
      numeric: true,
      cell: (p) =>
        p.change?.verdict === "not-comparable" ? "not comparable" : p.quickFacts.change === null ? "" : change2(p.quickFacts.change.value.value ?? 0),
      shown: changes,
    },
    {
      header: "Offences change (%)",
      numeric: true,
      cell: (p) =>
        p.change?.verdict === "not-comparable" ? "not comparable" : p.quickFacts.change === null ? "" : percent1(p.quickFacts.change.percent.value),
      shown: changes,
    },
    {
      header: `Rank among ${result.benchmarkArea.membersName} (1 = lowest rate)`,
      numeric: true,
      cell: (p) => {
        const r = p.quickFacts.rankInBenchmarkArea;
        return p.change?.verdict === "too-few-to-judge" || r === null ? "not ranked" : `${r.rank} of ${r.total}`;
      },
      shown: ranked,
    },
    { header: "RAG", numeric: false, cell: (p) => (p.rag === null ? "" : `${p.rag.symbol} ${p.rag.label}`), shown: rated },
  ];
  const shown = columns.filter((c) => c.shown);
  return {
    header: shown.map((c) => c.header),
    rows: result.priorities.map((p) => shown.map((c) => c.cell(p))),
    emphasis: -1,
    numeric: shown.map((c) => c.numeric),
  };
}

/** Most rows of a drivers table shown. */
const DRIVER_ROWS = 8;

/** The largest contributions to a priority's change as display strings (the rest summed in one row). */
export function driversDisplay(result: StrategicAssessmentResult, d: Drivers): DisplayTable {
  const shown = d.rows.slice(0, DRIVER_ROWS);
  const rest = d.rows.slice(DRIVER_ROWS);
  const row = (name: string, previous: number, current: number): string[] => [
    name,
    formatNumber(previous, 0),
    formatNumber(current, 0),
    formatNumber(current - previous, 0, { signed: true }),
  ];
  const sum = (f: (r: Drivers["rows"][number]) => number): number => rest.reduce((s, r) => s + f(r), 0);
  return {
    header: ["Category", `Offences ${result.previous?.label ?? "previous period"}`, `Offences ${result.current.label}`, "Change"],
    rows: [
      ...shown.map((r) => row(r.name.charAt(0).toUpperCase() + r.name.slice(1), r.previous, r.current)),
      ...(rest.length === 0
        ? []
        : [
            row(
              `${rest.length} other categories`,
              sum((r) => r.previous),
              sum((r) => r.current),
            ),
          ]),
    ],
    emphasis: -1,
    numeric: [false, true, true, true],
  };
}

/** One priority's ward table as display strings: one row per ward (by rank), then the "All wards" total. */
export function wardDisplay(wards: WardSectionResult, p: WardPrioritySection): DisplayTable | null {
  if (noWardOffences(wards, p)) return null;
  const change = (c: WardPrioritySection["total"]["change"]): string =>
    c === null ? "" : `${formatNumber(c.value, 0, { signed: true })}${c.percent === null ? "" : ` (${formatNumber(c.percent, 1, { signed: true })}%)`}`;
  const covered = wards.previousCovered;
  return {
    header: [
      "Ward",
      ...(covered ? [`Offences ${wards.previous?.label ?? ""}`] : []),
      `Offences ${wards.current.label}`,
      ...(covered ? ["Change (of the figures shown)"] : []),
      "Rank (1 = most)",
    ],
    rows: [
      ...p.rows.map((r) => [
        r.ward,
        ...(covered ? [r.previous?.display ?? ""] : []),
        r.current.display,
        ...(covered ? [change(r.change)] : []),
        r.rank === null ? "" : String(r.rank),
      ]),
      [p.total.label, ...(covered ? [p.total.previous?.display ?? ""] : []), p.total.current.display, ...(covered ? [change(p.total.change)] : []), ""],
    ],
    emphasis: p.rows.length,
    numeric: [false, ...(covered ? [true] : []), true, ...(covered ? [true] : []), true],
  };
}

/** Whether every ward released 0 offences of a priority in the assessed period (and in the previous one, when covered): a table of zeros ranked "1" says nothing (the ward section's sentence says no ward recorded any). */
function noWardOffences(wards: WardSectionResult, p: WardPrioritySection): boolean {
  const none = (f: WardPrioritySection["total"]["current"] | null | undefined): boolean => f?.value === 0;
  return p.rows.length > 0 && p.rows.every((r) => none(r.current) && (!wards.previousCovered || none(r.previous)));
}

/**
 * The sentences under a priority's ward table: how the wards' total relates to the borough figure
 * (the ward file is a separate publication that places fewer offences in wards than the borough
 * file counts for the area; the released total only), then the ward section's own sentences.
 */
export function wardSentences(result: StrategicAssessmentResult, wards: WardSectionResult, p: WardPrioritySection): string[] {
  const borough = result.priorities.find((q) => q.id === p.id)?.quickFacts.current.count.value ?? null;
  const total = p.total.current.value;
  // Nothing to relate when neither file counts any (NFIB fraud, counted nationally).
  if (borough === null || total === null || (borough === 0 && total === 0)) return [...p.explanations];
  const what = offencesWords(p.name);
  const against = `The ward figures add up to ${formatNumber(total, 0)} ${what} in ${periodWords(wards.current)}, against ${formatNumber(borough, 0)} for ${result.area} in the borough figures`;
  // The released total is rounded: a difference the rounding can make is only that.
  const round = p.released.current.policy.round;
  const slack = round === undefined ? 0 : round.mode === "nearest" ? round.base / 2 : round.base - 1;
  const how = round === undefined ? "" : round.mode === "nearest" ? "to the nearest" : round.mode === "up" ? "up to a multiple of" : "down to a multiple of";
  const why =
    total === borough
      ? "."
      : Math.abs(total - borough) <= slack
        ? `: the ward total is rounded ${how} ${round?.base ?? ""}.`
        : total < borough
          ? ": the ward file, published separately, does not place every offence in a ward, so ward figures are compared with each other, not with the borough's."
          : ": the ward file is published separately, so ward figures are compared with each other, not with the borough's.";
  // When the two move in opposite directions, say so: a ward change is then not the borough's.
  const boroughBefore = result.priorities.find((q) => q.id === p.id)?.quickFacts.previous?.count.value ?? null;
  const wardChange = p.total.change?.value ?? null;
  const boroughChange = boroughBefore === null ? null : borough - boroughBefore;
  const moved = (x: number): string => `${x > 0 ? "rose" : "fell"} by ${formatNumber(Math.abs(x), 0)}`;
  const apart =
    wardChange !== null && boroughChange !== null && wardChange * boroughChange < 0 && wards.previous !== null
      ? [`From ${periodWords(wards.previous)}, the ward figures' total ${moved(wardChange)} while the borough figure ${moved(boroughChange)}.`]
      : [];
  return [`${against}${why}`, ...apart, ...p.explanations];
}

/** Quick facts as label/value pairs. */
export function quickFactsDisplay(result: StrategicAssessmentResult, p: PrioritySection): readonly (readonly [string, string])[] {
  const q = p.quickFacts;
  const rank = q.rankInBenchmarkArea;
  // A single-period assessment has no previous offences, changes or verdict on a change: those lines are left out, not shown empty.
  const change = p.change;
  const previous = result.previous === null || q.previous === null ? null : { label: result.previous.label, count: q.previous.count };
  return [
    [`Offences, ${result.current.label}`, formatNumber(q.current.count.value ?? 0, 0)],
    ...(previous === null ? [] : [[`Offences, ${previous.label}`, formatNumber(previous.count.value ?? 0, 0)] as const]),
    [previous === null ? `Rate per 1,000 residents, ${result.current.label}` : "Rate per 1,000 residents", rate2(q.current.rate.value ?? 0)],
    ...(change === null || q.change === null
      ? []
      : ([
          ["Rate change per 1,000", change.verdict === "not-comparable" ? "not comparable" : change2(q.change.value.value ?? 0)],
          ["Offences change", change.verdict === "not-comparable" ? "not comparable" : percent1(q.change.percent.value)],
        ] as const)),
    ...(rank === null
      ? []
      : [
          [
            `Rank among ${result.benchmarkArea.membersName} (1 = lowest rate)`,
            change?.verdict === "too-few-to-judge" ? "not ranked (too few offences)" : `${rank.rank} of ${rank.total}`,
          ] as const,
        ]),
    ...(change === null ? [] : [["Change", verdictText(change.verdict)] as const]),
    ...(!aloneIn(result) ? [[`Compared with the ${result.benchmarkArea.name} rate`, comparisonText(p.vsBenchmarkArea)] as const] : []),
    ...(result.comparatorGroup.members.length === 0
      ? []
      : [[`Compared with its ${result.comparatorGroup.name}`, comparisonText(p.vsComparatorGroup)] as const]),
  ];
}

/** The sentences of a priority's findings: the change, the rank, and the comparisons with the benchmark area and the comparator group (each only where the document gives it). */
export function findingSentences(result: StrategicAssessmentResult, p: PrioritySection): string[] {
  return [
    ...(p.change === null ? [] : [p.change.explanation]),
    ...(p.quickFacts.rankInBenchmarkArea === null ? [] : [p.quickFacts.rankInBenchmarkArea.explanation]),
    ...(!aloneIn(result) ? [p.vsBenchmarkArea.explanation] : []),
    ...(result.comparatorGroup.members.length === 0 ? [] : [p.vsComparatorGroup.explanation]),
  ];
}

/** How a priority's verdicts were reached, one footnote each (none for a comparison not made). */
export function findingFootnotes(p: PrioritySection): string[] {
  return [p.change?.footnote ?? "", p.vsBenchmarkArea.footnote, p.vsComparatorGroup.footnote].filter((f) => f !== "");
}

const VERDICT_TEXT: Readonly<Record<PriorityChange["verdict"], string>> = {
  "significant-rise": "significant rise",
  "significant-fall": "significant fall",
  "no-significant-change": "no significant change",
  "too-few-to-judge": "too few to judge",
  "not-comparable": "not comparable",
};

/** A change verdict in words for a table cell. */
function verdictText(verdict: PriorityChange["verdict"]): string {
  return VERDICT_TEXT[verdict] ?? verdict;
}

/**
 * A RAG rating's words after its badge: the rule's own words (title, then its description) when
 * it has them, else the measure with the scheme's definition of the rating; then why, with the
 * numbers. The rating's label is in the badge only, never repeated.
 */
export function ragText(rag: RagVerdict): string {
  const sentence = (text: string): string => text.trim().replace(/\.$/, "");
  const label = rag.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const why = capitalise(sentence(rag.explanation.replace(new RegExp(`^(?:${label}|red|amber|green|not rated)\\s*:\\s*`, "i"), "")));
  const own = rag.ruleWords;
  if (own === null) return `for the measure "${rag.measure}". ${why}. (${sentence(rag.definition)}.)`;
  const named = own.title ?? own.description ?? rag.measure;
  const described = own.title !== null && own.description !== null ? `: ${sentence(own.description)}` : "";
  return `for "${named}"${described}. ${why}.`;
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
    ["Not above or below average in both years", months.unclassified.join(", ") || "none"],
  ];
}

/** "significantly lower", "no significant difference", "not compared": a comparison in words for a table cell (the level is in the footnote). */
function comparisonText(v: RateComparison): string {
  if (v.outcome === "higher" || v.outcome === "lower") return `significantly ${v.outcome}`;
  return v.outcome === "similar" ? "no significant difference" : "not compared";
}

/** An anchor id as written into a document: letters, digits and hyphens only. */
export function anchorId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, "-");
}

/** Heading of the key findings. */
export const keyFindingsHeading = "Key findings";

/** The same period in each year as display strings: newest first. */
export function samePeriodDisplay(p: PrioritySection): DisplayTable | null {
  if (p.longTrend === null) return null;
  return {
    header: ["Period", "Offences"],
    rows: p.longTrend.samePeriod.map((s) => [s.label, formatNumber(s.count, 0)]),
    emphasis: 0,
    numeric: [false, true],
  };
}

/** The sentences of a priority's long trend: the span of the series, then the comparison with the long-run average. */
export function longTrendSentences(p: PrioritySection): string[] {
  if (p.longTrend === null) return [];
  return [p.longTrend.explanation, ...(p.longTrend.longRunAverage === null ? [] : [p.longTrend.longRunAverage.explanation])];
}

/** Heading of the document's section on changes in recording (and of each priority's short notes). */
export const breaksHeading = "Changes in recording";

/** The anchor id of the document's section on changes in recording. */
export const recordingChangesAnchor = "changes-in-recording";

/** The sentence opening the document's section on changes in recording. */
export const recordingChangesIntro =
  "Changes in how offences are recorded that fall inside the two compared periods, each listed once, with the figures of this document they bear on. Where a change makes a figure's change not comparable, that change is not judged as a rise or a fall and is left out of every ranking of change; where it only needs a caveat, the change is judged and the caveat is given next to it.";

/** Where a figure's note gives its like-for-like figure: "…; like for like, Hillingdon counted with …". */
const LIKE_FOR_LIKE = "; like for like, ";

/**
 * The short notes next to a priority's figures: one per affected figure of the focus area (unless
 * its change sentence gives the note already) and per comparator figure not comparable,
 * "Hillingdon: not comparable: …". Two changes that make the same
 * area's figure not comparable with the same like-for-like figure (the airports row starting and
 * ending) are one line giving both reasons and the figure once.
 */
export function breakFigureLines(result: StrategicAssessmentResult, p: PrioritySection): string[] {
  // Every note on the focus area's figure; a comparator's or the benchmark area's only where its change is not comparable (its caveats are in the list of changes).
  const lines: { area: string; reasons: string[]; like: string }[] = [];
  // The focus area's note is left out where the section's finding (its change sentence) already gives it.
  const said = (p.change?.explanation ?? "").toLowerCase();
  const inFinding = (note: string): boolean => said.includes(note.replace(/^not comparable: /, "").toLowerCase());
  for (const f of p.breaks.flatMap((b) =>
    b.figures.filter((x) => (x.area === result.area && !inFinding(x.note)) || (x.area !== result.area && !x.comparable)),
  )) {
    const at = f.note.indexOf(LIKE_FOR_LIKE);
    const [reason, like] = at < 0 ? [f.note, ""] : [f.note.slice(0, at), f.note.slice(at)];
    const same = like === "" ? undefined : lines.find((line) => line.area === f.area && line.like === like);
    if (same === undefined) lines.push({ area: f.area, reasons: [reason], like });
    else same.reasons.push(reason.replace(/^not comparable: /, ""));
  }
  return lines.map((line) => `${line.area}: ${line.reasons.join("; and ")}${line.like}`);
}

/** A change in recording as a line of the document's section: month and label, where it comes from, what changed, its source and the figures it bears on. */
export function recordingChangeLine(result: StrategicAssessmentResult, c: RecordingChange): { readonly heading: string; readonly text: string } {
  const origin =
    c.origin === "known"
      ? c.url === null
        ? "a known change"
        : "a published change"
      : c.figures.every((f) => f.treatment === "possible")
        ? "a possible change in recording found in the counts"
        : "found in the counts";
  const source = c.source === null ? "" : ` Source: ${c.source}${c.url === null ? "" : `, ${c.url}`}.`;
  // Priorities the change bears on in the same way share one entry ("every priority" when it is all of them).
  const byText = new Map<string, string[]>();
  for (const f of c.figures) byText.set(f.explanation, [...(byText.get(f.explanation) ?? []), f.priority]);
  const figures = [...byText.entries()]
    .map(([text, names]) => `${names.length === result.priorities.length && names.length > 1 ? "every priority" : names.join(", ")}: ${text}`)
    .join("; ");
  return { heading: `${monthWords(c.month)}, ${c.label} (${origin}).`, text: `${c.description}${source} Figures: ${figures}.` };
}

/** The releases joined into the counts: months used, cells revised by the newer release and the change in all offences (every category) over the months both hold. */
export function releasesDisplay(r: InputReconciliation): DisplayTable | null {
  const releases = r.releases ?? [];
  if (releases.length === 0) return null;
  return {
    header: ["Release", "Months used", "Cells revised by the newer release", "Change in all offences over the months both hold"],
    rows: releases.map((x, i) => [
      `${x.file} (${monthWords(x.first)} to ${monthWords(x.last)})`,
      x.used.length === 0
        ? "none"
        : x.used.map((u) => (u.first === u.last ? monthWords(u.first) : `${monthWords(u.first)} to ${monthWords(u.last)}`)).join("; "),
      x.revisedBy === null
        ? i === releases.length - 1
          ? "newest release"
          : "none (no newer release holds its months)"
        : `${formatNumber(x.cellsRevised, 0)} of ${formatNumber(x.cellsCompared, 0)}`,
      x.revisedBy === null ? "" : formatNumber(x.totalChange, 0, { signed: true }),
    ]),
    emphasis: -1,
    numeric: [false, false, true, true],
  };
}

/** The sentence before {@link populationsDisplay}'s table. */
export const populationsIntro = "Residents used for the rates of each area in each period:";

/**
 * The populations the rates use, for every area of the benchmark table (the focus area, the
 * comparators and the benchmark area, pooled): one column per period headed by the estimate's
 * year, or one column when one estimate serves both periods; `null` when there is no table.
 */
export function populationsDisplay(result: StrategicAssessmentResult): DisplayTable | null {
  const table = result.priorities[0]?.table ?? [];
  if (table.length === 0) return null;
  const { previous, current } = result.populations;
  const area = (r: BenchmarkRow): string => (r.role === "focus" ? `${r.area} (focus)` : r.area);
  if (previous === null || result.previous === null) {
    // A single-period assessment: one period, one column.
    return {
      header: ["Area", current.year === null ? "Residents" : `Residents (mid-${current.year})`],
      rows: table.map((r) => [area(r), formatNumber(r.current.population, 0)]),
      emphasis: table.findIndex((r) => r.role === "focus"),
      numeric: [false, true],
    };
  }
  const single = previous.year === null || current.year === null;
  return single
    ? {
        header: ["Area", "Residents (both periods)"],
        rows: table.map((r) => [area(r), formatNumber(r.current.population, 0)]),
        emphasis: table.findIndex((r) => r.role === "focus"),
        numeric: [false, true],
      }
    : {
        header: ["Area", `Residents ${result.previous.label} (mid-${previous.year})`, `Residents ${result.current.label} (mid-${current.year})`],
        rows: table.map((r) => [area(r), formatNumber(r.previous?.population ?? 0, 0), formatNumber(r.current.population, 0)]),
        emphasis: table.findIndex((r) => r.role === "focus"),
        numeric: [false, true, true],
      };
}

/** Heading of the reconciliation section. */
export const reconciliationHeading = "Reconciliation of the input files";

/** Heading of the reconciliation's account of where the rows went (`InputReconciliation.accounted`). */
export const accountedHeading = "Where the rows went";

/** The sentence opening the reconciliation section: complete, or how much was rejected and missing. */
export function reconciliationSummary(r: InputReconciliation): string {
  if (r.complete && (r.accounted?.length ?? 0) > 0)
    return "Every row and month cell read was accepted, and every area with a population has counts for every month, but not every row is in a figure: see where the rows went below.";
  if (r.complete)
    return "Every row and month cell read was accepted, and every area with a population has counts for every month: nothing was rejected or is missing.";
  const parts: string[] = [];
  if (r.rejected > 0) parts.push(`${formatNumber(r.rejected, 0)} rows or month cells of the input were rejected and are not in any figure of this document`);
  if (r.missing.length > 0) parts.push("the data are incomplete (see below)");
  return `Check before quoting: ${parts.join(", and ")}.`;
}

/** Rows or cells read, accepted and rejected per file. */
export function reconciliationDisplay(r: InputReconciliation): DisplayTable {
  return {
    header: ["File", "Read for", "Read", "Accepted", "Rejected", "Rejected by code"],
    rows: r.files.map((f) => [
      f.file,
      f.role,
      `${formatNumber(f.read, 0)} ${f.unit}`,
      formatNumber(f.accepted, 0),
      formatNumber(f.rejected, 0),
      Object.entries(f.rejectedByCode)
        .map(([code, n]) => `${code}: ${formatNumber(n, 0)}`)
        .join("; ") || "none",
    ]),
    emphasis: -1,
    numeric: [false, false, true, true, true, false],
  };
}

/** The rejected rows shown as examples, one line each: "file, line N (code): message". */
export function rejectedExampleLines(r: InputReconciliation): string[] {
  return r.files.flatMap((f) => f.examples.map((e) => `${f.file}, line ${e.line} (${e.code}): ${e.message}`));
}

/** A period's long label as a sentence names it: "the 12 months to February 2025", but "financial year 2024/25" as it is. */
export function thePeriod(label: string): string {
  return /^\d+ months to /.test(label) ? `the ${label}` : label;
}
