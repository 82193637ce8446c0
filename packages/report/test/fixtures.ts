import { readFileSync } from "node:fs";
import type { MonthKey } from "@crimestats/periods";
import type { CountRow } from "@crimestats/schema";

interface GoldenRow {
  readonly area: string;
  readonly previous: { readonly count: number };
  readonly current: { readonly count: number };
}

/** The published Harrow 2019 tables, the suite's one copy (its source is named in the file). */
const golden2019 = JSON.parse(readFileSync(new URL("../../../examples/data/harrow/golden-2019.json", import.meta.url), "utf8")) as {
  readonly populations: { readonly values: Readonly<Record<string, number>> };
  readonly tables: readonly { readonly id: string; readonly rows: readonly GoldenRow[] }[];
};

const totalRows = (golden2019.tables.find((t) => t.id === "total-offences")?.rows ?? []).filter((r) => r.area !== "London");

/**
 * The Total Offences table of the Harrow 2019 Strategy's strategic assessment (golden-2019.json):
 * each area's calendar-year total placed in the December of 2017 and 2018 (other months 0), so the
 * rolling year to Dec 2018 against the same period last year is the published table. Populations
 * are the working values that reproduce every printed rate (docs/methods.md#rate-per-1000-residents).
 */
export const total2019 = {
  counts: totalRows.map((r) => [r.area, r.previous.count, r.current.count] as const),
  populations: Object.fromEntries(totalRows.map((r) => [r.area, golden2019.populations.values[r.area] ?? 0])) as Record<string, number>,
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

/** The benchmark area of the London examples: London, pooled from its boroughs. */
export const london = { name: "London", membersName: "London boroughs" };

/** Harrow against its four neighbours and London, 12 months to Dec 2018, on {@link total2019Rows}; add the priorities. */
export const total2019Input = {
  counts: total2019Rows(),
  populations: total2019.populations,
  area: "Harrow",
  benchmarkArea: london,
  comparatorGroup: { name: "neighbours", members: ["Barnet", "Brent", "Ealing", "Hillingdon"] },
  end: "2018-12",
};
