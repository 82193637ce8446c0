import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { relativeError } from "./internal/testUtil.js";
import { proportion } from "./proportion.js";
import { roundHalfUp } from "./roundHalfUp.js";

// Wilson score limits as wilson_lower / wilson_upper of the R package PHEindicatormethods (UKHSA) compute them:
// x, n, L95, U95, L99.8, U99.8. Regenerate: Rscript scripts/reference/rates-intervals.R
const WILSON: readonly (readonly [number, number, number, number, number, number])[] = [
  [1, 100, 0.0017674320641406511, 0.054486196178705294, 0.000873065697299977, 0.10455445283705821],
  [65, 100, 0.55254443296887967, 0.73635751756902468, 0.49549465740704313, 0.77835406140896968],
  [9856, 12345, 0.79121017529090687, 0.80536400736149094, 0.7869924108419063, 0.80930614125896261],
  [1045, 5000, 0.19795549880013297, 0.22049130373189027, 0.19179381799015244, 0.22731562902525818],
];

describe("proportion", () => {
  it("documented examples", () => {
    expect(roundHalfUp(proportion(12, 33).value, 1)).toBe(36.4);
    expect(proportion(65, 100, { per: 1 }).lower).toBe(0.5525444329688797);
  });

  it("matches the Wilson limits of PHEindicatormethods to 1e-9 relative", () => {
    for (const [x, n, l95, u95, l998, u998] of WILSON) {
      const r = proportion(x, n, { per: 1, confidence: [0.95, 0.998] });
      const [a, b] = r.intervals;
      expect(relativeError(a?.lower ?? Number.NaN, l95)).toBeLessThan(1e-9);
      expect(relativeError(a?.upper ?? Number.NaN, u95)).toBeLessThan(1e-9);
      expect(relativeError(b?.lower ?? Number.NaN, l998)).toBeLessThan(1e-9);
      expect(relativeError(b?.upper ?? Number.NaN, u998)).toBeLessThan(1e-9);
    }
  });

  it("matches the Wilson score intervals of Newcombe (1998) (95%, 4 dp)", () => {
    // Source: Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
    // seven methods", Statistics in Medicine 17:857-872, method 3 (Wilson score) on its four examples.
    const cases: readonly (readonly [number, number, number, number])[] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lower, upper] of cases) {
      const r = proportion(x, n, { per: 1 });
      expect(roundHalfUp(r.lower ?? Number.NaN, 4)).toBe(lower);
      expect(roundHalfUp(r.upper ?? Number.NaN, 4)).toBe(upper);
    }
  });

  it("local FTE cohorts: re-offender percentages at 1 dp", () => {
    const cohorts: readonly (readonly [number, number, number])[] = [
      [3, 22, 13.6],
      [3, 16, 18.8],
      [11, 18, 61.1],
      [5, 15, 33.3],
      [1, 6, 16.7],
    ];
    for (const [x, n, printed] of cohorts) expect(roundHalfUp(proportion(x, n).value, 1)).toBe(printed);
  });

  it("carries inputs; confidence none gives null limits; x = n gives upper 100", () => {
    expect(proportion(3, 10, { confidence: "none" })).toMatchObject({
      value: 30,
      lower: null,
      upper: null,
      method: "none",
      confidence: null,
      intervals: [],
      numerator: 3,
      denominator: 10,
      per: 100,
    });
    expect(proportion(10, 10).upper).toBe(100);
    expect(proportion(0, 10).lower).toBe(0);
  });

  it("property: 0 ≤ lower ≤ value ≤ upper ≤ per; wider at 99.8%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.floor(f * n);
        const r = proportion(x, n, { confidence: [0.95, 0.998] });
        const [a, b] = r.intervals;
        if (a === undefined || b === undefined) throw new Error("two intervals expected");
        expect(a.lower).toBeGreaterThanOrEqual(0);
        expect(a.lower).toBeLessThanOrEqual(r.value + 1e-12);
        expect(a.upper).toBeGreaterThanOrEqual(r.value - 1e-12);
        expect(a.upper).toBeLessThanOrEqual(100);
        expect(b.lower).toBeLessThanOrEqual(a.lower);
        expect(b.upper).toBeGreaterThanOrEqual(a.upper);
      }),
    );
  });

  it("throws RatesError on bad input", () => {
    expect(() => proportion(5, 4)).toThrow(/numerator 5 must not exceed the denominator 4/);
    expect(() => proportion(1, 0)).toThrow(RatesError);
    expect(() => proportion(-1, 4)).toThrow(/numerator/);
    expect(() => proportion(1, 4.5)).toThrow(/denominator/);
    expect(() => proportion(1, 4, { per: 0 })).toThrow(/per/);
    expect(() => proportion(1, 4, { confidence: 0 })).toThrow(/confidence/);
  });
});

describe("proportion in a REPL or notebook", () => {
  it("prints a percentage (or a fraction) with its Wilson interval, and keeps its data unchanged", () => {
    const r = proportion(12, 33);
    expect(inspect(r)).toBe("36.4% (95% CI 22.2–53.4, Wilson)");
    expect(inspect(proportion(65, 100, { per: 1 }))).toBe("0.650 (95% CI 0.553–0.736, Wilson)");
    expect(inspect(proportion(3, 8, { confidence: "none" }))).toBe("37.5%");
    expect(r).toEqual({ ...r });
    expect(JSON.stringify(r)).toBe(JSON.stringify({ ...r }));
    expect(Object.keys(r)).toEqual(["value", "lower", "upper", "numerator", "denominator", "per", "method", "confidence", "intervals"]);
  });
});
