import type { RatioInput } from "@crimestats/disclosure";
import { formatNumber, neumaierSum } from "@crimestats/internal";
import type { Period } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import type { LocalTable } from "../../localTypes.js";
import { rowsIn, type TableRows } from "./countIn.js";
import { fromExactCounts, hiddenSharesNote, isHidden, releasedParts, releasedRatio, type ReleasedCount } from "./released.js";

/** What {@link breakdownTable} needs. */
export interface BreakdownTableInput extends TableRows {
  /** The table's id. */
  readonly id: string;
  /** Its caption. */
  readonly caption: string;
  /** The first column's header, e.g. `"Category"`. */
  readonly label: string;
  /** The group of a row (`null`: the row's value is not recorded). */
  readonly group: (row: IncidentCount) => string | null;
  /** The label of rows with no value. */
  readonly notRecorded: string;
  /** A group as printed (default: as recorded), e.g. `"female"` → `"Female"`. */
  readonly display?: (group: string) => string;
  /** The groups' order; groups not listed follow in first-seen order. */
  readonly order?: readonly string[];
}

/** One period of a breakdown, released: each group's figure and share, the total. */
interface BreakdownPeriod {
  /** The period. */
  readonly period: Period;
  /** Each group's released count, by group. */
  readonly counts: ReadonlyMap<string, ReleasedCount>;
  /** Each group's share of the total in percent (from the exact counts; `null` when hidden or the total is 0). */
  readonly shares: ReadonlyMap<string, number | null>;
  /** Each group's share as printed. */
  readonly shareTexts: ReadonlyMap<string, string>;
  /** The total's released count. */
  readonly total: ReleasedCount;
}

/** The result of {@link breakdownTable}. */
export interface BreakdownTableResult {
  /** The table. */
  readonly table: LocalTable;
  /** Each period's released figures (for sentences). */
  readonly periods: readonly BreakdownPeriod[];
  /** Figures the disclosure audit finds could be narrowed, as "<period>: <group>" (empty when safe). */
  readonly disclosed: readonly string[];
}

const TOTAL = "Total";

/**
 * A breakdown of a measure by one field of its rows (category, victim age band, victim sex) over
 * one or more periods: each group's count released with its total as a one-way table (secondary
 * suppression so that no hidden figure can be worked out from the total and the others), its
 * share of the total in percent (1 dp) worked out from the exact counts (so it may differ slightly
 * from the rounded counts shown) and hidden when a count it uses is (every share of a period with a
 * hidden part, as the exact total holds it), and, over two or more periods, the change of the share from the previous period to
 * the latest in percentage points (later minus earlier, 1 dp, from the unrounded shares).
 *
 * @param input - The rows, field, periods and policy.
 * @returns The table and the released figures, or `null` when no row records the field or every
 * row falls in one group (the table would only repeat the total).
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects a count.
 * @example
 * ```ts
 * const rows = [
 *   { measure: "w", area: "A", period: "2017-01/2017-12", category: "Firearms", flags: [], count: 3 },
 *   { measure: "w", area: "A", period: "2017-01/2017-12", category: "Knives", flags: [], count: 40 },
 *   { measure: "w", area: "A", period: "2018-01/2018-12", category: "Firearms", flags: [], count: 1 },
 *   { measure: "w", area: "A", period: "2018-01/2018-12", category: "Knives", flags: [], count: 25 },
 * ];
 * breakdownTable({ id: "t", caption: "By category", label: "Category", group: (r) => r.category ?? null, notRecorded: "Not recorded",
 *   rows, periods: [calendarYear(2017), calendarYear(2018)], mode: "runs", policy: { id: "none", protectionWidth: 0 }, unit: "offences" })?.table.rows[0];
 * //=> ["Firearms", "3", "7.0%", "1", "3.8%", "-3.1"]
 * ```
 */
