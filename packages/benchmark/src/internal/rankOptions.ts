import type { RankValuesOptions } from "../rankValues.js";
import type { RankOrder, TieRule } from "../types.js";
import { assertObject, assertOneOf } from "./validate.js";

const ORDERS: readonly RankOrder[] = ["ascending", "descending"];
const TIES: readonly TieRule[] = ["min", "dense", "average"];

/** Reads and checks the rank options (shared with `rank`). */
export function readRankOptions(
  fn: string,
  options: RankValuesOptions | undefined,
): {
  order: RankOrder;
  ties: TieRule;
} {
  if (options !== undefined) assertObject(fn, "options", options);
  const order = options?.order ?? "ascending";
  const ties = options?.ties ?? "min";
  assertOneOf(fn, "order", order, ORDERS);
  assertOneOf(fn, "ties", ties, TIES);
  return { order, ties };
}
