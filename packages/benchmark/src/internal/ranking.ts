import type { RankOrder, TieRule } from "../types.js";
import { pairSort } from "./pairSort.js";
import { lowerBound, upperBound } from "./sorted.js";

/**
 * The ranks of `values` (already checked finite), using `sorted`, a scratch copy of them that is
 * reordered. `depthLimit` is for tests: 0 forces the fallback path (native sort + binary search).
 */
export function computeRanks(values: ArrayLike<number>, sorted: Float64Array, order: RankOrder, ties: TieRule, depthLimit?: number): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  if (pairSort(sorted, index, depthLimit)) {
    // One walk over the sorted values, a tie group at a time.
    let distinctTotal = 0;
    if (ties === "dense" && order === "descending") {
      for (let p = 0; p < n; p++) if (p === 0 || sorted[p] !== sorted[p - 1]) distinctTotal++;
    }
    let distinct = 0;
    for (let first = 0; first < n; ) {
      let last = first;
      while (last + 1 < n && sorted[last + 1] === sorted[first]) last++;
      distinct++;
      let r: number;
      if (ties === "dense") r = order === "ascending" ? distinct : distinctTotal - distinct + 1;
      else if (ties === "min") r = order === "ascending" ? first + 1 : n - last;
      else r = order === "ascending" ? (first + last) / 2 + 1 : n - (first + last) / 2;
      for (let p = first; p <= last; p++) ranks[index[p] as number] = r;
      first = last + 1;
    }
    return ranks;
  }
  // Fallback for a quicksort-adversarial input: a native sort and a binary search per value.
  for (let i = 0; i < n; i++) sorted[i] = values[i] as number;
  sorted.sort();
  if (ties === "dense") {
    let distinct = 0;
    for (let i = 0; i < n; i++) {
      const v = sorted[i] as number;
      if (distinct === 0 || v !== sorted[distinct - 1]) sorted[distinct++] = v;
    }
    for (let i = 0; i < n; i++) {
      const position = lowerBound(sorted, values[i] as number, distinct);
      ranks[i] = order === "ascending" ? position + 1 : distinct - position;
    }
    return ranks;
  }
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const first = lowerBound(sorted, v, n); // values strictly below v
    const after = upperBound(sorted, v, n); // values at or below v
    const low = order === "ascending" ? first + 1 : n - after + 1; // best rank of the tie
    ranks[i] = ties === "min" ? low : low + (after - first - 1) / 2;
  }
  return ranks;
}
