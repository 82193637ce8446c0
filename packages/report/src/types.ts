import type { Chart } from "@crimestats/charts";
import type { MonthKey } from "@crimestats/periods";
import type { BreakNote } from "./internal/sections/breakNotes.js";

import type { KeyFinding } from "./internal/sections/keyFindings.js";
import type { LongTrendResult } from "./internal/sections/longTrend.js";
import type { WardSectionResult } from "./internal/sections/wardSection.js";
import type { Polarity, RecordingBreakKind } from "@crimestats/schema";
import type { LocalMeasuresResult } from "./localTypes.js";
import type { BreakTreatment } from "./internal/sections/breakNotes.js";

export type { BreakFigure, BreakNote, BreakTreatment, LikeForLikeFigure } from "./internal/sections/breakNotes.js";
export type { KeyFinding } from "./internal/sections/keyFindings.js";
export type { WardChange, WardFigure, WardPrioritySection, WardRow, WardSectionResult } from "./internal/sections/wardSection.js";
export type { LongRunAverage, LongTrendResult, SamePeriodCount } from "./internal/sections/longTrend.js";

/** An inclusive run of months with its label, e.g. the rolling year to February 2025. */
export interface ReportPeriod {
  /** First month, `"YYYY-MM"`. */
  readonly first: MonthKey;
  /** Last month, `"YYYY-MM"`. */
  readonly last: MonthKey;
  /** Label in UK statistical style for table headings, e.g. `"12 months to Feb 2025"`. */
  readonly label: string;
  /** The label as written in sentences, month names in full, e.g. `"12 months to February 2025"`. */
  readonly longLabel: string;
}

/** Population estimates for one year (a mid-year estimate), for rates of the periods that year is nearest to. */
export interface PopulationEstimates {
  /** The year of the estimate, e.g. `2024` for mid-2024. */
  readonly year: number;
  /** Residents by area name. */
  readonly populations: Readonly<Record<string, number>>;
  /** Where the estimate comes from, e.g. `"ONS mid-year estimates, mid-2024"`. */
  readonly source?: string;
}

/** The population estimate a period's rates use. */
export interface PopulationUsed {
  /** The year of the estimate used for the focus area, or `null` when one estimate was given for every period. */
  readonly year: number | null;
  /** The year wanted: the calendar year holding the period's middle month, or `null` when one estimate was given for every period. */
  readonly wanted: number | null;
  /** The estimate's source, when given. */
  readonly source: string | null;
}

/** A computed figure at full precision with how it was made, so a reader can check it. */
export interface ReportFigure {
  /** The value, unrounded (`null` when undefined by definition, e.g. a percent change from zero). */
  readonly value: number | null;
  /** The method in words, e.g. `"count / population × 1,000"`. */
  readonly method: string;
  /** The inputs the value was computed from. */
  readonly inputs: Readonly<Record<string, number | string | null>>;
}

/** The benchmark area of a Strategic Assessment: the wider area the focus area belongs to. */
export interface BenchmarkAreaInput {
  /** Its name as written in the document, e.g. `"London"`, `"Cumbria"`, `"England and Wales"`. */
  readonly name: string;
  /** What its member areas are called, e.g. `"London boroughs"`, `"districts"`. */
  readonly membersName: string;
}

/** The comparator group of a Strategic Assessment: the areas the focus area is compared with. */
export interface ComparatorGroupInput {
  /** What the group is called after "of its", e.g. `"neighbours"` or `"most similar areas"`. Default `"neighbours"`. */
  readonly name?: string;
  /** The member areas (the focus area may be among them; it is counted once). */
  readonly members: readonly string[];
}

/** One period's offences and rate in a {@link BenchmarkRow}. */
export interface PeriodFigures {
  /** Offences in the period. */
  readonly count: number;
  /** Residents: the population estimate used for the period. */
  readonly population: number;
  /** Rate per 1,000 residents, unrounded. */
  readonly rate: number;
}

