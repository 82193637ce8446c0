import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "./DisclosureError.js";
import { checkArray, checkCount, checkId, checkObject, optionsOf } from "./internal/validate.js";
import type { CountTable, TableCell, TableRelation } from "./tableTypes.js";

/** Input of {@link twoWayTable}. */
export interface TwoWayTableInput {
  /** Row labels (e.g. wards). */
  readonly rows: readonly string[];
  /** Column labels (e.g. months). */
  readonly columns: readonly string[];
  /** Exact counts, `counts[row][column]`. */
  readonly counts: ArrayLike<ArrayLike<number>>;
}

/** Options of {@link twoWayTable}. */
export interface TwoWayTableOptions {
  /** Separator in cell ids `"<row><sep><column>"`. Default `"|"`. */
  readonly separator?: string;
  /** Label of the total row and column. Default `"Total"`. */
  readonly total?: string;
}

/**
 * A two-dimensional table with row totals, column totals and a grand total. Cell ids are
 * `"<row>|<column>"`; totals use the label `Total` (`"Roxeth|Total"`, `"Total|2019-04"`,
 * `"Total|Total"`). Totals are computed from the exact counts.
 *
 * @param input - Row and column labels and the counts.
 * @param options - Separator and total label.
 * @returns A {@link CountTable}: interior cells row by row, then row totals, column totals and
 * the grand total.
 * @throws {@link DisclosureError} (`invalid-argument`) for a ragged `counts` or an input of the wrong
 * shape, (`duplicate-cell`) for repeated labels (reported when the table is used), (`invalid-count`)
 * for bad counts or totals above 10¹² (named by cell id), (`invalid-option`) for options that are
 * not an object.
 * @example
 * ```ts
 * twoWayTable({ rows: ["r1", "r2"], columns: ["c1", "c2"], counts: [[3, 10], [12, 20]] }).cells.at(-1);
 * //=> { id: "Total|Total", count: 45 }
 * ```
 */
export function twoWayTable(input: TwoWayTableInput, options?: TwoWayTableOptions): CountTable {
  const opts = optionsOf(options, "twoWayTable");
  const sep = opts.separator ?? "|";
  const T = opts.total ?? "Total";
  checkId(sep, 'Option "separator"', "invalid-option");
  checkId(T, 'Option "total"', "invalid-option");
  checkObject(input, "The input of twoWayTable");
  const { rows, columns, counts } = input;
  checkArray(rows, "rows");
  checkArray(columns, "columns");
  for (const [i, r] of rows.entries()) checkId(r, `Row label ${i}`);
  for (const [j, c] of columns.entries()) checkId(c, `Column label ${j}`);
  if (counts === null || typeof counts !== "object" || typeof counts.length !== "number" || counts.length !== rows.length) {
    throw new DisclosureError("invalid-argument", `counts is ${describeValue(counts)} for ${rows.length} row labels; expected one row of counts per label.`, {
      rows: rows.length,
    });
  }
  const cells: TableCell[] = [];
  const relations: TableRelation[] = [];
  const colSums = new Float64Array(columns.length);
  const rowTotals: TableCell[] = [];
  let grand = 0;
  rows.forEach((r, i) => {
    const row = counts[i]!;
    if (row === null || typeof row !== "object" || row.length !== columns.length) {
      throw new DisclosureError(
        "invalid-argument",
        `Row "${r}" has ${row !== null && typeof row === "object" && typeof row.length === "number" ? `${row.length} counts` : describeValue(row)} for ${columns.length} columns; expected one count per column.`,
        {
          cell: r,
        },
      );
    }
    let sum = 0;
    const parts: string[] = [];
    columns.forEach((c, j) => {
      const id = `${r}${sep}${c}`;
      const v = row[j];
      checkCount(v, id);
      cells.push({ id, count: v });
      parts.push(id);
      sum += v;
      colSums[j]! += v;
    });
    checkCount(sum, `${r}${sep}${T}`);
    rowTotals.push({ id: `${r}${sep}${T}`, count: sum });
    relations.push({ total: `${r}${sep}${T}`, parts });
    grand += sum;
  });
  const colTotals = columns.map((c, j) => ({ id: `${T}${sep}${c}`, count: colSums[j]! }));
  checkCount(grand, `${T}${sep}${T}`);
  for (const c of columns) relations.push({ total: `${T}${sep}${c}`, parts: rows.map((r) => `${r}${sep}${c}`) });
  const grandId = `${T}${sep}${T}`;
  relations.push({ total: grandId, parts: rowTotals.map((c) => c.id) });
  relations.push({ total: grandId, parts: colTotals.map((c) => c.id) });
  return { cells: [...cells, ...rowTotals, ...colTotals, { id: grandId, count: grand }], relations };
}
