import { monthIndex, monthKeyFromIndex, type MonthKey } from "@crimestats/periods";
import { monthWords } from "./sections/words.js";
import { formatNumber } from "@crimestats/internal";
import type { PopulationEstimates, PopulationUsed, ReportPeriod } from "../types.js";

/** One area's population for one period: the residents, the estimate's year (`null` for a single estimate) and its source. */
interface AreaPopulation {
  readonly population: number;
  readonly year: number | null;
  readonly source: string | null;
}

/** The populations of a Strategic Assessment, looked up by area and year. */
export interface PopulationLookup {
  /** True when one estimate (a plain record) is used for every period. */
  readonly single: boolean;
  /** Areas with a positive population in some estimate. */
  readonly areas: ReadonlySet<string>;
  /** The population of `area` for a period whose middle is `middle` ({@link periodMiddle}): the estimate holding the area nearest it ({@link nearestEstimateYear}). */
  of(area: string, middle: number): AreaPopulation | undefined;
}

/**
 * The middle of a period, in months on the scale of `monthIndex` (the start of month i is i): the
 * start of its first month plus half its length (July 2022 to June 2023 → the start of January
 * 2023; January to November 2022 → the middle of June 2022).
 */
export function periodMiddle(first: MonthKey, last: MonthKey): number {
  return (monthIndex(first) + monthIndex(last) + 1) / 2;
}

/** How far, in months, the reference date of the mid-`year` estimate (30 June, the end of June) is from `middle`. */
function monthsFrom(year: number, middle: number): number {
  return Math.abs(monthIndex(`${year}-07`) - middle);
}

/**
 * The year of `years` whose estimate's reference date (30 June of the year) is nearest the middle
 * of the period, in months; only a genuine tie (as many months before as after) goes to the later
 * year. July 2022 to June 2023 (middle 1 January 2023) with 2021, 2022 and 2024 → 2022 (6 months,
 * against 18); March 2024 to February 2025 (middle 1 September 2024) with 2024 and 2025 → 2024.
 */
export function nearestEstimateYear(years: Iterable<number>, middle: number): number | undefined {
  let best: number | undefined;
  for (const y of years) {
    if (best === undefined) {
      best = y;
      continue;
    }
    const d = monthsFrom(y, middle) - monthsFrom(best, middle);
    if (d < 0 || (d === 0 && y > best)) best = y;
  }
  return best;
}

/** The other year of `years` as near `middle` as `used` (the earlier of a tie {@link nearestEstimateYear} broke), or `undefined`. */
export function tiedEstimateYear(years: Iterable<number>, middle: number, used: number): number | undefined {
  for (const y of years) if (y !== used && monthsFrom(y, middle) === monthsFrom(used, middle)) return y;
  return undefined;
}

/** The middle of a period in words: "1 January 2023" (between two months) or "mid-June 2022". */
export function middleWords(middle: number): string {
  const month = monthWords(monthKeyFromIndex(Math.floor(middle)));
  return Number.isInteger(middle) ? `1 ${month}` : `mid-${month}`;
}

/**
 * The calendar year a period's population estimate is wanted for: the year holding the period's
 * middle month, month ⌊L/2⌋ + 1 of an L-month period (March 2024 to February 2025 → month 7,
 * September 2024 → 2024; a financial year 2024/25 → October 2024 → 2024; January to December
 * 2025 → July 2025 → 2025).
 */
export function periodYear(first: MonthKey, last: MonthKey): number {
  const length = monthIndex(last) - monthIndex(first) + 1;
  return Number(monthKeyFromIndex(monthIndex(first) + Math.floor(length / 2)).slice(0, 4));
}

