import { addMonths, formatPeriod, monthIndex, monthKeyFromIndex, type MonthKey, type Period } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import { monthRun } from "./monthRun.js";

/** The periods an incident measure is assessed on. */
export interface IncidentPeriods {
  /** `monthly`: rows of single months, summed over the periods; `runs`: rows of longer runs (or stocks), each period a row's own period. */
  readonly mode: "monthly" | "runs";
  /** The period assessed. */
  readonly current: Period;
  /** The same period a year earlier, when the data cover it; else `null`. */
  readonly previous: Period | null;
  /** The periods shown in breakdown tables, oldest first, ending with `current` (at most three). */
  readonly history: readonly Period[];
  /** Monthly mode: the first and last month of the data (months inside with no row count 0). */
  readonly span: { readonly first: MonthKey; readonly last: MonthKey } | null;
  /** Sentences on the choice: the latest 12 months used when the data do not reach `end`, or why there is no earlier period. */
  readonly notes: readonly string[];
}

/**
 * The periods of an incident measure. Monthly rows (flows): the 12 months to `end` when the data
 * cover them, else the latest 12 months of the data (fewer when the data hold fewer), against the
 * same months a year earlier when covered. Rows of longer runs (calendar years, quarters) or
 * stocks (never summed across periods): the latest period of the focus area's rows (the longest
 * when several end in the same month) against the period of the same length a year earlier.
 *
 * @param rows - The measure's rows (every area, one unit).
 * @param area - The focus area.
 * @param end - The assessment's last month, if any.
 * @returns The periods, or `null` when the focus area has no row.
 * @throws {@link ReportError} `invalid-data` for a row whose period is not a month or a run.
 * @example
 * ```ts
 * incidentPeriods([{ measure: "x", area: "A", period: "2017-01/2017-12", flags: [], count: 4 },
 *   { measure: "x", area: "A", period: "2018-01/2018-12", flags: [], count: 5 }], "A").current.label;
 * //=> "2018"
 * ```
 */
export function incidentPeriods(rows: readonly IncidentCount[], area: string, end?: MonthKey, stock = false): IncidentPeriods | null {
  const own = rows.filter((r) => r.area === area);
  if (own.length === 0) return null;
  const periods = rows.map((r) => monthRun(r.period));
  const monthly = !stock && periods.every((p) => p.first === p.last);
  if (monthly) {
    const first = Math.min(...periods.map((p) => monthIndex(p.first)));
    const last = Math.max(...periods.map((p) => monthIndex(p.last)));
    const notes: string[] = [];
    let to = last;
    if (end !== undefined) {
      const e = monthIndex(end);
      if (e <= last && e - 11 >= first) to = e;
      else
        notes.push(
          `The data run from ${formatPeriod(monthRun(monthKeyFromIndex(first)), "long")} to ${formatPeriod(monthRun(monthKeyFromIndex(last)), "long")}, so they do not cover the 12 months to ${formatPeriod(monthRun(end), "long")}: the latest ${Math.min(12, last - first + 1)} months of the data are assessed instead.`,
        );
    }
    const from = Math.max(first, to - 11);
    // Named as the other local sections name a run: January to December is the calendar year, April to March the financial year.
    const current = monthRun(`${monthKeyFromIndex(from)}/${monthKeyFromIndex(to)}`);
    const covered = from - 12 >= first;
    const previous = covered ? monthRun(`${addMonths(current.first, -12)}/${addMonths(current.last, -12)}`) : null;
    if (!covered) notes.push(`No change is given: the data do not cover the same months a year earlier.`);
    return {
      mode: "monthly",
      current,
      previous,
      history: previous === null ? [current] : [previous, current],
      span: { first: monthKeyFromIndex(first), last: monthKeyFromIndex(last) },
      notes,
    };
  }
  const ownPeriods = new Map<string, Period>();
  for (const r of own) {
    const p = monthRun(r.period);
    ownPeriods.set(`${p.first}/${p.last}`, p);
  }
  const length = (p: Period): number => monthIndex(p.last) - monthIndex(p.first) + 1;
  const sorted = [...ownPeriods.values()].sort((a, b) => monthIndex(a.last) - monthIndex(b.last) || length(a) - length(b));
  const current = sorted.at(-1) as Period;
  const n = length(current);
  const sameLength = sorted.filter((p) => length(p) === n);
  const previous = sameLength.find((p) => monthIndex(p.last) === monthIndex(current.last) - 12) ?? null;
  // The breakdown tables show up to three consecutive periods of the same length (each a year apart), ending with the current one.
  const history: Period[] = [current];
  for (let back = 1; back < 3; back += 1) {
    const p = sameLength.find((q) => monthIndex(q.last) === monthIndex(current.last) - 12 * back);
    if (p === undefined) break;
    history.unshift(p);
  }
  return {
    mode: "runs",
    current,
    previous,
    history,
    span: null,
    notes:
      previous === null ? [`No change is given: the data hold no figure for the same period a year earlier (${formatPeriod(shift(current), "long")}).`] : [],
  };
}

/** The period a year earlier. */
function shift(p: Period): Period {
  return monthRun(`${addMonths(p.first, -12)}/${addMonths(p.last, -12)}`);
}
