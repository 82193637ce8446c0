import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "./DisclosureError.js";
import { checkCount, checkId, optionsOf } from "./internal/validate.js";
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
 * @throws {@link DisclosureError} (`invalid-count`) for a count that is not a non-negative integer
 * of at most 10¹² (NaN, negative, fractional, BigInt…), (`inconsistent-margins`) when `totalCount`
 * is not the sum, (`duplicate-cell`) when the total's id is also a category, (`invalid-argument`)
 * when `counts` is not an object, (`invalid-option`) when `options` is not an object.
 * @example
 * ```ts
 * oneWayTable({ a: 3, b: 10 }).relations;
 * //=> [{ total: "Total", parts: ["a", "b"] }]
 * ```
 */
export function oneWayTable(counts: Readonly<Record<string, number>>, options?: OneWayTableOptions): CountTable {
  const opts = optionsOf(options, "oneWayTable");
  if (counts === null || typeof counts !== "object" || Array.isArray(counts)) {
    throw new DisclosureError("invalid-argument", `The counts are ${describeValue(counts)}; expected an object of counts by category.`, {
      value: describeValue(counts),
    });
  }
  const total = opts.total ?? "Total";
  checkId(total, 'Option "total"', "invalid-option");
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
        "inconsistent-margins",
        `Total "${total}" is ${opts.totalCount} but its ${entries.length} parts add up to ${sum}; expected the total to equal the sum of its parts.`,
        { cell: total, total: opts.totalCount, sum },
      );
    }
  }
  const totalCount = sum;
  if (Object.hasOwn(counts, total)) {
    throw new DisclosureError("duplicate-cell", `Cell "${total}" is both a category and the total; expected a distinct total id.`, {
      cell: total,
    });
  }
  return {
    cells: [...entries.map(([id, count]) => ({ id, count })), { id: total, count: totalCount }],
    relations: [{ total, parts: entries.map(([id]) => id) }],
  };
}
