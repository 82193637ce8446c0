import { funnelLimits, funnelOverdispersion, funnelPoints } from "@crimestats/benchmark";
import { choroplethMap, funnelChart, mixChart, type AreaStyles, type Boundaries, type Chart } from "@crimestats/charts";
import type { PrioritySection, ReportPeriod } from "../../types.js";
import { capitalise, labelWords } from "../sections/words.js";
import { mpsCategoryName } from "../priorities.js";
import { oneLineName } from "./priorityCharts.js";
import type { SourceLine } from "./sources.js";

/** Members of the benchmark area the funnel plot needs at least. */
const FUNNEL_MEMBERS = 3;
/** Populations the funnel's limits are drawn at. */
const FUNNEL_POINTS = 40;

/** One member area of the benchmark area with its headline rate. */
export interface MemberRate {
  /** The area. */
  readonly area: string;
  /** Residents in the current period. */
  readonly population: number;
  /** Offences of the headline priority in the current period. */
  readonly count: number;
  /** Rate per 1,000 residents. */
  readonly rate: number;
}

/** What the document's charts are drawn from. */
export interface DocumentChartsInput {
  /** The focus area. */
  readonly area: string;
  /** The benchmark area's name and what its members are called. */
  readonly benchmarkArea: { readonly name: string; readonly membersName: string };
  /** The current period. */
  readonly current: ReportPeriod;
  /** The headline section (all offences). */
  readonly headline: PrioritySection;
  /** The members with a population and their headline rate. */
  readonly members: readonly MemberRate[];
  /** The document's area styles. */
  readonly styles: AreaStyles;
  /** Boundaries of the members, if given. */
  readonly boundaries: Boundaries | undefined;
  /** The focus area's offences by category in the two periods (categories in the document's order). */
  readonly categories: readonly { readonly name: string; readonly previous?: number; readonly current: number }[];
  /** Source lines. */
  readonly sources: { readonly rates: SourceLine; readonly areas: SourceLine; readonly counts: SourceLine };
}

/**
 * The map of the benchmark area's members coloured by their headline rate in the current period,
 * the focus area outlined; members joined to the boundaries by code or name (unjoined ones in the
 * map's notes). The finding is the headline's rank among the members and its comparison with the
 * benchmark area.
 */
export function areasMap(input: DocumentChartsInput): Chart | null {
  if (input.boundaries === undefined) return null;
  const { headline, benchmarkArea } = input;
  return choroplethMap({
    title: `${oneLineName(headline.name)}: rate per 1,000 residents by ${benchmarkArea.membersName}, ${input.current.label}`,
    ...input.sources.areas,
    finding:
      headline.quickFacts.rankInBenchmarkArea === null
        ? headline.vsBenchmarkArea.explanation
        : `${headline.quickFacts.rankInBenchmarkArea.explanation} ${headline.vsBenchmarkArea.explanation}`,
    boundaries: input.boundaries,
    values: input.members.map((m) => ({ area: m.area, value: m.rate })),
    by: "auto",
    legendTitle: "Offences per 1,000 residents",
    focus: input.area,
    decimals: 1,
  });
}

/**
 * The funnel plot of the members' headline rates against their residents, with 95% and 99.8%
 * limits around the benchmark area's rate (`funnelPoints` of @crimestats/benchmark, exact Poisson),
 * widened for over-dispersion when the members vary more than chance would make them (φ from
 * `funnelOverdispersion`, Spiegelhalter 2005; the chart says φ); the centre line is labelled with
 * the benchmark area's name. `null` with fewer than three members. The finding is the headline's
 * comparison with the benchmark area.
 */
export function funnelOf(input: DocumentChartsInput): Chart | null {
  const members = input.members.filter((m) => m.population > 0);
  const benchmark = input.headline.table.find((r) => r.role === "benchmark-area");
  if (members.length < FUNNEL_MEMBERS || benchmark === undefined) return null;
  const populations = members.map((m) => m.population);
  const from = Math.min(...populations) * 0.8;
  const to = Math.max(...populations) * 1.25;
  const { name, membersName } = input.benchmarkArea;
  const rate = benchmark.current.rate;
  // Spiegelhalter's over-dispersion factor of the members' counts (1 when they vary no more than chance).
  const { overdispersion } =
    rate > 0
      ? funnelOverdispersion(
          members.map(({ area, count, population }) => ({ area, count, population })),
          rate,
          { per: 1000 },
        )
      : { overdispersion: 1 };
  return funnelChart({
    title: `${oneLineName(input.headline.name)}: rates of the ${membersName} against ${name}, ${input.current.label}`,
    ...input.sources.rates,
    finding: funnelFinding(input, rate, overdispersion),
    yTitle: "Offences per 1,000 residents",
    rows: members.map((m) => ({ area: m.area, population: m.population, value: m.rate })),
    limits: funnelPoints(rate, { from, to, points: FUNNEL_POINTS, per: 1000, overdispersion }),
    benchmarkLabel: oneLineName(name),
    styles: input.styles,
  });
}

/**
 * The funnel plot's finding: the headline's comparison with the benchmark area, and, where the
 * limits are widened for over-dispersion and the focus area is called significantly higher or
 * lower than the benchmark area's rate but lies inside the widened 95% limits, why both are true:
 * the section's test asks whether the area's rate differs from the benchmark's beyond the chance
 * in its own counts; the widened limits ask whether it stands out among members that really differ.
 */
function funnelFinding(input: DocumentChartsInput, rate: number, overdispersion: number): string {
  const comparison = input.headline.vsBenchmarkArea;
  const focus = input.members.find((m) => m.area === input.area);
  if (overdispersion <= 1 || focus === undefined || focus.population <= 0 || (comparison.outcome !== "higher" && comparison.outcome !== "lower"))
    return comparison.explanation;
  const [limit] = funnelLimits(rate, focus.population, { per: 1000, levels: [0.95], overdispersion }).limits;
  if (limit === undefined || focus.rate < limit.lower || focus.rate > limit.upper) return comparison.explanation;
  const { name, membersName } = input.benchmarkArea;
  return `${comparison.explanation} The plot does not contradict that: the test asks whether ${input.area}'s rate differs from ${name}'s by more than the chance in its own counts, and it does; but the rates of the ${membersName} differ from one another far more than chance alone would make them, and allowing for that, ${input.area} lies within the 95% limits and does not stand out among them.`;
}

/** The mix chart: each category's share of the focus area's offences in the current period, with its change in share; `null` without offences (no shares to take). */
export function mixOf(input: DocumentChartsInput): Chart | null {
  if (!input.categories.some((c) => c.current > 0)) return null;
  return mixChart({
    title: `What makes up crime in ${oneLineName(input.area)}: share of offences by category, ${input.current.label}`,
    ...input.sources.counts,
    rows: input.categories,
  });
}

/**
 * The focus area's offences by category in the two periods: by Metropolitan Police major
 * category when `groups` maps every label to one, else by label; names in sentence case.
 */
export function categoryCounts(
  labels: readonly string[],
  groups: Readonly<Record<string, string>> | null,
  countOf: (labels: readonly string[]) => { readonly previous?: number; readonly current: number },
): { name: string; previous?: number; current: number }[] {
  const parts = new Map<string, string[]>();
  for (const label of labels) {
    const group = groups?.[label];
    const name = group === undefined ? capitalise(labelWords(label)) : (mpsCategoryName(group) ?? capitalise(labelWords(label)));
    parts.set(name, [...(parts.get(name) ?? []), label]);
  }
  return [...parts.entries()].map(([name, members]) => ({ name, ...countOf(members) }));
}
