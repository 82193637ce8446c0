import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileBand } from "./quantileBand.js";
import { quantileBands } from "./quantileBands.js";

describe("quantileBands", () => {
  it("doc example", () => {
    const result = quantileBands([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.cuts).toEqual([3, 5, 7]);
    expect(Array.from(result.band)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(result.method).toBe("R-7");
    expect(result.bands).toBe(4);
  });

  it("property: agrees with quantileBand for every value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e3, max: 1e3 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 2, max: 12 }),
        (xs, bands) => {
          const batch = quantileBands(Float64Array.from(xs), { bands });
          for (const [i, x] of xs.entries()) expect(batch.band[i]).toBe(quantileBand(x, xs, { bands }).band);
        },
      ),
    );
  });

  it("throws BenchmarkError on bad input", () => {
    expect(() => quantileBands([])).toThrow(expect.objectContaining({ code: "empty-input" }));
    expect(() => quantileBands([1, 2], { bands: 101 })).toThrow(expect.objectContaining({ code: "invalid-option" }));
    expect(() => quantileBands([1, Number.NaN])).toThrow(expect.objectContaining({ code: "invalid-number" }));
  });

  it("cut points between values of opposite signs near the largest number are finite", () => {
    const result = quantileBands([-1e308, 1e308]);
    expect(result.cuts).toEqual([-5e307, 0, 5e307]);
    expect(Array.from(result.band)).toEqual([1, 4]);
  });
});
