/**
 * Sorts `keys` ascending in place and applies the same moves to `index` (an argsort), with an
 * iterative-on-the-larger-side quicksort (median of three, Hoare partition) and insertion sort for
 * short runs. Returns false, leaving the arrays permuted but not sorted, when the recursion depth
 * passes 2·log₂(n) + 8 (a quicksort-adversarial input): the caller then falls back to another way.
 * Faster than sorting indices with a comparator, which costs a function call per comparison.
 */
export function pairSort(keys: Float64Array, index: Uint32Array, depthLimit?: number): boolean {
  const n = keys.length;
  const limit = depthLimit ?? 2 * Math.ceil(Math.log2(n + 1)) + 8;
  return sortRange(keys, index, 0, n - 1, limit);
}

function sortRange(k: Float64Array, ix: Uint32Array, lo: number, hi: number, depth: number): boolean {
  while (hi - lo > 16) {
    if (depth-- <= 0) return false;
    const mid = (lo + hi) >>> 1;
    const a = k[lo] as number;
    const b = k[mid] as number;
    const c = k[hi] as number;
    const pivot = a < b ? (b < c ? b : Math.max(a, c)) : a < c ? a : Math.max(b, c);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((k[i] as number) < pivot) i++;
      while ((k[j] as number) > pivot) j--;
      if (i <= j) {
        const t = k[i] as number;
        k[i] = k[j] as number;
        k[j] = t;
        const u = ix[i] as number;
        ix[i] = ix[j] as number;
        ix[j] = u;
        i++;
        j--;
      }
    }
    // Recurse into the smaller side, loop on the larger: stack depth stays logarithmic.
    if (j - lo < hi - i) {
      if (!sortRange(k, ix, lo, j, depth)) return false;
      lo = i;
    } else {
      if (!sortRange(k, ix, i, hi, depth)) return false;
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const t = k[i] as number;
    const u = ix[i] as number;
    let j = i - 1;
    while (j >= lo && (k[j] as number) > t) {
      k[j + 1] = k[j] as number;
      ix[j + 1] = ix[j] as number;
      j--;
    }
    k[j + 1] = t;
    ix[j + 1] = u;
  }
  return true;
}
