import type { DisclosurePolicy } from "@crimestats/disclosure";
import { monthIndex, type Period } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import { monthRun } from "./monthRun.js";

/** What a table of an incident measure over periods is made from (the breakdown and flag tables). */
export interface TableRows {
  /** The focus area's rows (one unit). */
  readonly rows: readonly IncidentCount[];
  /** The periods, oldest first. */
  readonly periods: readonly Period[];
  /** How the rows' periods are read. */
  readonly mode: "monthly" | "runs";
  /** The disclosure policy. */
  readonly policy: DisclosurePolicy;
  /** The unit, for the notes (`"offences"`). */
  readonly unit: string;
}

/**
 * The rows that count in a period: in `monthly` mode those whose month lies in it, in `runs` mode
 * those whose run is exactly it (a quarter is never counted in a year, nor a stock summed over
 * periods).
 *
 * @param rows - Incident rows.
 * @param period - The period.
 * @param mode - How the rows' periods are read.
 * @returns The rows in the period.
 * @throws {@link ReportError} `invalid-data` for a row whose period is not a month or a run.
 * @example
 * ```ts
 * rowsIn([{ measure: "asb", area: "A", period: "2024-03", flags: [], count: 9 }], rollingYear("2025-02"), "monthly").length; //=> 1
 * ```
 */
export function rowsIn(rows: readonly IncidentCount[], period: Period, mode: "monthly" | "runs"): IncidentCount[] {
  const first = monthIndex(period.first);
  const last = monthIndex(period.last);
  return rows.filter((r) => {
    const p = monthRun(r.period);
    if (mode === "runs") return p.first === period.first && p.last === period.last;
    const at = monthIndex(p.first);
    return at >= first && at <= last;
  });
}
