import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { rankValues } from "./rankValues.js";

const values = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 });

describe("rankValues", () => {
  it("doc examples", () => {
    expect(Array.from(rankValues([30, 10, 20, 20]))).toEqual([4, 1, 2, 2]);
    expect(Array.from(rankValues([30, 10, 20, 20], { ties: "dense" }))).toEqual([3, 1, 2, 2]);
    expect(Array.from(rankValues([30, 10, 20, 20], { ties: "average" }))).toEqual([4, 1, 2.5, 2.5]);
    expect(Array.from(rankValues([30, 10, 20, 20], { order: "descending" }))).toEqual([1, 4, 2, 2]);
  });

  it("descending with every tie rule", () => {
    const v = [5, 7, 7, 7, 1];
    expect(Array.from(rankValues(v, { order: "descending", ties: "min" }))).toEqual([4, 1, 1, 1, 5]);
    expect(Array.from(rankValues(v, { order: "descending", ties: "dense" }))).toEqual([2, 1, 1, 1, 3]);
    expect(Array.from(rankValues(v, { order: "descending", ties: "average" }))).toEqual([4, 2, 2, 2, 5]);
  });

  it("treats 0 and -0 as a tie and accepts typed arrays", () => {
    expect(Array.from(rankValues(new Float64Array([0, -0, 1])))).toEqual([1, 1, 3]);
    expect(rankValues([])).toHaveLength(0);
  });

  it("property: without ties every rule gives a permutation of 1..n", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
          minLength: 1,
          maxLength: 40,
          comparator: (a, b) => a === b,
        }),
        (xs) => {
          for (const ties of ["min", "dense", "average"] as const) {
            for (const order of ["ascending", "descending"] as const) {
              const ranks = Array.from(rankValues(xs, { ties, order })).sort((a, b) => a - b);
              expect(ranks).toEqual(xs.map((_, i) => i + 1));
            }
          }
        },
      ),
    );
  });

  it("property: min = 1 + number strictly better; dense ranks are 1..distinct; average sums to n(n+1)/2", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const n = xs.length;
        const min = rankValues(xs, { ties: "min" });
        const dense = rankValues(xs, { ties: "dense" });
        const avg = rankValues(xs, { ties: "average" });
        const distinct = [...new Set(xs)].sort((a, b) => a - b);
        xs.forEach((x, i) => {
          expect(min[i]).toBe(1 + xs.filter((y) => y < x).length);
          expect(dense[i]).toBe(1 + distinct.indexOf(x));
        });
        expect(new Set(dense).size).toBe(distinct.length);
        expect(Math.max(...dense)).toBe(distinct.length);
        expect(avg.reduce((s, r) => s + r, 0)).toBeCloseTo((n * (n + 1)) / 2, 9);
        // Tied values share a rank; a strictly lower value has a strictly lower rank.
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            const [a, b] = [xs[i] as number, xs[j] as number];
            if (a === b) expect(min[i]).toBe(min[j]);
            if (a < b) {
              expect(min[i]).toBeLessThan(min[j] as number);
              expect(dense[i]).toBeLessThan(dense[j] as number);
              expect(avg[i]).toBeLessThan(avg[j] as number);
            }
          }
      }),
    );
  });

  it("property: ranks do not depend on input order, and descending mirrors ascending", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 1000 }), (xs, seed) => {
        const order = xs.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const shuffled = order.map((i) => xs[i] as number);
        const ranks = rankValues(xs, { ties: "average" });
        const shuffledRanks = rankValues(shuffled, { ties: "average" });
        for (const [k, i] of order.entries()) expect(shuffledRanks[k]).toBe(ranks[i]);
        const desc = rankValues(xs, { ties: "average", order: "descending" });
        for (let i = 0; i < xs.length; i++) expect((ranks[i] as number) + (desc[i] as number)).toBe(xs.length + 1);
      }),
    );
  });

  it("throws BenchmarkError for non-finite values and unknown options", () => {
    expect(() => rankValues([1, Number.NaN])).toThrow(BenchmarkError);
    expect(() => rankValues([1, Number.POSITIVE_INFINITY])).toThrow(/values\[1\] must be a finite number/);
    expect(() => rankValues([1], { ties: "first" as never })).toThrow(/ties must be one of/);
    expect(() => rankValues([1], { order: "up" as never })).toThrow(/order must be one of/);
    expect(() => rankValues(null as never)).toThrow(/values must be an array/);
  });

  it("an array-like claiming a huge length fails on its first bad value, not on allocating a copy", () => {
    expect(() => rankValues({ length: 1e12 } as ArrayLike<number>)).toThrow(expect.objectContaining({ name: "BenchmarkError", code: "invalid-number" }));
    expect(() => rankValues({ length: 2 ** 60 } as ArrayLike<number>)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });
});
