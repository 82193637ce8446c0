import { exactLimits } from "../exactPoissonInterval.js";

/** Counts below this use exact limits in the default ("auto") method. */
export const EXACT_BELOW = 10;

/** Lazily built exact limits for counts 0…9, one table per confidence level. */
const tables = new Map<number, { lower: Float64Array; upper: Float64Array }>();

/** Exact limits for counts 0…EXACT_BELOW − 1 at a confidence level, computed once. */
export function smallCountTable(confidence: number): { lower: Float64Array; upper: Float64Array } {
  let table = tables.get(confidence);
  if (table === undefined) {
    const lower = new Float64Array(EXACT_BELOW);
    const upper = new Float64Array(EXACT_BELOW);
    for (let x = 0; x < EXACT_BELOW; x++) {
      const limits = exactLimits(x, confidence);
      lower[x] = limits.lower;
      upper[x] = limits.upper;
    }
    table = { lower, upper };
    if (tables.size > 64) tables.clear();
    tables.set(confidence, table);
  }
  return table;
}
