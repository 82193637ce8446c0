import type { RatioInput } from "@crimestats/disclosure";
import { neumaierSum } from "@crimestats/internal";
import type { Period } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import type { LocalTable } from "../../localTypes.js";
import { rowsIn, type TableRows } from "./countIn.js";
import { flagName } from "./flagName.js";
import { fromExactCounts, hiddenSharesNote, isHidden, released, releasedParts, releasedRatio, type ReleasedCount } from "./released.js";

/** What {@link flagsTable} needs. */
export interface FlagsTableInput extends TableRows {
  /** The table's id. */
  readonly id: string;
  /** Its caption. */
  readonly caption: string;
  /** The first column's header, e.g. `"Strand"`. */
  readonly label: string;
  /** The flags shown, in order. */
  readonly flags: readonly string[];
  /** The label of the total row, e.g. `"All hate crimes (each crime once)"`. */
  readonly totalLabel: string;
}

/** One flag's released figures in one period. */
interface FlagFigure {
  /** The released count of rows carrying the flag. */
  readonly count: ReleasedCount;
  /** Its share of the period's total, percent (from the exact counts), `null` when hidden or undefined. */
  readonly share: number | null;
  /** The share as printed. */
  readonly shareText: string;
}

/** The result of {@link flagsTable}. */
export interface FlagsTableResult {
  /** The table. */
  readonly table: LocalTable;
  /** By period (oldest first): each flag's figures and the released total. */
  readonly periods: readonly { readonly period: Period; readonly flags: ReadonlyMap<string, FlagFigure>; readonly total: ReleasedCount }[];
  /** True when some row carries two or more of the flags (so their counts add up to more than the total). */
  readonly overlap: boolean;
}

/**
 * A table of flags (hate-crime strands, injury, a knife): for each flag and period the count of
 * rows that carry it (a crime with two strands counts in both), its share of the period's total
 * (from the exact counts, hidden when a count it uses is) and the total of distinct crimes, which
 * is the sum of the rows and never the sum of the flags.
 * Released under the policy: when no row carries two of the flags, the flags (and the rows with
 * none of them) are parts of the total and are released as a one-way table with secondary
 * suppression, and a period with a hidden part shows no share (over the exact total the others'
 * shares would give it away); when they overlap, each flag is released with its complement (the rows without
 * it) and is hidden whenever the complement or the total would have to be, so that no small
 * complement is given away by subtraction from the total.
 *
 * @param input - The rows, flags, periods and policy.
 * @returns The table and figures, or `null` when no row carries any of the flags.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects a count.
 * @example
 * ```ts
 * const rows = [
 *   { measure: "hate-crime", area: "A", period: "2024-06", flags: ["hate:race"], count: 20 },
 *   { measure: "hate-crime", area: "A", period: "2024-06", flags: ["hate:race", "hate:religion"], count: 10 },
 * ];
 * flagsTable({ id: "s", caption: "Strands", label: "Strand", flags: ["hate:race", "hate:religion"], totalLabel: "All hate crimes",
 *   rows, periods: [rollingYear("2025-02")], mode: "monthly", policy: { id: "none", protectionWidth: 0 }, unit: "offences" })?.table.rows;
 * //=> [["Race", "30", "100.0%"], ["Religion or belief", "10", "33.3%"], ["All hate crimes", "30", "100.0%"]]
 * ```
 */
