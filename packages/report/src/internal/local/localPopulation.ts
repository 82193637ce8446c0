import type { Period } from "@crimestats/periods";
import type { PopulationEstimates } from "../../types.js";
import { periodMiddle, periodYear, populationLookup } from "../populations.js";

/** The residents of an area for a local period, or why there are none. */
export type LocalPopulation =
  | {
      /** The residents. */
      readonly value: number;
      /** The year of the estimate used, or `null` when one record serves every period. */
      readonly year: number | null;
      /** The estimate in words, for a sentence: `"the mid-2024 estimate"` or `"the estimate the assessment uses"`. */
      readonly label: string;
    }
  | {
      readonly value: null;
      readonly year: null;
      /** Why there is no population, ending without a full stop: `"no population of Harrow was supplied"`. */
      readonly explanation: string;
    };

/**
 * The population of an area for a local period: from one record, the same for every period; from
 * estimates by year, the estimate whose reference date (30 June) is nearest the period's middle
 * (`nearestEstimateYear`), if its year is within one of the year of the middle month; none further away, and none for an area no
 * estimate holds, each with the reason.
 *
 * @param populations - One record of residents by area, or estimates by year (absent: none).
 * @param area - The area.
 * @param period - The local period.
 * @returns The residents and the estimate used, or why there are none.
 * @throws Never.
 * @example
 * ```ts
 * localPopulation([{ year: 2024, populations: { A: 100000 } }], "A", calendarYear(2025));
 * //=> { value: 100000, year: 2024, label: "the mid-2024 estimate" }
 * localPopulation([{ year: 2022, populations: { A: 100000 } }], "A", calendarYear(2025)).value;
 * //=> null
 * ```
 */
export function localPopulation(
  populations: Readonly<Record<string, number>> | readonly PopulationEstimates[] | undefined,
  area: string,
  period: Period,
): LocalPopulation {
  const none = `no population of ${area} was supplied`;
  if (populations === undefined) return { value: null, year: null, explanation: none };
  const lookup = populationLookup(populations);
  const wanted = periodYear(period.first, period.last);
  const found = lookup.of(area, periodMiddle(period.first, period.last));
  if (found === undefined || !(found.population > 0)) return { value: null, year: null, explanation: none };
  if (found.year === null) return { value: found.population, year: null, label: "the estimate the assessment uses" };
  if (Math.abs(found.year - wanted) > 1) {
    return { value: null, year: null, explanation: `no population estimate of ${area} near ${wanted} was given (the nearest is for mid-${found.year})` };
  }
  return { value: found.population, year: found.year, label: `the mid-${found.year} estimate` };
}
