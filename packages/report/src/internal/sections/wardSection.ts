import { rank } from "@crimestats/benchmark";
import {
  auditTable,
  oneWayTable,
  protectTable,
  publishTable,
  type CellStatus,
  type DisclosurePolicy,
  type ReleasedCell,
  type ReleasedTable,
} from "@crimestats/disclosure";
import { describeValue, formatNumber } from "@crimestats/internal";
import { isMonthKey, monthIndex, type MonthKey, type Period } from "@crimestats/periods";
import { percentChange } from "@crimestats/rates";
import { ReportError } from "../../ReportError.js";
import type { CountTable } from "../counts.js";
import { asReportError } from "../assessmentInput.js";
import { capitalise, listWords, monthWords, offencesWords, periodWords, signedCount } from "./words.js";

/** A priority shown in the ward section: its id, its name and the offence labels it sums. */
interface WardPriority {
  /** Stable id, e.g. `"burglary"`. */
  readonly id: string;
  /** Display name, e.g. `"Burglary"` or `"All offences"`. */
  readonly name: string;
  /** Offence labels of the ward counts summed for it. */
  readonly offences: readonly string[];
}

/** Input of {@link wardSection}. */
export interface WardSectionInput {
  /** Ward counts by ward (the areas), month and offence. */
  readonly counts: CountTable;
  /** The priorities, each shown with its own ward table. */
  readonly priorities: readonly WardPriority[];
  /** The assessed period. */
  readonly current: Period;
  /** The period it is compared with, `null` in a single-period assessment (no ward changes). */
  readonly previous: Period | null;
  /** The disclosure policy every ward figure is released under. */
  readonly disclosure: DisclosurePolicy;
  /** The area the wards belong to, e.g. `"Harrow"`. */
  readonly area: string;
}

/** A released ward figure: only what the disclosure policy lets out (never the exact count of a suppressed or rounded cell). */
export interface WardFigure {
  /** The released number, `null` when suppressed. */
  readonly value: number | null;
  /** What to print: the number with thousands separators, or the suppression symbol. */
  readonly display: string;
  /** What was done to the count (`published`, `rounded`, `suppressed`, …). */
  readonly status: CellStatus;
}

/** A change worked out from two released figures (never from exact counts a reader cannot see). */
export interface WardChange {
  /** Current minus previous released figure. */
  readonly value: number;
  /** Percent change of the released figures, `null` when the previous figure is 0. */
  readonly percent: number | null;
  /** Always `"released figures"`: the change is between the figures shown, which may be rounded. */
  readonly basis: "released figures";
}

/** One ward's row in a priority's ward table. */
export interface WardRow {
  /** The ward's name. */
  readonly ward: string;
  /** The released count in the assessed period. */
  readonly current: WardFigure;
  /** The released count in the previous period, `null` when the ward data do not cover it. */
  readonly previous: WardFigure | null;
  /** The change of the released figures, `null` when either is suppressed or the previous period is not covered. */
  readonly change: WardChange | null;
  /** Rank by released count in the assessed period among the area's wards (1 = most offences; tied wards share the best rank), `null` when suppressed. */
  readonly rank: number | null;
}

/** The ward table of one priority. */
export interface WardPrioritySection {
  /** Priority id. */
  readonly id: string;
  /** Priority name. */
  readonly name: string;
  /** The wards, by rank (most offences first), suppressed wards last in name order. */
  readonly rows: readonly WardRow[];
  /** The total over all wards, labelled `"All wards"`, with what it counts in `description`. */
  readonly total: {
    readonly label: "All wards";
    /** What the total counts, e.g. "Burglary offences in all wards of Harrow". */
    readonly description: string;
    readonly current: WardFigure;
    readonly previous: WardFigure | null;
    readonly change: WardChange | null;
  };
  /** Sentences on the wards with the most and fewest offences and the largest increases; none names a suppressed figure. */
  readonly explanations: readonly string[];
  /** The released tables, so anyone can audit them: the assessed period and (when covered) the previous one. */
  readonly released: { readonly current: ReleasedTable; readonly previous: ReleasedTable | null };
  /** Figures that may be small and could be narrowed from the released ones (from the disclosure audit), as "<priority>, <period label>: <ward>"; empty when safe. */
  readonly disclosed: readonly string[];
}

