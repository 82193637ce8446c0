import { computeRanks } from "./internal/ranking.js";
import { readRankOptions } from "./internal/rankOptions.js";
import { finiteCopy } from "./internal/validate.js";
import type { RankOrder, TieRule } from "./types.js";

/** Options of {@link rankValues} and {@link rank}. */
export interface RankValuesOptions {
  /** `ascending` (default) gives rank 1 to the lowest value; `descending` to the highest. */
  readonly order?: RankOrder | undefined;
  /** How ties share ranks: `min` (default, 1 2 2 4), `dense` (1 2 2 3) or `average` (1 2.5 2.5 4). */
  readonly ties?: TieRule | undefined;
}

/**
 * Ranks a batch of values, for hot paths (every LSOA of a force area): one sort of a typed copy carrying
 * the original positions, then one walk over the tie groups, with no allocation per value. Ties are exact equality of the numbers
 * (round first, with `roundHalfUp` from `@crimestats/rates`, to rank displayed figures).
 *
 * @param values - The values to rank (an array or typed array of finite numbers), in any order.
 * @param options - `order` (default `ascending`: rank 1 = lowest) and `ties` (default `min`).
 * @returns The rank of each value, in input order. Under `min` and `dense` every rank is a whole
 *   number; under `average` ties share a half-integer mean rank.
 * @throws {@link BenchmarkError} `invalid-number` when a value is not finite; `invalid-option` for
 *   an unknown `order` or `ties`.
 * @example
 * ```ts
 * rankValues([30, 10, 20, 20]);                       //=> Float64Array [4, 1, 2, 2]
 * rankValues([30, 10, 20, 20], { ties: "dense" });    //=> Float64Array [3, 1, 2, 2]
 * rankValues([30, 10, 20, 20], { ties: "average" });  //=> Float64Array [4, 1, 2.5, 2.5]
 * rankValues([30, 10, 20, 20], { order: "descending" }); //=> Float64Array [1, 4, 2, 2]
 * ```
 */
export function rankValues(values: ArrayLike<number>, options?: RankValuesOptions): Float64Array {
  const { order, ties } = readRankOptions("rankValues", options);
  return computeRanks(values, finiteCopy("rankValues", values), order, ties);
}
