import { hotspotMap, type Boundaries, type BoundaryFeature, type Chart } from "@crimestats/charts";
import { addMonths, monthIndex, type MonthKey } from "@crimestats/periods";
import type { ReportPeriod } from "../../types.js";
import type { SourceLine } from "./sources.js";
import type { StreetCrime } from "@crimestats/police-data";
import { crosswalk, metropolitanPoliceCategories, policeUkCategories } from "@crimestats/taxonomy";
import { listWords, monthWords } from "../sections/words.js";

/**
 * The data.police.uk crime types that hold exactly a priority's offences, or `null` when there are
 * none: every category of the priority maps (`crosswalk` of @crimestats/taxonomy, Metropolitan
 * Police category → data.police.uk category, exact or many-to-one) onto one of the types, and no
 * other category of the counts maps onto any of them. So Burglary ("BURGLARY - RESIDENTIAL",
 * "BURGLARY BUSINESS AND COMMUNITY") → "Burglary", Theft → "Bicycle theft", "Other theft",
 * "Shoplifting" and "Theft from the person"; Sexual offences (police.uk counts them with violence)
 * and Fraud and forgery (police.uk "Other crime" holds other categories too) → `null`.
 */
export function policeUkTypes(categories: readonly string[], allCategories: readonly string[]): readonly string[] | null {
  const typeOf = (label: string): string | null => {
    try {
      const found = crosswalk(metropolitanPoliceCategories, policeUkCategories, label);
      return found === null || found.match === "partial" ? null : found.target.name;
    } catch {
      return null;
    }
  };
  const mine = new Set<string>();
  for (const label of categories) {
    const type = typeOf(label);
    if (type === null) return null;
    mine.add(type);
  }
  const own = new Set(categories);
  for (const label of allCategories) {
    if (own.has(label)) continue;
    const type = typeOf(label);
    if (type !== null && mine.has(type)) return null;
  }
  return mine.size === 0 ? null : [...mine].sort();
}

/** The street-level crimes of the focus area (by the district of their LSOA) in the current period, and whether they cover every month of it. */
export interface FocusStreetCrimes {
  /** The crimes of the focus area in the current period. */
  readonly crimes: readonly StreetCrime[];
  /** The months of the current period no street-level crime was given for (of any area), oldest first. */
  readonly missingMonths: readonly MonthKey[];
  /** The crime types of the crimes given in the current period (of any area): a file of burglaries only holds "Burglary". */
  readonly types: ReadonlySet<string>;
}

/** The street-level crimes of `area` in `period` (districts compared ignoring case), the months of the period the files do not cover and the crime types they hold. */
export function focusStreetCrimes(
  crimes: readonly StreetCrime[],
  area: string,
  period: { readonly first: MonthKey; readonly last: MonthKey },
): FocusStreetCrimes {
  const first = monthIndex(period.first);
  const last = monthIndex(period.last);
  const seen = new Set<number>();
  const name = area.trim().toLowerCase();
  const kept: StreetCrime[] = [];
  const types = new Set<string>();
  for (const c of crimes) {
    const at = monthIndex(c.month);
    if (at < first || at > last) continue;
    seen.add(at);
    types.add(c.offence);
    if (c.district !== null && c.district.trim().toLowerCase() === name) kept.push(c);
  }
  const missingMonths: MonthKey[] = [];
  for (let at = first; at <= last; at += 1) if (!seen.has(at)) missingMonths.push(addMonths(period.first, at - first));
  return { crimes: kept, missingMonths, types };
}

/** What {@link hotspotChart} needs. */
export interface HotspotChartInput {
  /** The priority's name, e.g. `"Burglary"`. */
  readonly name: string;
  /** The focus area. */
  readonly area: string;
  /** The current period. */
  readonly current: ReportPeriod;
  /** The data.police.uk crime types of the priority (from {@link policeUkTypes}). */
  readonly types: readonly string[];
  /** The focus area's street-level crimes in the current period. */
  readonly crimes: readonly StreetCrime[];
  /** The focus area's outline (or its wards). */
  readonly outline: Boundaries | BoundaryFeature;
  /** The source line and licence. */
  readonly source: SourceLine;
}

/**
 * The hotspot map of a priority: its data.police.uk street-level crimes of the focus area in the
 * current period in 250 m hexagons over the area's outline, or `null` when none of its crime types
 * was given. The title names the crime types, so it is not read as the recorded counts of the
 * section (police.uk and MPS counts differ, which the finding says).
 */
export function hotspotChart(input: HotspotChartInput): Chart | null {
  const types = new Set(input.types);
  const points = input.crimes.filter((c) => types.has(c.offence)).map((c) => ({ longitude: c.longitude, latitude: c.latitude }));
  if (points.length === 0) return null;
  const typeWords = listWords(input.types.map((t) => `"${t}"`));
  return hotspotMap({
    title: `${input.name}: where street-level crimes were recorded in ${input.area}, ${input.current.label}`,
    ...input.source,
    finding: `Crimes of data.police.uk type ${typeWords} from ${monthWords(input.current.first)} to ${monthWords(input.current.last)}: the same offences as this priority's categories, but counted by data.police.uk, whose totals differ from the recorded crime of this section.`,
    points,
    outline: input.outline,
  });
}
