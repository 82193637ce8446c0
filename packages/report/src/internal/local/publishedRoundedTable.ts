import { formatNumber } from "@crimestats/internal";
import { monthIndex } from "@crimestats/periods";
import type { IncidentCount } from "@crimestats/schema";
import type { LocalTable } from "../../localTypes.js";
import { flagName } from "./flagName.js";
import { monthRun } from "./monthRun.js";

/**
 * The rows of a measure published already rounded (`rounded`), as given: one line per row
 * (period, area when several, ward, category, flags, victim, count), newest period first. No
 * total is computed and no figure is rounded or suppressed again: parts rounded separately need
 * not add up, and a rounded figure released again could be narrowed. A unit column is added when
 * the rows count in different units (people, attendances).
 *
 * @param rows - The rows (with `rounded`).
 * @param id - The table's id.
 * @param caption - Its caption.
 * @returns The table.
 * @throws {@link ReportError} `invalid-data` for a row whose period is not a month or a run.
 * @example
 * ```ts
 * publishedRoundedTable([{ measure: "fgm", measureName: "FGM", area: "A", period: "2018-04/2018-06", category: "Newly recorded", flags: [], count: 10, rounded: 5 }], "t", "FGM").rows;
 * //=> [["Apr – Jun 2018", "Newly recorded", "10"]]
 * ```
 */
export function publishedRoundedTable(rows: readonly IncidentCount[], id: string, caption: string): LocalTable {
  const some = (f: (r: IncidentCount) => unknown): boolean =>
    rows.some((r) => f(r) !== undefined && f(r) !== null && !(Array.isArray(f(r)) && (f(r) as unknown[]).length === 0));
  const areas = new Set(rows.map((r) => r.area)).size > 1;
  const columns: { header: string; cell: (r: IncidentCount) => string; numeric: boolean }[] = [
    { header: "Period", cell: (r) => monthRun(r.period).label, numeric: false },
    ...(areas ? [{ header: "Area", cell: (r: IncidentCount) => r.area, numeric: false }] : []),
    ...(some((r) => r.ward) ? [{ header: "Ward", cell: (r: IncidentCount) => r.ward ?? "", numeric: false }] : []),
    ...(some((r) => r.category) ? [{ header: "Category", cell: (r: IncidentCount) => r.category ?? "", numeric: false }] : []),
    ...(some((r) => r.flags) ? [{ header: "Flags", cell: (r: IncidentCount) => r.flags.map(flagName).join("; "), numeric: false }] : []),
    ...(new Set(rows.map((r) => r.unit)).size > 1 ? [{ header: "Unit", cell: (r: IncidentCount) => r.unit ?? "", numeric: false }] : []),
    ...(some((r) => r.victimAgeBand) ? [{ header: "Victim age", cell: (r: IncidentCount) => r.victimAgeBand ?? "", numeric: false }] : []),
    ...(some((r) => r.victimSex) ? [{ header: "Victim sex", cell: (r: IncidentCount) => r.victimSex ?? "", numeric: false }] : []),
    { header: "Count (as published)", cell: (r) => formatNumber(r.count, 0), numeric: true },
  ];
  const sorted = rows
    .map((r, i) => ({ r, i, p: monthRun(r.period) }))
    .sort((a, b) => monthIndex(b.p.last) - monthIndex(a.p.last) || monthIndex(a.p.first) - monthIndex(b.p.first) || a.i - b.i);
  const bases = [...new Set(rows.map((r) => r.rounded).filter((b): b is number => b !== undefined))].sort((a, b) => a - b);
  return {
    id,
    caption,
    header: columns.map((c) => c.header),
    rows: sorted.map(({ r }) => columns.map((c) => c.cell(r))),
    numeric: columns.map((c) => c.numeric),
    emphasis: -1,
    notes: [
      `The figures were published already rounded to the nearest ${bases.map(String).join(" or ")}: they are shown as published, not rounded or suppressed again, and no total of them is computed (parts rounded separately need not add up).`,
    ],
  };
}
