import { disclosurePreset, type DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import type { LocalFact, LocalKind, LocalSection, LocalSectionsInput, LocalTable, LocalVerdict } from "../../localTypes.js";
import { listWords } from "../sections/words.js";
import type { ReleasedCount } from "./released.js";

/**
 * Small pieces the youth justice, survey, service-volume and delivery-plan sections share: the
 * policy in force, a released count in a sentence, an interval in words, the sentence that
 * compares the focus area with other areas, and the section's shape.
 */

/** The disclosure policy of the local sections: the input's, else the suite's default preset. */
export function policyOf(input: LocalSectionsInput): DisclosurePolicy {
  return input.disclosure ?? disclosurePreset("suppress-1-4-round-5");
}

/**
 * A released count inside a sentence: its printed value, or, when the policy hides it, "a number
 * not shown (*)": never the count, nor whether it was hidden for being small or to protect
 * another (which would narrow it down, as the ward tables never say).
 */
export function countPhrase(count: ReleasedCount): string {
  return count.value !== null ? count.text : `a number not shown (${count.text})`;
}

/** A 95% interval in words: "95% confidence interval 22.2% to 53.4%". */
export function intervalWords(lower: number, upper: number, decimals: number, suffix: string): string {
  return `95% confidence interval ${formatNumber(lower, decimals)}${suffix} to ${formatNumber(upper, decimals)}${suffix}`;
}

/** An interval in a table cell: "22.2 to 53.4". */
export function intervalCell(lower: number, upper: number, decimals: number): string {
  return `${formatNumber(lower, decimals)} to ${formatNumber(upper, decimals)}`;
}

/** One other area's comparison: its name with its figure in brackets, and the outcome. */
export interface AreaComparison {
  /** "London (44.4%)". */
  readonly label: string;
  /** Significantly higher or lower, or not significantly different. */
  readonly outcome: "higher" | "lower" | "similar";
}

/**
 * One sentence comparing the focus area with other areas, significant differences first:
 * "Harrow's rate is significantly lower than that of London (44.4%) and not significantly different
 * from those of Barnet (40.8%) or Brent (39.6%)." Areas keep the order given (never ranked).
 */
export function comparisonSentence(subject: string, comparisons: readonly AreaComparison[]): string | null {
  if (comparisons.length === 0) return null;
  const of = (o: AreaComparison["outcome"]) => comparisons.filter((c) => c.outcome === o).map((c) => c.label);
  const parts: string[] = [];
  // "than that of London (44.4%)": the subject's figure is compared with the other areas' figures, not with the areas.
  const ofAreas = (labels: readonly string[]) => `${labels.length === 1 ? "that" : "those"} of`;
  if (of("higher").length > 0) parts.push(`significantly higher than ${ofAreas(of("higher"))} ${listWords(of("higher"))}`);
  if (of("lower").length > 0) parts.push(`significantly lower than ${ofAreas(of("lower"))} ${listWords(of("lower"))}`);
  const similar = of("similar");
  if (similar.length > 0) {
    parts.push(`not significantly different from ${ofAreas(similar)} ${listWords(similar, "or")}`);
  }
  return `${subject} is ${listWords(parts)}.`;
}

/**
 * Rows in the assessment's order of areas: the focus area, its comparators, the benchmark area,
 * then any other area in the order given. Never by value: areas are listed, not ranked.
 */
export function inAreaOrder<T extends { readonly area: string }>(input: LocalSectionsInput, rows: readonly T[]): T[] {
  const order = [input.area, ...(input.comparators ?? []), ...(input.benchmarkArea === undefined ? [] : [input.benchmarkArea])];
  const place = (area: string) => {
    const i = order.indexOf(area);
    return i === -1 ? order.length : i;
  };
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => place(a.r.area) - place(b.r.area) || a.i - b.i)
    .map((x) => x.r);
}

/** What a section is made of before it gets its id, anchor and kind. */
export interface SectionParts {
  readonly name: string;
  readonly period: string;
  readonly facts: readonly LocalFact[];
  readonly findings: readonly string[];
  readonly tables: readonly LocalTable[];
  readonly charts?: LocalSection["charts"];
  readonly notes: readonly string[];
  readonly verdict: LocalVerdict | null;
}

/** A local section of one kind (its id is the kind's, its anchor `local-<id>`). */
export function kindSection(input: LocalSectionsInput, kind: LocalKind, parts: SectionParts): LocalSection {
  return {
    id: kind,
    anchor: `local-${kind}`,
    kind,
    name: parts.name,
    synthetic: input.synthetic === true,
    period: parts.period,
    facts: parts.facts,
    findings: parts.findings,
    tables: parts.tables,
    charts: parts.charts ?? [],
    notes: parts.notes,
    verdict: parts.verdict,
  };
}

/**
 * The note under a table whose counts the policy rounds or recodes: its derived figures come from
 * the exact counts (and are hidden where a count they use is), so they may differ a little from
 * the counts shown. None when the policy changes no count that is shown.
 */
export function exactBasisNote(policy: DisclosurePolicy): string[] {
  if (!roundsCounts(policy)) return [];
  return ["Rates, percentages and intervals are worked out from the exact counts, so they may differ slightly from the rounded counts shown."];
}

/** True when the policy rounds or recodes the counts it shows, so a figure from the exact counts may not match them. */
export function roundsCounts(policy: DisclosurePolicy): boolean {
  return policy.round !== undefined || policy.recode !== undefined;
}

/** A whole number or a figure with up to `decimals` places, trailing zeros dropped: 16 → "16", 21.5 → "21.5". */
export function plainNumber(value: number, decimals = 2): string {
  return formatNumber(value, decimals, { trim: true });
}