/** One row of a benchmark table: an area in the previous and the current period (the current period only in a single-period assessment, `change: "none"`). */
export interface BenchmarkRow {
  /** The area name (the benchmark area's name for its pooled row). */
  readonly area: string;
  /** Whether the row is the focus area, a member of the comparator group or the benchmark area. */
  readonly role: "focus" | "comparator" | "benchmark-area";
  /** The population used for the current period's rate (each period's own is in `previous` and `current`). */
  readonly population: number;
  /** Offences and rate in the previous period; `null` in a single-period assessment (`change: "none"`), which has no previous period. */
  readonly previous: PeriodFigures | null;
  /** Offences and rate in the current period. */
  readonly current: PeriodFigures;
  /** The changes from the previous to the current period; `null` in a single-period assessment (`change: "none"`). */
  readonly change: {
    /** Current minus previous offences. */
    readonly count: number;
    /** The rate change: difference of the unrounded rates (rounded only when displayed, docs/methods.md#rate-change). */
    readonly value: number;
    /** Percent change of offences, `null` when the previous count is 0. */
    readonly percent: number | null;
    /** False when a change in recording inside the two periods affects this row's figure: its change is then not comparable. */
    readonly comparable: boolean;
  } | null;
}

/** Quick facts for one priority in the focus area. */
export interface QuickFacts {
  /** The same period a year earlier; `null` in a single-period assessment (`change: "none"`). */
  readonly previous: {
    /** Offences in the previous period. */
    readonly count: ReportFigure;
  } | null;
  /** The current period. */
  readonly current: {
    /** Offences in the current period. */
    readonly count: ReportFigure;
    /** Rate per 1,000 residents in the current period. */
    readonly rate: ReportFigure;
  };
  /** The changes from the previous to the current period, named as in a benchmark table row; `null` in a single-period assessment (`change: "none"`). */
  readonly change: {
    /** Change in the rate per 1,000 (difference of unrounded rates). */
    readonly value: ReportFigure;
    /** Percent change of offences (`value` is `null` from zero). */
    readonly percent: ReportFigure;
  } | null;
  /**
   * Rank of the rate among the member areas of the benchmark area (1 = lowest) out of `total`, with
   * the sentence explaining it; `null` when the benchmark area's only member is the focus area
   * (a rank "1 of 1" says nothing).
   */
  readonly rankInBenchmarkArea: { readonly rank: number; readonly total: number; readonly explanation: string } | null;
}

/**
 * The verdict on the focus area's change from the previous to the current period: `classifyChange`
 * of @crimestats/rates at 95% on the two periods' counts and populations, or `not-comparable`
 * when a recording break falls inside the comparison and affects the figure.
 */
export interface PriorityChange {
  /** `significant-rise`, `significant-fall`, `no-significant-change`, `too-few-to-judge` or `not-comparable`. */
  readonly verdict: "significant-rise" | "significant-fall" | "no-significant-change" | "too-few-to-judge" | "not-comparable";
  /** The change in plain words with its figures and verdict. */
  readonly explanation: string;
  /** How the verdict was reached (the test, its level and p-value), for a footnote. */
  readonly footnote: string;
}

/**
 * The focus area's current rate against another rate (the benchmark area's, or the comparator
 * group's pooled rate without the focus area): 95% and 99.8% intervals of the focus area's rate
 * (Byar) against that rate, with no judgement of better or worse.
 */
export interface RateComparison {
  /** `higher` or `lower` (significantly), `similar`, or `not-compared` (no rate to compare with). */
  readonly outcome: "higher" | "lower" | "similar" | "not-compared";
  /** The highest confidence level at which the difference is significant (0.95 or 0.998), or `null`. */
  readonly significance: number | null;
  /** The rate the focus area's is compared with (unrounded), or `null` when not compared. */
  readonly rate: number | null;
  /** The comparison in plain words, e.g. "Harrow's rate is significantly lower than London's". */
  readonly explanation: string;
  /** The method and level, for a footnote. */
  readonly footnote: string;
}

/** The above/below-average months of a priority over 24 months (docs/methods.md#monthly-average-and-month-classification). */
export interface MonthPattern {
  /** The 24-month mean, unrounded. */
  readonly mean: number;
  /** Month names above the mean in both years. */
  readonly above: readonly string[];
  /** Month names below the mean in both years. */
  readonly below: readonly string[];
  /** Month names neither above nor below in both years. */
  readonly unclassified: readonly string[];
  /** How months were classified, in words. */
  readonly method: string;
}