export function flagsTable(input: FlagsTableInput): FlagsTableResult | null {
  const { rows, flags, periods, mode, policy } = input;
  const has = (r: IncidentCount, f: string): boolean => r.flags.includes(f);
  if (!rows.some((r) => flags.some((f) => has(r, f)))) return null;
  const overlap = rows.some((r) => flags.filter((f) => has(r, f)).length > 1);
  const NONE = "none of these";
  const withHidden: string[] = [];
  const figures = periods.map((period) => {
    const inPeriod = rowsIn(rows, period, mode);
    const total = neumaierSum(inPeriod.map((r) => r.count));
    const countOf = (f: string): number => neumaierSum(inPeriod.filter((r) => has(r, f)).map((r) => r.count));
    const out = new Map<string, FlagFigure>();
    let totalReleased: ReleasedCount;
    if (!overlap) {
      const parts: Record<string, number> = Object.fromEntries(flags.map((f) => [f, countOf(f)]));
      parts[NONE] = neumaierSum(inPeriod.filter((r) => !flags.some((f) => has(r, f))).map((r) => r.count));
      const partsReleased = releasedParts(parts, policy, "all rows");
      // A period with a hidden part shows no share: over the exact total, the others' shares would give it away.
      const exactTotal = partsReleased.inputs.get("all rows") as RatioInput;
      const partHidden = [...flags, NONE].some((f) => isHidden(partsReleased.inputs.get(f) as RatioInput, policy));
      if (partHidden) withHidden.push(period.label);
      const totalInput: RatioInput = partHidden ? { count: exactTotal.count, status: "secondary-suppressed" } : exactTotal;
      for (const f of flags) {
        const share = releasedRatio(partsReleased.inputs.get(f) as RatioInput, totalInput, policy, { per: 100, decimals: 1, suffix: "%" });
        out.set(f, { count: partsReleased.parts.find((p) => p.id === f)?.count as ReleasedCount, share: share.value, shareText: share.text });
      }
      totalReleased = partsReleased.total;
    } else {
      totalReleased = released(total, policy);
      const totalInput: RatioInput = { count: total, status: totalReleased.status };
      for (const f of flags) {
        const n = countOf(f);
        const pair = releasedParts({ with: n, without: total - n }, policy, "all");
        const own = pair.parts[0]?.count as ReleasedCount;
        const safe = own.value !== null && pair.total.value !== null && totalReleased.value !== null;
        const count: ReleasedCount = safe ? own : { value: null, text: policy.suppress?.symbol ?? "*", status: "secondary-suppressed" };
        const share = releasedRatio({ count: n, status: count.status }, totalInput, policy, { per: 100, decimals: 1, suffix: "%" });
        out.set(f, { count, share: share.value, shareText: share.text });
      }
    }
    return { period, flags: out, total: totalReleased };
  });
  const header = [input.label, ...figures.flatMap((p) => [p.period.label, `${p.period.label} % of all`])];
  const body = flags
    .filter((f) => rows.some((r) => has(r, f)))
    .map((f) => [flagName(f), ...figures.flatMap((p) => [p.flags.get(f)?.count.text ?? "", p.flags.get(f)?.shareText ?? ""])]);
  // The total's share: hidden with it (its symbol), none of nothing ("–"), else all of it, as in breakdownTable.
  body.push([input.totalLabel, ...figures.flatMap((p) => [p.total.text, p.total.value === null ? p.total.text : p.total.value === 0 ? "–" : "100.0%"])]);
  const symbol = policy.suppress?.symbol ?? "*";
  const notes = [
    overlap
      ? `One crime can carry several of these flags, so the figures above add up to more than the total of distinct ${input.unit}; they are never added up.`
      : flags.length === 1
        ? `The ${input.unit} without the flag are not listed; the total counts every one once.`
        : `Here none of the ${input.unit} carries two of these flags; the figures are still not added up to make the total, which counts each once.`,
    `Shares are of each period's total, ${fromExactCounts(policy, "they")}; a share is not shown where a count it uses is hidden.`,
    ...(withHidden.length === 0 ? [] : [hiddenSharesNote(withHidden)]),
    ...(body.some((row) => row.slice(1).includes(symbol))
      ? [`"${symbol}" marks a figure not shown: a small number, or one hidden so that no small number can be worked out from the others.`]
      : []),
  ];
  return {
    table: { id: input.id, caption: input.caption, header, rows: body, numeric: header.map((_, i) => i > 0), emphasis: body.length - 1, notes },
    periods: figures,
    overlap,
  };
}