/** The ward section: for each priority, the wards of the focus area with the disclosure policy applied. */
export interface WardSectionResult {
  /** The area the wards belong to. */
  readonly area: string;
  /** The assessed period. */
  readonly current: Period;
  /** The previous period, `null` in a single-period assessment. */
  readonly previous: Period | null;
  /** Whether the ward data cover the previous period (when not, or in a single-period assessment, every change is `null`). */
  readonly previousCovered: boolean;
  /** One ward table per priority, in input order. */
  readonly priorities: readonly WardPrioritySection[];
  /** How changes are worked out, or why they are not shown; `null` in a single-period assessment (the document says once why it gives no changes). */
  readonly changeExplanation: string | null;
  /** How ranks are made: by count, as wards have no population here. */
  readonly rankExplanation: string;
  /** The disclosure rule, what the suppression symbol marks (never which cells were hidden for their own small count) and what the audit checked. */
  readonly footnote: string;
}

/** The label of the total row (and the id of the total cell of each released table). */
const TOTAL = "All wards";
/** Wards named in the largest-increases sentence. */
const INCREASES = 3;

/**
 * The ward section: for each priority, the wards' counts in the assessed and the previous period
 * released under a disclosure policy (one table per period with an "All wards" total; secondary
 * suppression so that no small count can be worked out from the total, checked by the disclosure
 * audit), each ward's change worked out from the released figures (and labelled so), its rank by
 * count within the area (wards have no population here, so no rates), and sentences on the wards
 * with the most and the fewest offences and the largest increases, none of which names a
 * suppressed figure. When the ward data do not cover the previous period, every change is `null`
 * and `changeExplanation` says why.
 *
 * @param input - The ward counts, the priorities, the two periods, the disclosure policy and the area.
 * @returns The ward tables, or `null` when the ward data hold no ward or do not cover the assessed period.
 * @throws {@link ReportError} `invalid-argument` when a period is not a period or a priority has no
 * offences; `invalid-data` when the disclosure package rejects the policy or a count (its message).
 * @example
 * ```ts
 * const result = wardSection({ counts, priorities: [{ id: "burglary", name: "Burglary", offences: ["BURGLARY"] }],
 *   current: rollingYear("2025-02"), previous: rollingYear("2024-02"), disclosure: disclosurePreset("suppress-1-4-round-5"), area: "Harrow" });
 * result?.priorities[0]?.explanations[0];
 * //=> "Greenhill had the most burglary offences of the 3 wards of Harrow in the 12 months to February 2025 (40)."
 * ```
 */
export function wardSection(input: WardSectionInput): WardSectionResult | null {
  checkInput(input);
  try {
    return wardTables(input);
  } catch (error) {
    throw asReportError(error);
  }
}

