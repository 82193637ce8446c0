import { describeValue } from "@crimestats/internal";
import { BenchmarkError } from "./BenchmarkError.js";
import { computeRanks } from "./internal/ranking.js";
import { readRankOptions } from "./internal/rankOptions.js";
import type { RankValuesOptions } from "./rankValues.js";

import type { RankOrder, TieRule } from "./types.js";

/** The keys of `T` whose values are numbers. */
export type NumericKey<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];

/** Options of {@link rank}. */
export interface RankOptions<T> extends RankValuesOptions {
  /** What to rank by: the name of a numeric property of each row, or a function of the row. */
  readonly by: NumericKey<T> | ((row: T, index: number) => number);
}

/** One ranked row of a {@link RankResult}. */
export interface RankedRow<T> {
  /** The row as given. */
  readonly row: T;
  /** The value the row was ranked by. */
  readonly value: number;
  /** The row's rank (1 = lowest under `ascending`, highest under `descending`). */
  readonly rank: number;
  /** How many rows (this one included) share the value; 1 when not tied. */
  readonly tied: number;
}

/** The result of {@link rank}. */
export interface RankResult<T> {
  /** The number of rows ranked: the "of 32" of "2nd lowest of 32". */
  readonly total: number;
  /** The direction used. */
  readonly order: RankOrder;
  /** The tie rule used. */
  readonly ties: TieRule;
  /** Each row with its rank, in input order. */
  readonly rows: readonly RankedRow<T>[];
}

/**
 * Ranks rows (areas, boroughs) by a value, with a stated direction and tie rule, and says how
 * many were ranked: "2nd lowest" means nothing without it, and a benchmark area's members can be
 * counted more than one way (London has 32 boroughs, or 33 with the City of London;
 * docs/methods.md#ranks-and-quartiles). Rank the rows you mean to count.
 *
 * @param rows - The rows to rank, each once (rows with an `area` name are checked for repeats).
 * @param options - `by` (a numeric property name or a function), `order` (default `ascending`:
 *   rank 1 = lowest) and `ties` (default `min`, competition ranking).
 * @returns The total ranked and each row's rank and tie size, in input order.
 * @throws {@link BenchmarkError} `invalid-option` when `rows` is not an array or `by` is missing;
 *   `invalid-number` when a row's value is not finite; `empty-input` when there are no rows;
 *   `duplicate-area` when two rows have the same `area` name.
 * @example
 * ```ts
 * const districts = [
 *   { area: "Allerdale", rate: 44.85 }, { area: "Barrow-in-Furness", rate: 52.3 },
 *   { area: "Carlisle", rate: 43.1 }, { area: "Copeland", rate: 47.06 },
 *   { area: "Eden", rate: 28.4 }, { area: "South Lakeland", rate: 31.9 },
 * ];
 * const ranked = rank(districts, { by: "rate" });
 * ranked.rows.map((r) => `${r.row.area} ${r.rank}`);
 * //=> ["Allerdale 4", "Barrow-in-Furness 6", "Carlisle 3", "Copeland 5", "Eden 1", "South Lakeland 2"]
 * ranked.total;
 * //=> 6
 * ```
 */
export function rank<T>(rows: readonly T[], options: RankOptions<T>): RankResult<T> {
  if (!Array.isArray(rows)) {
    throw new BenchmarkError("invalid-argument", `rank: rows must be an array, got ${describeValue(rows)}.`, {
      name: "rows",
      value: rows,
    });
  }
  if (rows.length === 0) {
    throw new BenchmarkError("empty-input", "rank: rows is empty; at least one row is needed to rank.", {
      name: "rows",
    });
  }
  const { order, ties } = readRankOptions("rank", options);
  const by = options?.by;
  if (typeof by !== "function" && typeof by !== "string") {
    throw new BenchmarkError("invalid-option", `rank: by must be a property name or a function of the row, got ${describeValue(by)}.`, {
      name: "by",
      value: by,
    });
  }
  const n = rows.length;
  // Rows that name their area must name each area once: a repeat would inflate the total.
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const area: unknown = (rows[i] as { area?: unknown } | null | undefined)?.area;
    if (typeof area !== "string") continue;
    if (seen.has(area)) {
      throw new BenchmarkError("duplicate-area", `rank: the area ${describeValue(area)} appears more than once (row ${i}).`, {
        area,
        index: i,
      });
    }
    seen.add(area);
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as T;
    const v: unknown = typeof by === "function" ? by(row, i) : (row as Record<string, unknown> | null | undefined)?.[by];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new BenchmarkError(
        "invalid-number",
        `rank: the value of row ${i} (${typeof by === "function" ? "by()" : by}) must be a finite number, got ${describeValue(v)}.`,
        { name: "by", index: i, value: v },
      );
    }
    values[i] = v;
  }
  // The values are checked above, so they are ranked directly (rankValues would check them again).
  const ranks = computeRanks(values, values.slice(), order, ties);
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const ranked: RankedRow<T>[] = [];
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    ranked.push({ row: rows[i] as T, value, rank: ranks[i] as number, tied: counts.get(value) ?? 1 });
  }
  return { total: n, order, ties, rows: ranked };
}