/** A red/amber/green verdict with the sentence explaining it (from `evaluate` of @crimestats/rag). */
export interface RagVerdict {
  /** The status: `"red"`, `"amber"`, `"green"` or `"not-rated"`. */
  readonly rating: string;
  /** The label in the scheme, e.g. `"Amber"`. */
  readonly label: string;
  /** A symbol with a distinct shape per status, so the rating is not conveyed by colour alone. */
  readonly symbol: string;
  /** Fill colour, `#rrggbb`. */
  readonly colour: string;
  /** Text colour readable on `colour`, `#rrggbb`. */
  readonly textColour: string;
  /** The scheme's definition of the status. */
  readonly definition: string;
  /** Why: a sentence with the numbers, starting with the status. */
  readonly explanation: string;
  /** The measure rated, e.g. "Burglary offences are reduced compared to the same period in the last 12 months". */
  readonly measure: string;
  /** The rule's own words (its title and description, or a strategy target's description), `null` when it has none: then the document explains the rating with the scheme's `definition`, otherwise with these words only. */
  readonly ruleWords: { readonly title: string | null; readonly description: string | null } | null;
}

/** What drove a priority's change in the focus area: each part's contribution (changeContributions of @crimestats/rates). */
export interface Drivers {
  /** One row per part (an offence category, or the categories of one recording change merged), largest change first; the changes add up to the total change. */
  readonly rows: readonly {
    /** The part's name in words. */
    readonly name: string;
    /** Offences in the previous period. */
    readonly previous: number;
    /** Offences in the current period. */
    readonly current: number;
    /** Current minus previous. */
    readonly change: number;
    /** Its change as a percentage of the total change (the rows' shares add up to 100); `null` when the total did not change. */
    readonly share: number | null;
    /** Its contribution to the change of the rate per 1,000 residents (each period's own population). */
    readonly rateChange: number | null;
  }[];
  /** The parts that drove the change, in words. */
  readonly explanation: string;
}

/**
 * The charts and maps of one priority section, each a `Chart` of @crimestats/charts drawn with the
 * document's one set of area styles (`areaStyles`: the focus area, its comparators in the group's
 * order, the benchmark area), so an area keeps its colour, dash and shape in every chart. Each
 * chart's finding (the first words of its text alternative) is the section's own sentence.
 */
export interface PriorityCharts {
  /** Rolling-year rate per 1,000 residents of the focus area, its comparators and the benchmark area over the rolling years ending in the 36 months to the end of the current period, the current period marked and the changes in recording that affect the focus area's figure drawn as labelled rules (`trendChart`).; `null` in a single-period assessment (no rolling year before the period). */
  readonly trend: Chart | null;
  /** The current rate per 1,000 of the focus area and its comparators with 95% intervals (Byar, `byarInterval` of @crimestats/rates), the benchmark area's rate as a reference line (`comparisonChart`); `null` when there is nothing to compare the focus area with (no comparator, and a benchmark area of the focus area alone). */
  readonly comparison: Chart | null;
  /** Offences per month over the 24 months to the end of the current period, as two 12-month runs, with the 24-month average (`monthlyChart`): in the first section (all offences) only, the other sections give their months in words; `null` there and when {@link PrioritySection.months} is. */
  readonly monthly: Chart | null;
  /** What drove the change: each part's change in offences (`driversChart`); `null` when {@link PrioritySection.drivers} is. */
  readonly drivers: Chart | null;
  /**
   * The focus area's wards coloured by their released counts in the current period (counts, not
   * rates: wards have no population here), as released under the disclosure policy: a suppressed
   * ward is "Not shown" with the reason (`choroplethMap`); `null` without ward counts, ward
   * boundaries or a ward table for the priority.
   */
  readonly wards: Chart | null;
  /**
   * Where the priority's street-level crimes of data.police.uk fell in the focus area in the
   * current period, in 250 m hexagons (`hotspotMap`); `null` unless street-level crimes were given
   * for every month of the current period, the focus area's outline is among the area boundaries,
   * and the priority's categories match data.police.uk crime types like for like (docs/report-guide.md#maps).
   */
  readonly hotspot: Chart | null;
  /**
   * Why the priority has no charts, e.g. `"No charts for this priority: too few offences for a
   * chart to show anything but chance."`, when its change is too few to judge or it has no
   * offences in either period (every chart above and its long-term trend chart are then `null`;
   * its figures and tables stay); `null` when it has its charts.
   */
  readonly withheld: string | null;
}

