import { DisclosureError } from "./DisclosureError.js";
import { checkCount, checkId, optionsOf, show } from "./internal/validate.js";
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
 * @throws {@link DisclosureError} (`INVALID_COUNT`) for a count that is not a non-negative integer
 * of at most 10¹² (NaN, negative, fractional, BigInt…), (`INCONSISTENT_MARGINS`) when `totalCount`
 * is not the sum, (`DUPLICATE_CELL`) when the total's id is also a category, (`INVALID_RELEASE`)
 * when `counts` is not an object, (`INVALID_OPTIONS`) when `options` is not an object.
 * @example
 * ```ts
 * oneWayTable({ a: 3, b: 10 }).relations;
 * //=> [{ total: "Total", parts: ["a", "b"] }]
 * ```
 */
export function oneWayTable(counts: Readonly<Record<string, number>>, options?: OneWayTableOptions): CountTable {
  const opts = optionsOf(options, "oneWayTable");
  if (counts === null || typeof counts !== "object" || Array.isArray(counts)) {
    throw new DisclosureError("INVALID_RELEASE", `The counts are ${show(counts)}; expected an object of counts by category.`, { value: show(counts) });
  }
  const total = opts.total ?? "Total";
  checkId(total, 'Option "total"');
  const entries = Object.entries(counts);
  let sum = 0;
  for (const [id, v] of entries) {
    checkCount(v, id);
    sum += v;
  }
  checkCount(sum, total);
  if (opts.totalCount !== undefined) {
    checkCount(opts.totalCount, total);
    if (opts.totalCount !== sum) {
      throw new DisclosureError(
        "INCONSISTENT_MARGINS",
        `Total "${total}" is ${opts.totalCount} but its ${entries.length} parts add up to ${sum}; expected the total to equal the sum of its parts.`,
        { cell: total, total: opts.totalCount, sum },
      );
    }
  }
  const totalCount = sum;
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
