import type { StreetCrime } from "@crimestats/police-data";
import type { IncidentCount } from "@crimestats/schema";

/** The data.police.uk crime type of anti-social behaviour incidents. */
export const ASB_CRIME_TYPE = "Anti-social behaviour";

/** The source named on the rows made from street-level files. */
export const ASB_STREET_SOURCE = "data.police.uk street-level data";

/**
 * Anti-social behaviour incidents of data.police.uk street-level files as incident counts: the
 * rows whose crime type is "Anti-social behaviour", counted by the district of their LSOA name
 * ("Carlisle 012B" → Carlisle) and month, as `IncidentCount` rows (measure `"asb"`, unit
 * `"incidents"`, period the month, source "data.police.uk street-level data"), sorted by area
 * and month. A row without an LSOA name ("No Location") belongs to no district and is not
 * counted (see {@link isAsbWithoutDistrict}).
 */
export function asbFromStreetCrimes(crimes: readonly StreetCrime[]): IncidentCount[] {
  const counts = new Map<string, { area: string; month: string; count: number }>();
  for (const crime of crimes) {
    if (crime.offence !== ASB_CRIME_TYPE) continue;
    const area = crime.district?.trim() ?? "";
    if (area === "") continue;
    const key = `${area}\u0000${crime.month}`;
    const cell = counts.get(key);
    if (cell === undefined) counts.set(key, { area, month: crime.month, count: 1 });
    else cell.count += 1;
  }
  const rows = [...counts.values()]
    .sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map(({ area, month, count }): IncidentCount => ({ measure: "asb", area, period: month, flags: [], count, unit: "incidents", source: ASB_STREET_SOURCE }));
  return rows;
}

/** Whether a street-level row is anti-social behaviour that belongs to no district (no LSOA name, e.g. "No Location"), so is in no count. */
export function isAsbWithoutDistrict(crime: StreetCrime): boolean {
  return crime.offence === ASB_CRIME_TYPE && (crime.district?.trim() ?? "") === "";
}

/** Incident counts of several batches (street-level files read one at a time) as one list: counts of the same area and month added. */
export function mergeAsbCounts(batches: readonly (readonly IncidentCount[])[]): IncidentCount[] {
  const merged = new Map<string, IncidentCount>();
  for (const rows of batches) {
    for (const row of rows) {
      const key = `${row.area}\u0000${row.period}`;
      const before = merged.get(key);
      merged.set(key, before === undefined ? row : { ...before, count: before.count + row.count });
    }
  }
  return [...merged.values()].sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