/** The charts of the whole document (each a `Chart` of @crimestats/charts). */
export interface DocumentCharts {
  /** The benchmark area's members coloured by their rate of the headline priority (all offences) in the current period, the focus area outlined (`choroplethMap`); `null` without area boundaries. */
  readonly areas: Chart | null;
  /** The members' headline rates against their populations with 95% and 99.8% limits around the benchmark area's rate (`funnelChart`), widened for over-dispersion when the members vary more than chance would make them (φ estimated by `funnelOverdispersion` of @crimestats/benchmark; Spiegelhalter 2005); `null` with fewer than three members with a population. */
  readonly funnel: Chart | null;
  /** What makes up the focus area's offences: each category's share of the current period and its change in share (`mixChart`; Metropolitan Police major categories when the counts use MPS categories); `null` when the focus area has no offence in the current period. */
  readonly mix: Chart | null;
}

/** Everything the Strategic Assessment says about one priority. */
export interface PrioritySection {
  /** Priority id from the framework. */
  readonly id: string;
  /** The section's anchor id in the documents (`priority-<id>`), which the key findings link to. */
  readonly anchor: string;
  /** Priority name, e.g. "Burglary". */
  readonly name: string;
  /** Whether fewer offences are better, more, or neither. */
  readonly polarity: Polarity;
  /** The MPS categories (MinorText) summed for this priority. */
  readonly categories: readonly string[];
  /** Quick facts for the focus area. */
  readonly quickFacts: QuickFacts;
  /** The verdict on the focus area's change; `null` in a single-period assessment (`change: "none"`), which judges no change. */
  readonly change: PriorityChange | null;
  /** The focus area's current rate against the benchmark area's. */
  readonly vsBenchmarkArea: RateComparison;
  /** The focus area's current rate against the pooled rate of its comparator group (the focus area left out). */
  readonly vsComparatorGroup: RateComparison;
  /** What drove the focus area's change, or `null` for a priority of one offence category and in a single-period assessment. */
  readonly drivers: Drivers | null;
  /** Changes in recording inside the comparison that affect the figure of the focus area, a comparator or the benchmark area (none in a single-period assessment: there is no comparison). */
  readonly breaks: readonly BreakNote[];
  /** The focus area's long trend: the same period in every earlier year of the counts, the long-run average and a rolling-year chart with the changes in recording marked; `null` in a single-period assessment (the data hold no earlier year). */
  readonly longTrend: LongTrendResult | null;
  /** The benchmark table: the focus area, its comparator group and the benchmark area. */
  readonly table: readonly BenchmarkRow[];
  /** Sentences explaining the table (from `describeTable` of @crimestats/benchmark). */
  readonly explanations: readonly string[];
  /** The section's charts and maps (each a `Chart` of @crimestats/charts: its Vega-Lite specification, title, text alternative, source line, table and notes). */
  readonly charts: PriorityCharts;
  /** Above/below-average months, or `null` when the data hold fewer than 24 months to the end month. */
  readonly months: MonthPattern | null;
  /** The RAG verdict, or `null` when no rule applies. */
  readonly rag: RagVerdict | null;
}

/** One rejected row or cell of an input file, as an example. */
export interface RejectedInput {
  /** Line of the row in its file (the header is line 1). */
  readonly line: number;
  /** Why it was rejected, as a code, e.g. `"invalid-count"`, `"field-count"`, `"duplicate-row"`. */
  readonly code: string;
  /** The offending value and what was expected. */
  readonly message: string;
}

/** How the rows (or month cells) of one input file were accounted for: read = accepted + rejected. */
export interface InputFileReconciliation {
  /** The file's name (without its folder). */
  readonly file: string;
  /** What the file was read for, e.g. `"borough counts"`. */
  readonly role: string;
  /** What one unit read is: `"month cells"` for the MPS tables (one per row and month), `"rows"` otherwise. */
  readonly unit: "month cells" | "rows";
  /** Units read (header excluded). */
  readonly read: number;
  /** Units accepted (counted). */
  readonly accepted: number;
  /** Units rejected (not counted). */
  readonly rejected: number;
  /** Rejected units per code; the counts add up to `rejected`. */
  readonly rejectedByCode: Readonly<Record<string, number>>;
  /** The first rejected rows, with line and code. */
  readonly examples: readonly RejectedInput[];
}

