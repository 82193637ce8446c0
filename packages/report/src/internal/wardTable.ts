import { auditTable, protectTable, publishTable, twoWayTable, type DisclosurePolicy } from "@crimestats/disclosure";
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
export function buildWardTable(counts: CountTable, priorities: readonly PriorityInput[], period: ReportPeriod, policy: DisclosurePolicy): WardTable | null {
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
  // Published view only: one "suppressed" status, no list of secondary suppressions (a reader who
  // knew which hidden cells are primary would know they are small). The audit reads the same view.
  const released = publishTable(protectTable(table, policy));
  const audit = auditTable(released);
  const byId = new Map(released.cells.map((c) => [c.id, c]));
  const names = [...columns.map((c) => c.name), "Total"];
  const rows = [...wards, "Total"].map((w) => ({ ward: w, cells: names.map((c) => byId.get(`${w}|${c}`)?.display ?? "") }));
  const suppressed = released.cells.filter((c) => c.value === null).length;
  const symbol = released.cells.find((c) => c.value === null)?.display ?? policy.suppress?.symbol ?? "*";
  const footnote = [
    `Counts released under the disclosure policy "${policy.id}" (${describeRule(policy)})`,
    suppressed > 0
      ? `; "${symbol}" marks ${suppressed} suppressed cell${suppressed === 1 ? "" : "s"}, each either a small number or hidden so that no small number can be worked out from the other figures`
      : "; no cell needed suppression",
    ". Totals are computed from the exact counts and released separately: they are not the sum of the released cells.",
    audit.disclosed.length === 0
      ? ` Checked: no count that may be small (${protectedText(policy)}) can be narrowed from the released figures and this rule to a range narrower than ${audit.protectionWidth} (upper minus lower).`
      : ` WARNING: ${audit.disclosed.length} figure(s) that may be small can be narrowed from the released figures: ${audit.disclosed.map((d) => d.id).join(", ")}.`,
  ].join("");
  return { columns: names, rows, footnote, period, released, disclosed: audit.disclosed.map((d) => d.id) };
}

/** The policy's published rule in words, e.g. `counts 1–4 are shown as "*", other counts are rounded to the nearest 5`. */
function describeRule(policy: DisclosurePolicy): string {
  const parts: string[] = [];
  const s = policy.suppress;
  if (s !== undefined) parts.push(`counts ${s.min}–${s.max} are shown as "${s.symbol}"`);
  const rc = policy.recode;
  if (rc !== undefined) parts.push(`counts ${rc.min}–${rc.max} are shown as ${rc.value}`);
  const r = policy.round;
  if (r !== undefined) {
    const how = r.mode === "nearest" ? "to the nearest" : r.mode === "up" ? "up to a multiple of" : "down to a multiple of";
    parts.push(`${parts.length > 0 ? "other counts" : "counts"} are rounded ${how} ${r.base}`);
  }
  return parts.length > 0 ? parts.join(", ") : "counts are shown as counted";
}

/** The counts the policy protects, in words, e.g. `1–4` or `1–7`. */
function protectedText(policy: DisclosurePolicy): string {
  const ranges = [policy.suppress, policy.recode].filter((r) => r !== undefined).map((r) => `${r.min}–${r.max}`);
  return ranges.length > 0 ? ranges.join(" or ") : "none";
}
