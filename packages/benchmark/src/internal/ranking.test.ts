import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairSort } from "./pairSort.js";
import { computeRanks } from "./ranking.js";

describe("computeRanks (internal)", () => {
  it("property: the quicksort walk and the fallback (native sort + binary search) agree for every rule", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 0, maxLength: 200 }), (xs) => {
        for (const ties of ["min", "dense", "average"] as const) {
          for (const order of ["ascending", "descending"] as const) {
            const fast = computeRanks(xs, Float64Array.from(xs), order, ties);
            const fallback = computeRanks(xs, Float64Array.from(xs), order, ties, 0);
            expect(Array.from(fast)).toEqual(Array.from(fallback));
          }
        }
      }),
    );
  });

  it("sorts long runs of ties, sorted and reversed input", () => {
    const n = 5000;
    const inputs = [
      Array.from({ length: n }, () => 7),
      Array.from({ length: n }, (_, i) => i),
      Array.from({ length: n }, (_, i) => n - i),
      Array.from({ length: n }, (_, i) => i % 3),
    ];
    for (const xs of inputs) {
      // The quicksort itself finishes within its depth limit on these shapes.
      const keys = Float64Array.from(xs);
      expect(
        pairSort(
          keys,
          Uint32Array.from(xs, (_, i) => i),
        ),
      ).toBe(true);
      for (let i = 1; i < n; i++) expect(keys[i - 1] as number).toBeLessThanOrEqual(keys[i] as number);
      const fast = computeRanks(xs, Float64Array.from(xs), "ascending", "min");
      const fallback = computeRanks(xs, Float64Array.from(xs), "ascending", "min", 0);
      expect(Array.from(fast)).toEqual(Array.from(fallback));
    }
  });
});