/**
 * What the input files held against what they should hold: every row or cell read is either
 * accepted or rejected (with its code), and what is missing is named (areas without counts,
 * months without counts). `complete` is true only when nothing was rejected and nothing is
 * missing; the command exits with status 3 otherwise.
 */
export interface InputReconciliation {
  /** One entry per file read. */
  readonly files: readonly InputFileReconciliation[];
  /** Units rejected over all files. */
  readonly rejected: number;
  /** Sentences naming what is missing; empty when the data are complete. */
  readonly missing: readonly string[];
  /** True when nothing was rejected and nothing is missing. */
  readonly complete: boolean;
  /**
   * Sentences saying where every row accepted went when not all of them are in a figure (the
   * data.police.uk street files: crimes in other districts or without a location, anti-social
   * behaviour), adding up to the rows counted; absent when every row is in a figure.
   */
  readonly accounted?: readonly string[];
  /** The releases joined into the counts, oldest first: the months each supplied and its revisions by the release that replaced it. */
  readonly releases?: readonly ReleaseReconciliation[];
}

/** One release joined into the counts, in an {@link InputReconciliation}. */
export interface ReleaseReconciliation {
  /** The file's name. */
  readonly file: string;
  /** The release's vintage, e.g. `"2023-03_2025-02"`. */
  readonly vintage: string;
  /** First month in the release. */
  readonly first: MonthKey;
  /** Last month in the release. */
  readonly last: MonthKey;
  /** Runs of months taken from it (a newer release wins where two hold a month). */
  readonly used: readonly { readonly first: MonthKey; readonly last: MonthKey }[];
  /** Vintage of the newer release it was compared with, `null` for the newest. */
  readonly revisedBy: string | null;
  /** Cells (area × month × offence) both releases hold. */
  readonly cellsCompared: number;
  /** Of those, cells whose count the newer release changed. */
  readonly cellsRevised: number;
  /** The newer release's total minus this one's over the months both hold, every category and area (a category one of them restates under other names counts in both totals). */
  readonly totalChange: number;
}

/** How a change in recording bears on one priority's figures, for the document's list of changes. */
export interface RecordingChangeFigures {
  /** The priority's name. */
  readonly priority: string;
  /** The anchor id of the priority's section. */
  readonly section: string;
  /** How the change bears on the priority's figures. */
  readonly treatment: BreakTreatment;
  /** In words: which areas' changes are not comparable, judged with a caveat, or why the figures are comparable. */
  readonly explanation: string;
}

/** A change in recording that falls inside the compared periods, listed once in the document's "Changes in recording" section. */
export interface RecordingChange {
  /** The break's id. */
  readonly id: string;
  /** The first month on the new basis. */
  readonly month: MonthKey;
  /** What kind of change it is. */
  readonly kind: RecordingBreakKind;
  /** A short label, e.g. "counts moved between areas". */
  readonly label: string;
  /** A published or given change (`known`), or one found in the counts (`detected`). */
  readonly origin: "known" | "detected";
  /** What changed, in plain English. */
  readonly description: string;
  /** Where a known change is documented, `null` for one found in the counts. */
  readonly source: string | null;
  /** The address of that source, `null` when none. */
  readonly url: string | null;
  /** The priorities whose figures it touches, in the document's order. */
  readonly figures: readonly RecordingChangeFigures[];
}

