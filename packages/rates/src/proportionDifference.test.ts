import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf } from "./internal/testUtil.js";
import { proportion } from "./proportion.js";
import { proportionDifference } from "./proportionDifference.js";
import { roundHalfUp } from "./roundHalfUp.js";

describe("proportionDifference", () => {
  it("documented examples", () => {
    const d = proportionDifference(56, 70, 48, 80, { per: 1 });
    expect(roundHalfUp(d.value, 4)).toBe(0.2);
    expect(roundHalfUp(d.lower ?? Number.NaN, 4)).toBe(0.0524);
    expect(roundHalfUp(d.upper ?? Number.NaN, 4)).toBe(0.3339);
    expect(d.excludesZero).toBe(true);
    const r = proportionDifference(12, 33, 15, 39);
    expect(roundHalfUp(r.value, 1)).toBe(-2.1);
    expect(r.excludesZero).toBe(false);
  });

  it("reproduces method 10 of Newcombe (1998), Table II, on all eight examples (95%, 4 dp)", () => {
    // Source: Newcombe RG (1998), "Interval estimation for the difference between independent
    // proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, Table II,
    // method 10 (score interval from the two Wilson intervals, no continuity correction), examples
    // (a) to (h). Examples (a), (b) and (g) are also the "newcombe-score" values of the WUSS 2016
    // paper 127 (lexjansen.com/wuss/2016/127_Final_Paper_PDF.pdf, page 9), and (d) the
    // `ratesci::moverci(x1 = 5, n1 = 56, x2 = 0, n2 = 29, type = "wilson")` test value.
    const cases: readonly (readonly [number, number, number, number, number, number])[] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [6, 7, 2, 7, 0.0582, 0.8062],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [x1, n1, x2, n2, lower, upper] of cases) {
      const r = proportionDifference(x1, n1, x2, n2, { per: 1 });
      expect(roundHalfUp(r.lower ?? Number.NaN, 4)).toBe(lower);
      expect(roundHalfUp(r.upper ?? Number.NaN, 4)).toBe(upper);
    }
  });

  it("reproduces the Newcombe hybrid score intervals of R packages contingencytables and DescTools", () => {
    // contingencytables (Fagerland, Lydersen & Laake), tests of chapter 4:
    // Newcombe_hybrid_score_CI_2x2(matrix(c(7, 27, 1, 33), 2, byrow = TRUE)) is 0.1765 (0.0189 to 0.3404).
    const a = proportionDifference(7, 34, 1, 34, { per: 1 });
    expect([roundHalfUp(a.value, 4), roundHalfUp(a.lower ?? Number.NaN, 4), roundHalfUp(a.upper ?? Number.NaN, 4)]).toEqual([0.1765, 0.0189, 0.3404]);
    // WUSS 2016 paper 127, HIV trial example 84/101 vs 89/105, "newcombe-score": -0.1177 to 0.0851.
    const b = proportionDifference(84, 101, 89, 105, { per: 1 });
    expect([roundHalfUp(b.lower ?? Number.NaN, 4), roundHalfUp(b.upper ?? Number.NaN, 4)]).toEqual([-0.1177, 0.0851]);
  });

  it("combines the two Wilson intervals of proportion at the same level", () => {
    const r = proportionDifference(12, 33, 15, 39, { confidence: 0.9 });
    const p1 = proportion(12, 33, { confidence: 0.9 });
    const p2 = proportion(15, 39, { confidence: 0.9 });
    const d = p1.value - p2.value;
    expect(r.value).toBeCloseTo(d, 12);
    expect(r.lower).toBeCloseTo(d - Math.hypot(p1.value - (p1.lower ?? 0), (p2.upper ?? 0) - p2.value), 10);
    expect(r.upper).toBeCloseTo(d + Math.hypot((p1.upper ?? 0) - p1.value, p2.value - (p2.lower ?? 0)), 10);
    expect(r.first).toEqual(p1);
    expect(r.second).toEqual(p2);
  });

  it("gives one interval per level, the first as lower and upper; none gives nulls", () => {
    const r = proportionDifference(30, 60, 20, 60, { confidence: [0.95, 0.998] });
    expect(r.intervals.map((i) => i.confidence)).toEqual([0.95, 0.998]);
    expect(r.lower).toBe(r.intervals[0]?.lower);
    expect((r.intervals[1]?.lower ?? 0) < (r.intervals[0]?.lower ?? 0)).toBe(true);
    expect(r.excludesZero).toBe(false);
    expect(proportionDifference(3, 10, 1, 10, { confidence: "none" })).toMatchObject({
      lower: null,
      upper: null,
      method: "none",
      confidence: null,
      intervals: [],
      excludesZero: null,
      per: 100,
    });
  });

  it("says whether the interval excludes zero in either direction", () => {
    expect(proportionDifference(10, 100, 40, 100).excludesZero).toBe(true);
    expect(proportionDifference(40, 100, 10, 100).excludesZero).toBe(true);
    expect(proportionDifference(40, 100, 35, 100).excludesZero).toBe(false);
  });

  it("prints as a signed difference in percentage points with its interval", () => {
    expect(inspect(proportionDifference(56, 70, 48, 80))).toBe("+20.0 percentage points (95% CI 5.2 to 33.4, Newcombe hybrid score)");
    expect(inspect(proportionDifference(5, 56, 0, 29, { per: 1 }))).toBe("+0.089 (95% CI -0.038 to 0.193, Newcombe hybrid score)");
    expect(JSON.parse(JSON.stringify(proportionDifference(1, 2, 1, 2)))).not.toHaveProperty("display");
  });

  it("rejects bad counts, sizes, levels, scales and options with the rates codes", () => {
    expect(codeOf(() => proportionDifference(-1, 10, 1, 10))).toBe("invalid-count");
    expect(codeOf(() => proportionDifference(1.5, 10, 1, 10))).toBe("invalid-count");
    expect(codeOf(() => proportionDifference(1, 0, 1, 10))).toBe("invalid-count");
    expect(codeOf(() => proportionDifference(1, 10, 11, 10))).toBe("invalid-count");
    expect(codeOf(() => proportionDifference(1, 10, 1, Number.NaN))).toBe("invalid-count");
    expect(codeOf(() => proportionDifference(1, 10, 1, 10, { confidence: 95 }))).toBe("invalid-confidence");
    expect(codeOf(() => proportionDifference(1, 10, 1, 10, { per: 0 }))).toBe("invalid-number");
    expect(codeOf(() => proportionDifference(1, 10, 1, 10, null as never))).toBe("invalid-option");
    expect(() => proportionDifference(11, 10, 1, 10)).toThrow(/x1 11 must not exceed n1 10/);
  });

  it("property: −per ≤ lower ≤ value ≤ upper ≤ per; swapping the groups mirrors the interval", () => {
    const group = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(group, group, ([x1, n1], [x2, n2]) => {
        const r = proportionDifference(x1, n1, x2, n2);
        const s = proportionDifference(x2, n2, x1, n1);
        const lower = r.lower ?? Number.NaN;
        const upper = r.upper ?? Number.NaN;
        expect(lower).toBeGreaterThanOrEqual(-100);
        expect(upper).toBeLessThanOrEqual(100);
        expect(lower).toBeLessThanOrEqual(r.value + 1e-9);
        expect(upper).toBeGreaterThanOrEqual(r.value - 1e-9);
        expect(s.lower).toBeCloseTo(-upper, 9);
        expect(s.upper).toBeCloseTo(-lower, 9);
      }),
    );
  });
});