export function breakdownTable(input: BreakdownTableInput): BreakdownTableResult | null {
  const { rows, periods, mode, policy } = input;
  if (!rows.some((r) => input.group(r) !== null)) return null;
  const groupOf = (r: IncidentCount): string => input.group(r) ?? input.notRecorded;
  const seen = [...new Set(rows.map(groupOf))];
  // One group is the total again: no table.
  if (seen.length < 2) return null;
  const listed = (input.order ?? []).filter((g) => seen.includes(g));
  const groups = [...listed, ...seen.filter((g) => !listed.includes(g))];
  const totalId = groups.includes(TOTAL) ? `${TOTAL} (all)` : TOTAL;
  const disclosed: string[] = [];
  const withHidden: string[] = [];
  const released: BreakdownPeriod[] = periods.map((period) => {
    const inPeriod = rowsIn(rows, period, mode);
    const counts = Object.fromEntries(groups.map((g) => [g, neumaierSum(inPeriod.filter((r) => groupOf(r) === g).map((r) => r.count))]));
    const parts = releasedParts(counts, policy, totalId);
    disclosed.push(...parts.disclosed.map((d) => `${period.label}: ${d}`));
    // The exact total holds every part: shares over it would give a hidden part away (the total less the others
    // worked out from their shares), so a period with a hidden part shows no share.
    const exactTotal = parts.inputs.get(totalId) as RatioInput;
    const partHidden = groups.some((g) => isHidden(parts.inputs.get(g) as RatioInput, policy));
    if (partHidden) withHidden.push(period.label);
    const total: RatioInput = partHidden ? { count: exactTotal.count, status: "secondary-suppressed" } : exactTotal;
    const shares = new Map<string, number | null>();
    const shareTexts = new Map<string, string>();
    for (const g of groups) {
      const s = releasedRatio(parts.inputs.get(g) as RatioInput, total, policy, { per: 100, decimals: 1, suffix: "%" });
      shares.set(g, s.value);
      shareTexts.set(g, s.text);
    }
    return { period, counts: new Map(parts.parts.map((p) => [p.id, p.count])), shares, shareTexts, total: parts.total };
  });
  const latest = released.at(-1) as BreakdownPeriod;
  const before = released.length > 1 ? (released.at(-2) as BreakdownPeriod) : null;
  const symbol = policy.suppress?.symbol ?? "*";
  const ppText = (g: string): string => {
    const a = before?.shares.get(g) ?? null;
    const b = latest.shares.get(g) ?? null;
    if (a !== null && b !== null) return formatNumber(b - a, 1, { signed: true });
    return before?.shareTexts.get(g) === symbol || latest.shareTexts.get(g) === symbol ? symbol : "–";
  };
  const header = [
    input.label,
    ...released.flatMap((p) => [p.period.label, `${p.period.label} %`]),
    ...(before === null ? [] : [`Change in share, ${before.period.label} to ${latest.period.label} (percentage points)`]),
  ];
  const body = groups.map((g) => [
    input.display?.(g) ?? g,
    ...released.flatMap((p) => [p.counts.get(g)?.text ?? "", p.shareTexts.get(g) ?? ""]),
    ...(before === null ? [] : [ppText(g)]),
  ]);
  // The total's share: hidden with it (its symbol), none of nothing ("–"), else all of it.
  const totalShare = (t: ReleasedCount): string => (t.value === null ? t.text : t.value === 0 ? "–" : "100.0%");
  body.push([TOTAL, ...released.flatMap((p) => [p.total.text, totalShare(p.total)]), ...(before === null ? [] : [""])]);
  const hidden = body.some((row) => row.slice(1).includes(symbol));
  const notes = [
    `Shares are of each period's total ${input.unit}, ${fromExactCounts(policy, "they")}; a share is not shown where a count it uses is hidden.`,
    ...(withHidden.length === 0 ? [] : [hiddenSharesNote(withHidden)]),
    ...(before === null ? [] : ["The change in share is the later share minus the earlier, in percentage points, from the unrounded shares."]),
    ...(hidden ? [`"${symbol}" marks a figure not shown: a small number, or one hidden so that no small number can be worked out from the others.`] : []),
    ...(policy.round !== undefined ? [`Counts are rounded to the nearest ${policy.round.base} separately, so they need not add up to the total shown.`] : []),
  ];
  return {
    table: { id: input.id, caption: input.caption, header, rows: body, numeric: header.map((_, i) => i > 0), emphasis: -1, notes },
    periods: released,
    disclosed,
  };
}