/** The lookup of `populations`: one record for every period, or estimates by year. */
export function populationLookup(populations: Readonly<Record<string, number>> | readonly PopulationEstimates[]): PopulationLookup {
  if (!Array.isArray(populations)) {
    const record = populations as Readonly<Record<string, number>>;
    const areas = new Set(Object.keys(record).filter((a) => (record[a] ?? 0) > 0));
    return {
      single: true,
      areas,
      of: (area) => (areas.has(area) ? { population: record[area] ?? 0, year: null, source: null } : undefined),
    };
  }
  const estimates = [...(populations as readonly PopulationEstimates[])].sort((a, b) => a.year - b.year);
  const areas = new Set(estimates.flatMap((e) => Object.keys(e.populations).filter((a) => (e.populations[a] ?? 0) > 0)));
  return {
    single: false,
    areas,
    of(area, middle) {
      const holding = estimates.filter((e) => (e.populations[area] ?? 0) > 0);
      const year = nearestEstimateYear(
        holding.map((e) => e.year),
        middle,
      );
      const best = holding.find((e) => e.year === year);
      return best === undefined ? undefined : { population: best.populations[area] ?? 0, year: best.year, source: best.source ?? null };
    },
  };
}

/** What the document says about the populations: which estimate each period uses, and whether the newest is old. */
export function populationNotes(
  used: { readonly previous: PopulationUsed | null; readonly current: PopulationUsed },
  periods: { readonly previous: ReportPeriod | null; readonly current: ReportPeriod },
  area: string,
  focusPopulations: { readonly previous: number; readonly current: number },
): string[] {
  if (used.previous === null || periods.previous === null) {
    // A single-period assessment: one period, one estimate.
    const u = used.current;
    if (u.year === null) return ["Rates are offences per 1,000 residents."];
    return [
      `Rates are offences per 1,000 residents, with the mid-${u.year} population estimate${nearestWords(u, periods.current)}${u.source === null ? "" : ` from ${u.source}`} (${area}: ${formatNumber(focusPopulations.current, 0)} residents).`,
      ...staleNote(u.year, periods.current),
    ];
  }
  if (used.current.year === null || used.previous.year === null) {
    return ["Rates are offences per 1,000 residents; one population is used for both periods."];
  }
  const describe = (u: PopulationUsed, p: ReportPeriod, residents: number): string =>
    `for the ${p.longLabel}, the mid-${u.year} estimate${nearestWords(u, p)}${u.source === null ? "" : ` from ${u.source}`} (${area}: ${formatNumber(residents, 0)} residents)`;
  // One estimate nearest both periods: the rate change is then the count change over one population, and the note says so.
  const notes =
    used.previous.year === used.current.year
      ? [
          `Rates are offences per 1,000 residents. Both periods use the mid-${used.current.year} estimate, the nearest to each${
            used.current.source === null ? "" : `, from ${used.current.source}`
          } (${area}: ${formatNumber(focusPopulations.current, 0)} residents), so the rate changes show the change in offences only, not any change in the population.`,
        ]
      : [
          `Rates are offences per 1,000 residents, each period with the population estimate nearest it: ${describe(used.previous, periods.previous, focusPopulations.previous)}; ${describe(used.current, periods.current, focusPopulations.current)}.`,
        ];
  notes.push(...staleNote(Math.max(used.previous.year, used.current.year), periods.current));
  return notes;
}

/** " (the nearest available to the middle of the period, 1 January 2023)" when the estimate is not of the year of the period's middle month, else "". */
function nearestWords(u: PopulationUsed, p: ReportPeriod): string {
  return u.year === u.wanted ? "" : ` (the nearest available to the middle of the period, ${middleWords(periodMiddle(p.first, p.last))})`;
}

/** The note that the newest estimate used is more than two years old at the end of the current period, or none. */
function staleNote(newest: number, current: ReportPeriod): string[] {
  // An estimate is for the middle of its year (30 June): more than 24 months before the last month is more than two years old.
  if (monthIndex(current.last) - monthIndex(`${newest}-06`) <= 24) return [];
  return [
    `The newest population estimate used is for mid-${newest}, more than two years before the end of the current period (${monthWords(current.last)}): where the population has grown since, the rates overstate offences per resident.`,
  ];
}
