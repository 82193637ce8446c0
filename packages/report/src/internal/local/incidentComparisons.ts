import type { DisclosurePolicy } from "@crimestats/disclosure";
import { neumaierSum } from "@crimestats/internal";
import type { Period } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import type { LocalTable } from "../../localTypes.js";
import type { RateComparison } from "../../types.js";
import { rateComparison } from "../verdicts.js";
import { rowsIn } from "./countIn.js";
import { runText } from "./runText.js";
import { fromExactCounts, isHidden, released, releasedRate } from "./released.js";

/** What {@link incidentComparisons} needs. */
export interface IncidentComparisonsInput {
  /** The table's id. */
  readonly id: string;
  /** The measure's name in a sentence with its unit, e.g. `"anti-social behaviour incidents"`. */
  readonly what: string;
  /** The unit, for the count column's header (`"incidents"`). */
  readonly unit: string;
  /** The focus area. */
  readonly area: string;
  /** The comparator group's members. */
  readonly comparators: readonly string[];
  /** The benchmark area's name, if any. */
  readonly benchmarkArea: string | undefined;
  /** The residents of an area for the period compared, if known. */
  readonly populationOf: (area: string) => number | undefined;
  /** Each area's whole-area rows of the measure's unit. */
  readonly rowsOf: (area: string) => readonly IncidentCount[];
  /** The period compared. */
  readonly current: Period;
  /** How the rows' periods are read. */
  readonly mode: "monthly" | "runs";
  /** The disclosure policy. */
  readonly policy: DisclosurePolicy;
}

/** The result of {@link incidentComparisons}. */
export interface IncidentComparisonsResult {
  /** Each area's released count and rate, the focus area first, or `null` when no other area has data for the period. */
  readonly table: LocalTable | null;
  /** The comparisons in sentences (with the benchmark area, then the comparator group). */
  readonly findings: readonly string[];
  /** The method of the comparisons, for the notes. */
  readonly notes: readonly string[];
  /** The comparisons made (`not-compared` ones left out). */
  readonly comparisons: readonly RateComparison[];
}

/** A comparison's outcome in a table cell, from the focus area's side ("Northam significantly higher": its rate is above this area's). */
function outcomeText(area: string, outcome: RateComparison["outcome"]): string {
  if (outcome === "higher" || outcome === "lower") return `${area} significantly ${outcome}`;
  return outcome === "similar" ? "not significantly different" : "not compared";
}

/**
 * The focus area's rate per 1,000 residents against the benchmark area's and the pooled rate of
 * its comparator group (their counts over their residents), with the recorded-crime sections'
 * method (`rateComparison`: the exact conditional test of two Poisson rates, the focus area
 * against each other side's own counts and residents — the benchmark area without the focus
 * area — words "not significantly different", never "similar"), for the areas whose rows cover the period, the
 * rates worked out from the exact counts (the table shows the counts as released). No
 * comparison is made with a figure the policy hides, nor with the group when one member's count
 * is hidden (its share of the pooled rate could be worked out).
 *
 * @param input - The areas, rows, period and policy.
 * @returns A table of the areas' released counts and rates and the comparison sentences.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects a count.
 * @example
 * ```ts
 * const rows = [
 *   { measure: "asb", area: "A", period: "2024-06", flags: [], count: 250 },
 *   { measure: "asb", area: "L", period: "2024-06", flags: [], count: 2400 },
 * ];
 * incidentComparisons({ id: "c", what: "anti-social behaviour incidents", area: "A", comparators: [], benchmarkArea: "L",
 *   unit: "incidents", populationOf: (a) => ({ A: 100000, L: 1000000 })[a], rowsOf: (a) => rows.filter((r) => r.area === a), current: rollingYear("2025-02"),
 *   mode: "monthly", policy: disclosurePreset("suppress-1-4-round-5") }).findings[0];
 * //=> "A's rate of anti-social behaviour incidents is not significantly different from the L rate in the 12 months to February 2025 (2.50 against 2.40 per 1,000 residents)."
 * ```
 */
