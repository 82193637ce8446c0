import { auditTable, protectTable, twoWayTable, type DisclosurePolicy } from "@crimestats/disclosure";
import { rollingSums } from "@crimestats/rates";
import type { PriorityInput } from "../strategicAssessment.js";
import type { ReportPeriod, WardTable } from "../types.js";
import type { CountTable } from "./counts.js";

/**
 * Columns for the ward table that share no offence (so a row total means something): the
 * narrowest priorities first, each kept when it shares no offence with one already kept (an
 * "All offences" priority is then left out in favour of its parts); listed in the input order.
 */
function disjointPriorities(priorities: readonly PriorityInput[]): PriorityInput[] {
  const taken = new Set<string>();
  const kept = new Set<PriorityInput>();
  for (const p of [...priorities].sort((a, b) => a.offences.length - b.offences.length)) {
    if (p.offences.length > 0 && p.offences.every((o) => !taken.has(o))) {
      kept.add(p);
      for (const o of p.offences) taken.add(o);
    }
  }
  return priorities.filter((p) => kept.has(p));
}

/**
 * Ward × priority counts over a period, with row and column totals, released under a disclosure
 * policy with secondary suppression (`protectTable`) and checked by the attacker (`auditTable`).
 */
export function buildWardTable(
  counts: CountTable,
  priorities: readonly PriorityInput[],
  period: ReportPeriod,
  policy: DisclosurePolicy,
): WardTable | null {
  const columns = disjointPriorities(priorities);
  const wards = counts.areas.filter((w) => w !== "");
  if (columns.length === 0 || wards.length === 0) return null;
  const first = counts.months.indexOf(period.first);
  const last = counts.months.indexOf(period.last);
  if (first < 0 || last < first) return null;
  // The period's total: the window of its length ending at its last month (rollingSums of @crimestats/rates).
  const length = last - first + 1;
  const matrix = wards.map((w) => columns.map((p) => rollingSums(counts.series(w, p.offences), { window: length })[first] ?? 0));
  const table = twoWayTable({ rows: wards, columns: columns.map((c) => c.name), counts: matrix });
  const released = protectTable(table, policy);
  const audit = auditTable(released);
  const byId = new Map(released.cells.map((c) => [c.id, c]));
  const names = [...columns.map((c) => c.name), "Total"];
  const rows = [...wards, "Total"].map((w) => ({ ward: w, cells: names.map((c) => byId.get(`${w}|${c}`)?.display ?? "") }));
  const suppressed = released.cells.filter((c) => c.value === null).length;
  const secondary = released.secondary.length;
  const symbol = released.cells.find((c) => c.value === null)?.display ?? "*";
  const footnote = [
    `Counts released under the disclosure policy "${policy.id}"`,
    suppressed > 0
      ? `; "${symbol}" marks ${suppressed} suppressed cell${suppressed === 1 ? "" : "s"}: ${suppressed - secondary} because the count is small${secondary === 0 ? " (no further cell needed hiding to protect them)" : ` and ${secondary} more so that no small count can be worked out from the totals`}`
      : "; no cell needed suppression",
    ". Totals are computed from the exact counts and released separately: they are not the sum of the released cells.",
    audit.disclosed.length === 0
      ? ` Checked: no suppressed count can be narrowed to fewer than ${audit.protectionWidth} possible values from the released figures.`
      : ` WARNING: ${audit.disclosed.length} suppressed cell(s) can be narrowed from the released figures: ${audit.disclosed.map((d) => d.id).join(", ")}.`,
  ].join("");
  return { columns: names, rows, footnote, period, released, disclosed: audit.disclosed.map((d) => d.id) };
}