function wardTables(input: WardSectionInput): WardSectionResult | null {
  const { counts, current, previous, disclosure: policy, area } = input;
  const wards = counts.areas.filter((w) => w !== "");
  const range = (p: Period): [number, number] | null => {
    const first = counts.months.indexOf(p.first);
    const last = counts.months.indexOf(p.last);
    return first < 0 || last < first ? null : [first, last];
  };
  const currentRange = range(current);
  if (wards.length === 0 || currentRange === null) return null;
  const previousRange = previous === null ? null : range(previous);
  const sum = (s: Float64Array, [first, last]: [number, number]): number => {
    let total = 0;
    for (let i = first; i <= last; i += 1) total += s[i] ?? 0;
    return total;
  };
  let suppressed = 0;
  let width = 0;
  /** The wards' counts released with their total; the figures the audit finds narrowable are added to `disclosed` as "<priority>, <period>: <ward>". */
  const release = (values: readonly number[], what: string, disclosed: string[]): ReleasedTable => {
    const table = oneWayTable(Object.fromEntries(wards.map((w, i) => [w, values[i] ?? 0])), { total: TOTAL });
    // Published view only: one "suppressed" status, no list of secondary suppressions (a reader who
    // knew which hidden cells are primary would know they are small). The audit reads the same view.
    const released = publishTable(protectTable(table, policy));
    const audit = auditTable(released);
    disclosed.push(...audit.disclosed.map((d) => `${what}: ${d.id}`));
    width = audit.protectionWidth;
    suppressed += released.cells.filter((c) => c.value === null).length;
    return released;
  };

  const priorities = input.priorities.map((priority): WardPrioritySection => {
    const series = wards.map((w) => counts.series(w, priority.offences));
    const disclosed: string[] = [];
    const releasedCurrent = release(
      series.map((s) => sum(s, currentRange)),
      `${priority.name}, ${current.label}`,
      disclosed,
    );
    const releasedPrevious =
      previousRange === null || previous === null
        ? null
        : release(
            series.map((s) => sum(s, previousRange)),
            `${priority.name}, ${previous.label}`,
            disclosed,
          );
    const figure = (table: ReleasedTable, id: string): WardFigure => {
      const cell = table.cells.find((c) => c.id === id) as ReleasedCell;
      // A released number is written with thousands separators, as every number of the document.
      return { value: cell.value, display: cell.value === null ? cell.display : formatNumber(cell.value, 0), status: cell.status };
    };
    const unordered = wards.map((ward) => {
      const now = figure(releasedCurrent, ward);
      const before = releasedPrevious === null ? null : figure(releasedPrevious, ward);
      return { ward, current: now, previous: before, change: changeOf(before, now) };
    });
    const shown = unordered.filter((r) => r.current.value !== null);
    const ranked = shown.length === 0 ? [] : rank(shown, { by: (r) => r.current.value ?? 0, order: "descending", ties: "min" }).rows;
    const rankOf = new Map(ranked.map((r) => [r.row.ward, r.rank]));
    const rows: WardRow[] = unordered
      .map((r) => ({ ...r, rank: rankOf.get(r.ward) ?? null }))
      .sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || a.ward.localeCompare(b.ward, "en"));
    const totalCurrent = figure(releasedCurrent, TOTAL);
    const totalPrevious = releasedPrevious === null ? null : figure(releasedPrevious, TOTAL);
    return {
      id: priority.id,
      name: priority.name,
      rows,
      total: {
        label: TOTAL,
        description: `${capitalise(offencesWords(priority.name))} in all wards of ${area}`,
        current: totalCurrent,
        previous: totalPrevious,
        change: changeOf(totalPrevious, totalCurrent),
      },
      explanations: sentencesOf(rows, priority.name, area, current, previous, previousRange !== null),
      released: { current: releasedCurrent, previous: releasedPrevious },
      disclosed,
    };
  });
  const previousCovered = previousRange !== null;
  const symbol = priorities.flatMap((p) => p.rows.map((r) => r.current)).find((f) => f.value === null)?.display ?? policy.suppress?.symbol ?? "*";
  const allDisclosed = priorities.flatMap((p) => p.disclosed);
  // A policy with no rule (`none`: figures already published as recorded) has nothing to release or check.
  const noRule = policy.suppress === undefined && policy.recode === undefined && policy.round === undefined;
  const footnote = noRule
    ? "No disclosure rule was applied: every ward count is shown as counted."
    : [
        `Ward figures are released under a disclosure rule: ${describeRule(policy)}`,
        suppressed > 0
          ? `; "${symbol}" marks a suppressed figure, either a small number or one hidden so that no small number can be worked out from the others`
          : "; no figure needed suppression",
        `. The "${TOTAL}" row is worked out from the exact counts and released under the same rule, so it need not equal the sum of the figures shown.`,
        allDisclosed.length === 0
          ? ` Checked: no count that may be small (${protectedText(policy)}) can be narrowed from the released figures to a range narrower than ${width} (upper minus lower).`
          : ` WARNING: ${allDisclosed.length} figure(s) that may be small can be narrowed from the released figures: ${allDisclosed.join(", ")}.`,
      ].join("");
  return {
    area,
    current,
    previous,
    previousCovered,
    priorities,
    changeExplanation: previousCovered
      ? "Changes are worked out from the figures shown, which may be rounded, so they are approximate; no change is given where either figure is suppressed."
      : previous === null
        ? null
        : `Changes are not shown: the ward data run from ${monthWords(counts.months[0] as MonthKey)} to ${monthWords(counts.months.at(-1) as MonthKey)}, so they do not cover ${periodWords(previous)}.`,
    rankExplanation: `Wards are ranked by their number of offences (1 = most), not by a rate: there is no population for each ward here.`,
    footnote,
  };
}

/** The change between two released figures, or `null` when either is missing or suppressed. */
function changeOf(previous: WardFigure | null, current: WardFigure): WardChange | null {
  if (previous === null || previous.value === null || current.value === null) return null;
  return { value: current.value - previous.value, percent: percentChange(previous.value, current.value), basis: "released figures" };
}

