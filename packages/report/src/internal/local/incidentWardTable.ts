import { rank } from "@crimestats/benchmark";
import type { DisclosurePolicy } from "@crimestats/disclosure";
import { neumaierSum } from "@crimestats/internal";
import type { Period } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import type { LocalTable } from "../../localTypes.js";
import { signedCount } from "../sections/words.js";
import { rowsIn } from "./countIn.js";
import { releasedParts, type ReleasedCount } from "./released.js";

/** The result of {@link incidentWardTable}. */
export interface IncidentWardTableResult {
  /** The table: ward, the previous period (when covered), the current period, the change of the figures shown and the rank. */
  readonly table: LocalTable;
  /** The wards with the most in the current period (rank 1), released figures only; empty when every ward is hidden. */
  readonly top: readonly { readonly ward: string; readonly count: ReleasedCount }[];
  /** How many wards' current figures are hidden. */
  readonly hidden: number;
  /** Figures the disclosure audit finds could be narrowed (empty when safe). */
  readonly disclosed: readonly string[];
}

const ALL = "All wards";

/**
 * The ward table of an incident measure, as the ward tables of the recorded-crime sections: each
 * ward's count in the current (and the previous) period released with an "All wards" total as a
 * one-way table with secondary suppression, the change worked out from the figures shown (none
 * where either is hidden), and the rank by released count (1 = most; hidden wards are not ranked
 * and are listed last, by name).
 *
 * @param rows - The focus area's rows that name a ward (one unit).
 * @param current - The period assessed.
 * @param previous - The period a year earlier, or `null`.
 * @param mode - How the rows' periods are read.
 * @param policy - The disclosure policy.
 * @param id - The table's id.
 * @param caption - Its caption.
 * @returns The table, or `null` when no row names a ward.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects a count.
 * @example
 * ```ts
 * const rows = [
 *   { measure: "asb", area: "A", ward: "Hill", period: "2024-06", flags: [], count: 42 },
 *   { measure: "asb", area: "A", ward: "Vale", period: "2024-06", flags: [], count: 61 },
 * ];
 * incidentWardTable(rows, rollingYear("2025-02"), null, "monthly", disclosurePreset("suppress-1-4-round-5"), "w", "By ward")?.table.rows;
 * //=> [["Vale", "60", "1"], ["Hill", "40", "2"], ["All wards", "105", ""]]
 * ```
 */
export function incidentWardTable(
  rows: readonly IncidentCount[],
  current: Period,
  previous: Period | null,
  mode: "monthly" | "runs",
  policy: DisclosurePolicy,
  id: string,
  caption: string,
): IncidentWardTableResult | null {
  const wardRows = rows.filter((r) => r.ward !== undefined);
  if (wardRows.length === 0) return null;
  const wards = [...new Set(wardRows.map((r) => r.ward as string))].sort((a, b) => a.localeCompare(b, "en"));
  const disclosed: string[] = [];
  const release = (period: Period) => {
    const inPeriod = rowsIn(wardRows, period, mode);
    const counts = Object.fromEntries(wards.map((w) => [w, neumaierSum(inPeriod.filter((r) => r.ward === w).map((r) => r.count))]));
    const parts = releasedParts(counts, policy, wards.includes(ALL) ? `${ALL} (total)` : ALL);
    disclosed.push(...parts.disclosed.map((d) => `${period.label}: ${d}`));
    return { byWard: new Map(parts.parts.map((p) => [p.id, p.count])), total: parts.total };
  };
  const now = release(current);
  // A previous period without any ward row is not covered by the ward data (its wards would all read 0).
  const earlier = previous === null || rowsIn(wardRows, previous, mode).length === 0 ? null : previous;
  const before = earlier === null ? null : release(earlier);
  const shown = wards.filter((w) => now.byWard.get(w)?.value !== null);
  const ranked = shown.length === 0 ? [] : rank(shown, { by: (w: string) => now.byWard.get(w)?.value ?? 0, order: "descending", ties: "min" }).rows;
  const rankOf = new Map(ranked.map((r) => [r.row, r.rank]));
  const order = [...wards].sort(
    (a, b) => (rankOf.get(a) ?? Number.POSITIVE_INFINITY) - (rankOf.get(b) ?? Number.POSITIVE_INFINITY) || a.localeCompare(b, "en"),
  );
  const change = (a: ReleasedCount | undefined, b: ReleasedCount | undefined): string =>
    a === undefined || b === undefined || a.value === null || b.value === null ? "–" : signedCount(b.value - a.value);
  const header = [
    "Ward",
    ...(earlier === null ? [] : [earlier.label]),
    current.label,
    ...(earlier === null ? [] : ["Change (figures shown)"]),
    "Rank (1 = most)",
  ];
  const body = order.map((w) => [
    w,
    ...(before === null ? [] : [before.byWard.get(w)?.text ?? ""]),
    now.byWard.get(w)?.text ?? "",
    ...(before === null ? [] : [change(before.byWard.get(w), now.byWard.get(w))]),
    rankOf.has(w) ? String(rankOf.get(w)) : "–",
  ]);
  body.push([ALL, ...(before === null ? [] : [before.total.text]), now.total.text, ...(before === null ? [] : [change(before.total, now.total)]), ""]);
  const symbol = policy.suppress?.symbol ?? "*";
  const hidden = wards.length - shown.length;
  const notes = [
    `Wards are ranked by their number (1 = most), not by a rate: there is no population for each ward here; a ward whose figure is not shown is not ranked.`,
    ...(earlier === null
      ? []
      : ["Changes are worked out from the figures shown, which may be rounded, so they are approximate; none is given where either figure is hidden."]),
    ...(body.some((r) => r.includes(symbol))
      ? [`"${symbol}" marks a figure not shown: a small number, or one hidden so that no small number can be worked out from the others.`]
      : []),
    `The "${ALL}" row is worked out from the exact counts and released under the same rule, so it need not equal the sum of the figures shown.`,
  ];
  const top = ranked.filter((r) => r.rank === 1).map((r) => ({ ward: r.row, count: now.byWard.get(r.row) as ReleasedCount }));
  return {
    table: { id, caption, header, rows: body, numeric: header.map((_, i) => i > 0), emphasis: -1, notes },
    top: top.every((t) => t.count.value === 0) ? [] : top,
    hidden,
    disclosed,
  };
}
