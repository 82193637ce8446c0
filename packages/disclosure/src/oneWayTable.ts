import { DisclosureError } from "./DisclosureError.js";
import type { CountTable } from "./tableTypes.js";

/** Options of {@link oneWayTable}. */
export interface OneWayTableOptions {
  /** Id of the total cell. Default `"Total"`. */
  readonly total?: string;
  /** The published total, if you have one; it is checked against the sum. Default: the sum. */
  readonly totalCount?: number;
}

/**
 * A one-dimensional table: categories and their total (`total = Σ categories`).
 *
 * @param counts - Exact count per category, in display order.
 * @param options - The total's id and, optionally, its count (checked).
 * @returns A {@link CountTable} (categories first, total last).
 * @throws {@link DisclosureError} (`INVALID_COUNT`) for bad counts, (`INCONSISTENT_MARGINS`) when
 * `totalCount` is not the sum, (`DUPLICATE_CELL`) when the total's id is also a category.
 * @example
 * ```ts
 * oneWayTable({ a: 3, b: 10 }).relations;
 * //=> [{ total: "Total", parts: ["a", "b"] }]
 * ```
 */
export function oneWayTable(counts: Readonly<Record<string, number>>, options: OneWayTableOptions = {}): CountTable {
  const total = options.total ?? "Total";
  const entries = Object.entries(counts);
  let sum = 0;
  for (const [, v] of entries) sum += typeof v === "number" ? v : Number.NaN;
  const totalCount = options.totalCount ?? sum;
  if (Object.hasOwn(counts, total)) {
    throw new DisclosureError("DUPLICATE_CELL", `Cell "${total}" is both a category and the total; expected a distinct total id.`, {
      cell: total,
    });
  }
  return {
    cells: [...entries.map(([id, count]) => ({ id, count })), { id: total, count: totalCount }],
    relations: [{ total, parts: entries.map(([id]) => id) }],
  };
}