/** Sentences on the most and fewest offences and the largest increases, from released figures only. */
function sentencesOf(rows: readonly WardRow[], name: string, area: string, current: Period, previous: Period | null, covered: boolean): string[] {
  const shown = rows.filter((r) => r.current.value !== null);
  const what = offencesWords(name);
  const explanations: string[] = [];
  const hidden = rows.length - shown.length;
  if (shown.length === 0) {
    explanations.push(`The figures for ${what} in the wards of ${area} in ${periodWords(current)} are too small to show.`);
    return explanations;
  }
  if (shown.every((r) => r.current.value === 0)) {
    // "had the most … (0 each)" would rank wards on nothing: say that none recorded any, or that the rest are too small to show.
    explanations.push(
      hidden === 0
        ? `No ward of ${area} recorded any ${what} in ${periodWords(current)}.`
        : `No ward of ${area} whose figure can be shown recorded any ${what} in ${periodWords(current)}; ${hidden === 1 ? "the other ward's figure is" : `the other ${hidden} wards' figures are`} too small to show.`,
    );
    return explanations;
  }
  const top = shown.filter((r) => r.rank === 1);
  const each = top.length > 1 ? " each" : "";
  explanations.push(
    `${listWords(top.map((r) => r.ward))} had the most ${what} of the ${rows.length} wards of ${area} in ${periodWords(current)} (${top[0]?.current.display ?? ""}${each}).`,
  );
  const lowest = Math.min(...shown.map((r) => r.current.value ?? 0));
  const bottom = shown.filter((r) => r.current.value === lowest && r.rank !== 1);
  if (bottom.length > 0) {
    const fewest = `${listWords(bottom.map((r) => r.ward))} had the fewest (${bottom[0]?.current.display ?? ""}${bottom.length > 1 ? " each" : ""})`;
    explanations.push(
      hidden > 0
        ? `Of the wards whose figures can be shown, ${fewest}; ${hidden} ward${hidden === 1 ? "'s figure is" : "s' figures are"} suppressed.`
        : `${fewest}.`,
    );
  }
  if (covered && previous !== null) {
    const rises = rows
      .filter((r) => r.change !== null && r.change.value > 0)
      .sort((a, b) => (b.change?.value ?? 0) - (a.change?.value ?? 0) || a.ward.localeCompare(b.ward, "en"))
      .slice(0, INCREASES);
    explanations.push(
      rises.length === 0
        ? `No ward's figure for ${what} rose from ${periodWords(previous)} to ${periodWords(current)} (comparing the figures shown).`
        : `The largest ${rises.length === 1 ? "increase was" : "increases were"} in ${listWords(rises.map((r) => `${r.ward} (${signedCount(r.change?.value ?? 0)}, from ${r.previous?.display ?? ""} to ${r.current.display})`))}, comparing the figures shown.`,
    );
  }
  return explanations;
}

/** The policy's rule in words, from its own settings (never its id), e.g. `counts of 1 to 4 are hidden (shown as "*") and the others rounded to the nearest 5`. */
function describeRule(policy: DisclosurePolicy): string {
  const parts: string[] = [];
  const s = policy.suppress;
  if (s !== undefined) parts.push(`counts of ${rangeWords(s)} are hidden (shown as "${s.symbol}")`);
  const rc = policy.recode;
  if (rc !== undefined) parts.push(`counts of ${rangeWords(rc)} are shown as ${rc.value}`);
  const r = policy.round;
  if (r !== undefined) {
    const how = r.mode === "nearest" ? "to the nearest" : r.mode === "up" ? "up to a multiple of" : "down to a multiple of";
    parts.push(parts.length > 0 ? `the others rounded ${how} ${r.base}` : `counts are rounded ${how} ${r.base}`);
  }
  return parts.length > 0 ? listWords(parts) : "counts are shown as counted";
}

/** A range of counts in words: `{ min: 1, max: 4 }` → "1 to 4"; one count → "1". */
function rangeWords(range: { readonly min: number; readonly max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min} to ${range.max}`;
}

/** The counts the policy protects, in words, e.g. `1 to 4` or `1 to 7`. */
function protectedText(policy: DisclosurePolicy): string {
  const ranges = [policy.suppress, policy.recode].filter((r) => r !== undefined).map(rangeWords);
  return ranges.length > 0 ? ranges.join(" or ") : "none";
}

/** Checks the periods and priorities before anything is read. */
function checkInput(input: WardSectionInput): void {
  const bad = (what: string, value: unknown, expected: string): ReportError =>
    new ReportError("invalid-argument", `The ward section's ${what} is ${describeValue(value)}: expected ${expected}.`, { field: what });
  if (typeof input !== "object" || input === null) throw bad("input", input, "an object with counts, priorities, current, previous, disclosure and area");
  for (const [name, p] of [
    ["current period", input.current],
    ["previous period", input.previous],
  ] as const) {
    if (name === "previous period" && p === null) continue;
    if (typeof p !== "object" || p === null || !isMonthKey(p.first) || !isMonthKey(p.last) || monthIndex(p.last) < monthIndex(p.first))
      throw bad(name, p, "a period { first, last, label }");
  }
  if (!Array.isArray(input.priorities)) throw bad("priorities", input.priorities, "a list of { id, name, offences }");
  input.priorities.forEach((p: WardPriority, i) => {
    if (typeof p !== "object" || p === null || typeof p.name !== "string" || !Array.isArray(p.offences) || p.offences.length === 0)
      throw bad(`priority ${i + 1}`, p, "{ id, name, offences } with at least one offence");
  });
}