/** The structured Strategic Assessment returned by {@link strategicAssessment}. */
export interface StrategicAssessmentResult {
  /** Title of the document. */
  readonly title: string;
  /** True when made from the SYNTHETIC demonstration data; every rendering then says so. */
  readonly synthetic: boolean;
  /** Where the counts and populations came from. */
  readonly sources: readonly string[];
  /** The focus area. */
  readonly area: string;
  /** The benchmark area (its name and what its members are called). */
  readonly benchmarkArea: BenchmarkAreaInput;
  /**
   * Why the focus area is not compared with its benchmark area, when the benchmark area's only
   * member is the focus area itself (e.g. the City of London police force area is the City alone):
   * one sentence saying so, and no comparison with itself or rank "1 of 1" anywhere; `null` otherwise.
   */
  readonly benchmarkAreaAlone: { readonly explanation: string } | null;
  /** The comparator group: its name and its members other than the focus area. */
  readonly comparatorGroup: { readonly name: string; readonly members: readonly string[] };
  /** The current period (rolling year, or the `period` given). */
  readonly current: ReportPeriod;
  /** The comparison period (same period last year); `null` in a single-period assessment (`change: "none"`). */
  readonly previous: ReportPeriod | null;
  /**
   * Why the document gives no changes, said once for the whole document, e.g. "The data begin in
   * January 2022: there is no year earlier to compare with, so this assessment gives levels and
   * comparisons between areas, not changes."; `null` when the current period is compared with the
   * same period a year earlier (`change: "year-earlier"`, the default).
   */
  readonly singlePeriod: { readonly explanation: string } | null;
  /**
   * What the focus area's name covers, said at the front next to it, when that is not plain (a
   * council counted from the districts it replaced, e.g. "Cumberland here is the area of the former
   * Allerdale, Carlisle and Copeland districts (Cumberland Council from 1 April 2023): see Notes on
   * method."); absent otherwise.
   */
  readonly areaNote?: string;
  /** The population estimate each period's rates use (`previous` is `null` in a single-period assessment). */
  readonly populations: { readonly previous: PopulationUsed | null; readonly current: PopulationUsed };
  /** The key findings for the top of the document, each sentence with the anchor id of the section it comes from. */
  readonly keyFindings: readonly KeyFinding[];
  /** One section per priority, All offences (or the priority summing every offence) first. */
  readonly priorities: readonly PrioritySection[];
  /** Every change in recording inside the compared periods that touches a figure of the document, once each, by month (the "Changes in recording" section). */
  readonly recordingChanges: readonly RecordingChange[];
  /** The document's charts beyond the priority sections: the benchmark area's map, the funnel plot and the mix of offences. */
  readonly charts: DocumentCharts;
  /** The ward tables of the focus area (one per priority, released under the disclosure policy and audited), or `null` when no ward counts were given or they do not cover the current period. */
  readonly wards: WardSectionResult | null;
  /** The sections of the partnership's own data (anti-social behaviour, domestic abuse, …, the delivery plan), or `null` when none were given. */
  readonly local: LocalMeasuresResult | null;
  /** Method notes printed at the end. */
  readonly notes: readonly string[];
  /** How the input files were read (rows accepted and rejected, what is missing), or `null` when not given. */
  readonly reconciliation: InputReconciliation | null;
}

/**
 * The logo of a published document: the image's bytes, their type and a text alternative. The
 * HTML document embeds it as a `data:` URI (nothing is loaded from anywhere) and the Word document
 * as an image; Markdown cannot embed bytes portably and prints the text alternative only.
 */
export interface DocumentLogo {
  /** The image file's bytes (a PNG, a JPEG or an SVG file as read). */
  readonly data: Uint8Array;
  /** The image's type; checked against the bytes (the PNG or JPEG signature, `<svg` for SVG). */
  readonly type: "image/png" | "image/jpeg" | "image/svg+xml";
  /** The text alternative, required and not empty, e.g. `"Safer Harrow logo"`. */
  readonly alt: string;
}

/**
 * The branding and front matter of a published document (HTML, Markdown, Word, PDF). Every field
 * is optional; text fields are plain text (never markup), printed as given.
 */
export interface DocumentOptions {
  /** The document's title; default the result's `title`. */
  readonly title?: string;
  /** The partnership publishing it, e.g. `"Safer Harrow"`: printed in the front matter and the running header. */
  readonly partnership?: string;
  /** The partnership's logo, shown at the top of the front matter. */
  readonly logo?: DocumentLogo;
  /** An introduction in plain text: paragraphs separated by a blank line. */
  readonly introduction?: string;
  /** The colour of headings and rules, `"#rrggbb"`, at least 4.5:1 against white (so text in it can be read); default `"#1d4f91"` (dark blue). */
  readonly accentColour?: string;
  /** Text printed at the foot of every printed page and at the end of the document on screen. */
  readonly footer?: string;
  /** How to reach the authors, e.g. `"community.safety@harrow.gov.uk"`. */
  readonly contact?: string;
  /** The date the document was produced, `"YYYY-MM-DD"`; default today (UTC). Printed as "7 December 2026". */
  readonly date?: string;
}
