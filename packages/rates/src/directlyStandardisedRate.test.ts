import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { directlyStandardisedRate } from "./directlyStandardisedRate.js";
import { relativeError } from "./internal/testUtil.js";
import { rate } from "./rate.js";

// Dobson et al. (1991) DSR as calculate_dsr of the R package PHEindicatormethods (UKHSA) computes it (19 age bands
// 0–4 … 90+, European Standard Population 2013). Regenerate: Rscript scripts/reference/rates-intervals.R
const COUNTS = [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91];
const POPULATIONS = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
const ESP2013 = [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];

describe("directlyStandardisedRate", () => {
  it("documented examples", () => {
    expect(directlyStandardisedRate([10, 20], [1000, 2000], [1, 1], { per: 1000 }).value).toBe(10);
    expect(directlyStandardisedRate([3, 4], [1000, 2000], [1, 1]).value).toBeNull();
  });

  it("matches calculate_dsr of PHEindicatormethods per 10,000 with 95% and 99.8% limits to 1e-9 relative", () => {
    const r = directlyStandardisedRate(COUNTS, POPULATIONS, ESP2013, { per: 10000, confidence: [0.95, 0.998] });
    expect(relativeError(r.value ?? Number.NaN, 1043.0247991469423)).toBeLessThan(1e-9);
    const [a, b] = r.intervals;
    expect(relativeError(a?.lower ?? Number.NaN, 971.77090679856803)).toBeLessThan(1e-9);
    expect(relativeError(a?.upper ?? Number.NaN, 1117.894091547925)).toBeLessThan(1e-9);
    expect(relativeError(b?.lower ?? Number.NaN, 932.32878802199036)).toBeLessThan(1e-9);
    expect(relativeError(b?.upper ?? Number.NaN, 1162.0595999522059)).toBeLessThan(1e-9);
    expect(r).toMatchObject({ count: 895, population: 8970, per: 10000, method: "dobson", reliable: true, confidence: 0.95 });
  });

  it("gives no figure for a total of 9 events, as calculate_dsr of PHEindicatormethods gives NA", () => {
    const r = directlyStandardisedRate([2, 3, 4], [100, 200, 300], [1, 2, 3]);
    expect(r).toMatchObject({ value: null, lower: null, upper: null, reliable: false, count: 9, intervals: [] });
  });

  it("one band equals the crude rate with a Byar interval", () => {
    const d = directlyStandardisedRate([65], [1000], [7], { per: 1000 });
    const c = rate(65, 1000, { per: 1000 });
    expect(relativeError(d.value ?? Number.NaN, c.value)).toBeLessThan(1e-14);
    expect(relativeError(d.lower ?? Number.NaN, c.lower ?? Number.NaN)).toBeLessThan(1e-12);
    expect(relativeError(d.upper ?? Number.NaN, c.upper ?? Number.NaN)).toBeLessThan(1e-12);
  });

  it("property: lower ≤ value ≤ upper and invariant to scaling the weights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 9000 })), {
          minLength: 1,
          maxLength: 19,
        }),
        (bands) => {
          const x = bands.map((b) => b[0]);
          const n = bands.map((b) => b[1]);
          const w = bands.map((b) => b[2]);
          const r = directlyStandardisedRate(x, n, w);
          if (r.value === null) return;
          expect(r.lower ?? Number.NaN).toBeLessThanOrEqual(r.value);
          expect(r.upper ?? Number.NaN).toBeGreaterThanOrEqual(r.value);
          const s = directlyStandardisedRate(
            x,
            n,
            w.map((v) => v * 3),
          );
          expect(relativeError(s.value ?? Number.NaN, r.value)).toBeLessThan(1e-12);
        },
      ),
    );
  });

  it("throws RatesError naming the band", () => {
    expect(() => directlyStandardisedRate([1, 2], [10], [1, 1])).toThrow(/equal length/);
    expect(() => directlyStandardisedRate([], [], [])).toThrow(expect.objectContaining({ name: "RatesError", code: "empty-input" }));
    expect(() => directlyStandardisedRate([1, 2], [10], [1, 1])).toThrow(expect.objectContaining({ code: "length-mismatch" }));
    // @ts-expect-error not an array
    expect(() => directlyStandardisedRate([1, 2], 10, [1, 1])).toThrow(
      expect.objectContaining({ code: "invalid-argument", message: expect.stringMatching(/populations must be an array/) }),
    );
    expect(() => directlyStandardisedRate([1, -2], [10, 10], [1, 1])).toThrow(/counts\[1\]/);
    expect(() => directlyStandardisedRate([1, 2], [10, 0], [1, 1])).toThrow(/populations\[1\].*got 0/);
    expect(() => directlyStandardisedRate([1, 2], [10, 10], [1, Number.NaN])).toThrow(/standardPopulation\[1\]/);
    expect(() => directlyStandardisedRate([10, 20], [10, 10], [0, 0])).toThrow(/positive total/);
  });

  it("extreme finite populations and weights give finite figures or invalid-number, never NaN", () => {
    // w / n overflowed (x / 1e-310) and Inf − Inf gave NaN: now a band of weight 0 counts for nothing
    // and a rate beyond the largest number is an error.
    const r = directlyStandardisedRate([1754567428, 4503599627370496], [1e-310, 1e10], [0, 0.5]);
    for (const v of [r.value, r.lower, r.upper]) expect(Number.isFinite(v)).toBe(true);
    expect(() => directlyStandardisedRate([1754567428, 4503599627370496], [1e-310, 1e-310], [0, 0.5])).toThrow(RatesError);
    expect(() => directlyStandardisedRate([1e9], [5e-324], [5e-324], { per: Number.MAX_VALUE })).toThrow(RatesError);
    // Weights near the largest number add up without overflowing.
    const w = directlyStandardisedRate([10, 20], [1000, 2000], [1e308, 1e308], { per: 1000 });
    expect(w.value).toBe(10);
  });
});

describe("directlyStandardisedRate in a REPL or notebook", () => {
  it("prints the standardised rate with its Dobson interval, or why there is none, and keeps its data unchanged", () => {
    const r = directlyStandardisedRate([10, 20], [1000, 2000], [1, 1], { per: 1000 });
    expect(inspect(r)).toBe("10.00 per 1,000 (95% CI 6.55–14.54, Dobson)");
    expect(inspect(directlyStandardisedRate([3, 4], [1000, 2000], [1, 1]))).toBe("no standardised rate per 100,000: 7 events, fewer than 10");
    expect(r).toEqual({ ...r });
    expect(JSON.stringify(r)).toBe(JSON.stringify({ ...r }));
  });
});
