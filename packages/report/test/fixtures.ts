import type { MonthKey } from "@crimestats/periods";
import type { CountRow } from "../src/internal/counts.js";

/**
 * A hand-written fixture from the Harrow 2019 Strategy's strategic assessment (Total Offences table): each area's
 * calendar-year total placed in the December of 2017 and 2018 (other months 0), so the
 * rolling year to Dec 2018 against the same period last year is the published table.
 * Populations are the working values that reproduce every printed rate (docs/methods.md#rate-per-1000-residents).
 */
export const total2019 = {
  counts: [
    ["Barnet", 26_996, 28_236],
    ["Brent", 29_759, 30_705],
    ["Ealing", 28_319, 28_233],
    ["Harrow", 13_957, 14_866],
    ["Hillingdon", 24_777, 24_973],
  ] as const,
  populations: { Barnet: 387_810, Brent: 329_110, Ealing: 342_720, Harrow: 248_880, Hillingdon: 302_340 } as Record<string, number>,
};

export function total2019Rows(): CountRow[] {
  const rows: CountRow[] = [];
  for (const [area, c2017, c2018] of total2019.counts) {
    for (let m = 1; m <= 12; m += 1) {
      const mm = String(m).padStart(2, "0");
      rows.push({ area, month: `2017-${mm}` as MonthKey, offence: "ALL", count: m === 12 ? c2017 : 0 });
      rows.push({ area, month: `2018-${mm}` as MonthKey, offence: "ALL", count: m === 12 ? c2018 : 0 });
    }
  }
  return rows;
}