export function incidentComparisons(input: IncidentComparisonsInput): IncidentComparisonsResult {
  const { area, policy, current, populationOf } = input;
  const countOf = (a: string): number | null => {
    const rows = rowsIn(input.rowsOf(a), current, input.mode);
    return rows.length === 0 ? null : neumaierSum(rows.map((r) => r.count));
  };
  const areas = [
    area,
    ...input.comparators.filter((c) => c !== area),
    ...(input.benchmarkArea === undefined || input.benchmarkArea === area ? [] : [input.benchmarkArea]),
  ];
  const counts = new Map(areas.map((a) => [a, countOf(a)]));
  const others = areas.filter((a) => a !== area && counts.get(a) !== null);
  if (others.length === 0) return { table: null, findings: [], notes: [], comparisons: [] };
  const focusCount = counts.get(area) ?? null;
  const focusPop = populationOf(area);
  const side = (a: string) => {
    const count = counts.get(a) ?? null;
    const population = populationOf(a);
    // The exact count: the rates compared and printed state the data as recorded (a hidden count is never compared).
    return count === null || population === undefined || !(population > 0) ? null : { count, population };
  };
  const hidden = (a: string): boolean => {
    const c = counts.get(a) ?? null;
    return c !== null && isHidden({ count: c }, policy);
  };
  const findings: string[] = [];
  const comparisons: RateComparison[] = [];
  const words = runText(current);
  const focus = side(area);
  const compare = (
    other: { count: number; population: number; includesFocus?: boolean } | null,
    names: { against: string; basis: string },
  ): RateComparison | null => {
    if (focus === null || other === null) return null;
    const c = rateComparison(area, focus, other, {
      subject: `rate of ${input.what}`,
      against: names.against,
      basis: names.basis,
      period: words,
      unit: input.unit,
    });
    return c.outcome === "not-compared" ? null : c;
  };
  const why =
    focusCount === null
      ? `there are no figures for ${area} in ${words}`
      : hidden(area)
        ? `${area}'s figure is too small to show`
        : focusPop === undefined
          ? `no population of ${area} was given, so it has no rate`
          : null;
  const bench = input.benchmarkArea;
  const cells = new Map<string, string>();
  if (why !== null) {
    findings.push(`${area}'s rate of ${input.what} is not compared with other areas: ${why}.`);
  } else {
    if (bench !== undefined && bench !== area && counts.get(bench) !== null) {
      const whole = side(bench);
      const c =
        hidden(bench) || whole === null ? null : compare({ ...whole, includesFocus: true }, { against: `the ${bench} rate`, basis: `the rest of ${bench}` });
      if (c !== null) {
        findings.push(c.explanation);
        comparisons.push(c);
        cells.set(bench, outcomeText(area, c.outcome));
      } else
        findings.push(
          `${area}'s rate is not compared with the ${bench} rate: ${hidden(bench) ? `the ${bench} figure is too small to show` : `no population of ${bench} was given`}.`,
        );
    }
    const members = input.comparators.filter((c) => c !== area);
    const usable = members.filter((m) => side(m) !== null);
    if (members.length > 0 && usable.length > 0) {
      if (usable.length < members.length || usable.some(hidden)) {
        findings.push(
          `${area}'s rate is not compared with its comparator group's: ${usable.some(hidden) ? "a member's figure is too small to show" : `the data hold no figure or population for ${members.filter((m) => !usable.includes(m)).join(", ")}`}.`,
        );
      } else {
        const pooled = { count: neumaierSum(usable.map((m) => side(m)?.count ?? 0)), population: neumaierSum(usable.map((m) => side(m)?.population ?? 0)) };
        const c = compare(pooled, {
          against: "the pooled rate of its comparator group",
          basis: `its comparator group together (${usable.join(", ")})`,
        });
        if (c !== null) {
          findings.push(c.explanation);
          comparisons.push(c);
        }
      }
      // Each member's own comparison, for the table only.
      for (const m of usable) {
        if (hidden(m)) continue;
        const c = compare(side(m), { against: `${m}'s rate`, basis: `${m}'s rate` });
        if (c !== null) cells.set(m, outcomeText(area, c.outcome));
      }
    }
  }
  const shown = [area, ...others];
  // Short headers (the caption names the measure): the table must fit a phone's width.
  const header = ["Area", `${input.unit.charAt(0).toUpperCase()}${input.unit.slice(1)}, ${current.label}`, "Per 1,000 residents", `${area} against this area`];
  const rows = shown.map((a) => {
    const count = counts.get(a) ?? null;
    const pop = populationOf(a);
    const c = count === null ? null : released(count, policy);
    const r = count === null || pop === undefined ? null : releasedRate({ count }, pop, policy, { per: 1000, decimals: 2 });
    return [a, c?.text ?? "–", r?.text ?? "–", a === area ? "" : (cells.get(a) ?? "not compared")];
  });
  const notes = [
    `Rates are per 1,000 residents of each area (its population as given), ${fromExactCounts(policy, "they")}. ${area}'s rate is compared with each other rate by the exact conditional test of two Poisson rates (two-sided, as R's poisson.test), ${area}'s ${input.unit} and residents against the other area's own${bench === undefined || bench === area ? "" : ` (${bench} without ${area})`}: a difference is significant at 95% when p < 0.05 and at 99.8% when p < 0.002; otherwise the rates are "not significantly different", which is not evidence that they are the same.`,
  ];
  return {
    table: {
      id: input.id,
      caption: `${input.what.charAt(0).toUpperCase()}${input.what.slice(1)} by area, ${current.label}`,
      header,
      rows,
      numeric: [false, true, true, false],
      emphasis: 0,
      notes: [],
    },
    findings,
    notes,
    comparisons,
  };
}
