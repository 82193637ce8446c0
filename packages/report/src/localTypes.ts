import type { Chart } from "@crimestats/charts";
import type { DisclosurePolicy } from "@crimestats/disclosure";
import type { MonthKey } from "@crimestats/periods";
import type { StreetCrime } from "@crimestats/police-data";
import type { DeliveryPlanAction, IncidentCount, LocalKind as SchemaLocalKind, ServiceVolume, SurveyResult, YouthJusticeRecord } from "@crimestats/schema";
import type { PopulationEstimates } from "./types.js";

/** The five kinds of a partnership's own data (`LocalKind` of @crimestats/schema), each with its template (`localTemplate`). */
export type LocalKind = SchemaLocalKind;

/**
 * A partnership's own data for the Strategic Assessment (rows of the local-data templates of
 * @crimestats/schema, e.g. read with `readLocalFile`): incident counts (anti-social behaviour,
 * domestic abuse, hate crime, knife and gun crime, serious youth violence or any other measure),
 * youth justice cohorts, survey results, service volumes against targets and the delivery plan.
 */
export interface LocalMeasuresInput {
  /** Incident counts by measure, area, period and flags. */
  readonly incidents?: readonly IncidentCount[];
  /** First-time entrants, reoffending cohorts and custodial sentences. */
  readonly youthJustice?: readonly YouthJusticeRecord[];
  /** Survey results by question, area and period. */
  readonly surveys?: readonly SurveyResult[];
  /** Service volumes (referrals, cases) with their targets. */
  readonly services?: readonly ServiceVolume[];
  /** The delivery plan's actions. */
  readonly plan?: readonly DeliveryPlanAction[];
  /** True when the data are the SYNTHETIC demonstration data: every local section says so. */
  readonly synthetic?: boolean;
  /** Where the data come from (files, providers), printed with the document's sources. */
  readonly sources?: readonly string[];
  /** Street-level anti-social behaviour of data.police.uk in the focus area, for the hotspot map. */
  readonly streetPoints?: readonly StreetCrime[];
  /**
   * The incident measures counted from published open data (e.g. `["asb"]` for the anti-social
   * behaviour rows of the data.police.uk street files): their rows are public already, so their
   * sections give the exact counts, under no disclosure policy. Default none.
   */
  readonly openData?: readonly string[];
}

/** Input of `localSections`: the data and the assessment they belong to. */
export interface LocalSectionsInput extends LocalMeasuresInput {
  /** The focus area, e.g. `"Harrow"`. */
  readonly area: string;
  /** The comparator group's members (the focus area left out). Default none. */
  readonly comparators?: readonly string[];
  /** The benchmark area's name, e.g. `"London"`. */
  readonly benchmarkArea?: string;
  /**
   * Residents by area, for rates per 1,000 residents: one record used for every period, or
   * estimates by year (as `StrategicAssessmentInput.populations`), each local period then using the
   * estimate for its own year (the nearest within a year; none further away: the rate is left out
   * and the section says why).
   */
  readonly populations?: Readonly<Record<string, number>> | readonly PopulationEstimates[];
  /** The assessment's last month: monthly incident counts are assessed on the 12 months to it when they cover it. */
  readonly end?: MonthKey;
  /** The date the delivery plan's statuses are judged at, `"YYYY-MM-DD"`. Default the last day of `end`'s month, else of the latest month in the data. */
  readonly asOf?: string;
  /** The disclosure policy of every local table and figure. Default the `suppress-1-4-round-5` preset of @crimestats/disclosure. */
  readonly disclosure?: DisclosurePolicy;
}

/** A quick fact of a local section, as released under the disclosure policy. */
export interface LocalFact {
  /** What it is, e.g. `"Incidents, 12 months to Feb 2025"`. */
  readonly label: string;
  /** The figure as printed, e.g. `"2,345"`, `"*"`, `"36.4% (95% CI 22.2–53.4)"`. */
  readonly text: string;
  /** The released value (after disclosure), `null` when suppressed or undefined; never a true count the policy hides. */
  readonly value: number | null;
  /** How it was made, in words, e.g. `"incidents / residents × 1,000"`. */
  readonly method: string;
}

/** A table of a local section: display strings as released under the disclosure policy. */
export interface LocalTable {
  /** Its id, unique in the document. */
  readonly id: string;
  /** The caption. */
  readonly caption: string;
  /** Header cells. */
  readonly header: readonly string[];
  /** Body rows of display strings. */
  readonly rows: readonly (readonly string[])[];
  /** Columns that hold numbers (right-aligned). */
  readonly numeric: readonly boolean[];
  /** Index of the row to emphasise (the focus area), or -1. */
  readonly emphasis: number;
  /** Notes printed under the table (symbols, rounding). */
  readonly notes: readonly string[];
}

/** The verdict of a local section: a change, a target status or a comparison. */
export interface LocalVerdict {
  /** What was judged. */
  readonly kind: "change" | "target" | "comparison";
  /** The verdict as a code, e.g. `"significant-rise"`, `"met"`, `"not-met"`, `"no-significant-change"`, `"too-few-to-judge"`. */
  readonly word: string;
  /** The verdict in a sentence with its figures. */
  readonly explanation: string;
}

/** Everything the Strategic Assessment says about one of the partnership's own measures. */
export interface LocalSection {
  /** The measure's id (`"asb"`, `"domestic-abuse"`, …) or the kind's (`"youth-justice"`, `"survey"`, `"service-volumes"`, `"delivery-plan"`). */
  readonly id: string;
  /** The section's anchor id in the documents, `local-<id>`. */
  readonly anchor: string;
  /** The kind of data it comes from. */
  readonly kind: LocalKind;
  /** Its heading, e.g. `"Anti-social behaviour"`. */
  readonly name: string;
  /** True when made from SYNTHETIC data. */
  readonly synthetic: boolean;
  /** The period(s) assessed, in words. */
  readonly period: string;
  /** Quick facts (released values only). */
  readonly facts: readonly LocalFact[];
  /** Sentences, in order: count and rate with the denominator, change with its test, comparisons, verdict or target status. */
  readonly findings: readonly string[];
  /** Tables, released under the disclosure policy. */
  readonly tables: readonly LocalTable[];
  /** Charts and maps (`Chart` of @crimestats/charts), drawn from released values only. */
  readonly charts: readonly Chart[];
  /** Method notes: the test, the interval, the denominator, figures never summed. */
  readonly notes: readonly string[];
  /** The verdict, or `null` when there is none to give. */
  readonly verdict: LocalVerdict | null;
  /** True when counted from published open data (`LocalMeasuresInput.openData`): exact counts, no disclosure policy. */
  readonly openData?: boolean;
}

/** The local sections of a Strategic Assessment, returned by `localSections`. */
export interface LocalMeasuresResult {
  /** One section per measure or kind supplied, in the document's order. */
  readonly sections: readonly LocalSection[];
  /** One sentence: the disclosure policy applied to every local table and figure except those of open data (`openData`), released exactly. */
  readonly disclosure: string;
  /** Rows left out and why (periods after the assessment's end), one sentence per measure or kind; each is also in its section's notes when it has a section. */
  readonly notes: readonly string[];
}
