import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { rate } from "./rate.js";
import { rates } from "./rates.js";

describe("rates (batch)", () => {
  it("documented example", () => {
    const r = rates(new Float64Array([14866, 2240, 5]), new Float64Array([248880, 248880, 1000]));
    expect(Array.from(r.value)).toEqual([59.73159755705561, (2240 / 248880) * 1000, 5]);
    expect(r.value[1]).toBeCloseTo(9.00032144, 8);
    expect(r.lower?.[2]).toBeCloseTo(1.623486390118422, 13);
  });

  it("property: each element equals rate() for every method and confidence", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 1, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.constantFrom<"auto" | "exact" | "byar">("auto", "exact", "byar"),
        fc.constantFrom(0.95, 0.998),
        fc.constantFrom(1000, 100000),
        (rows, method, confidence, per) => {
          const counts = Float64Array.from(rows.map((r) => r[0]));
          const populations = Float64Array.from(rows.map((r) => r[1]));
          const batch = rates(counts, populations, { method, confidence, per });
          rows.forEach(([x, n], i) => {
            const single = rate(x, n, { method, confidence, per });
            expect(batch.value[i]).toBe(single.value);
            expect(batch.lower?.[i]).toBe(single.lower);
            expect(batch.upper?.[i]).toBe(single.upper);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("confidence none returns values only; integer typed arrays are accepted", () => {
    const r = rates(new Int32Array([1, 2]), new Uint32Array([1000, 2000]), { confidence: "none" });
    expect(Array.from(r.value)).toEqual([1, 1]);
    expect(r.lower).toBeNull();
    expect(r.upper).toBeNull();
    expect(r.confidence).toBeNull();
  });

  it("throws RatesError naming the index and value", () => {
    expect(() => rates(new Float64Array([1, 2]), new Float64Array([1]))).toThrow(/equal length/);
    expect(() => rates(new Float64Array([1, -2]), new Float64Array([1, 1]))).toThrow(/counts\[1\].*-2/);
    expect(() => rates(new Float64Array([1, 2.5]), new Float64Array([1, 1]))).toThrow(/counts\[1\].*2\.5/);
    expect(() => rates(new Float64Array([1, Number.NaN]), new Float64Array([1, 1]))).toThrow(/counts\[1\].*NaN/);
    expect(() => rates(new Float64Array([1, 2]), new Float64Array([1, 0]))).toThrow(/populations\[1\].*got 0/);
    expect(() => rates(new Float64Array([1, 2]), new Float64Array([1, 0]), { confidence: "none" })).toThrow(RatesError);
    expect(() => rates(new Float64Array([Number.MAX_SAFE_INTEGER]), new Float64Array([1e-300]))).toThrow(/not a finite number/);
    expect(() => rates(new Float64Array([1]), new Float64Array([1e-308]), { per: 1 })).toThrow(/element 0.*not a finite number/);
    expect(() => rates(new Float64Array([1]), new Float64Array([1]), { confidence: 2 })).toThrow(/confidence/);
    // @ts-expect-error plain arrays are not typed arrays
    expect(() => rates([1], [1])).toThrow(RatesError);
    // @ts-expect-error not a typed array
    expect(() => rates(new Float64Array([1]), [1])).toThrow(
      expect.objectContaining({ code: "invalid-argument", message: expect.stringMatching(/populations must be a typed array/) }),
    );
    expect(() => rates(new Float64Array([1, 2]), new Float64Array([1]))).toThrow(expect.objectContaining({ code: "length-mismatch" }));
  });
});
