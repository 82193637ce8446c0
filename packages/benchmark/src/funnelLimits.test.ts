import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { funnelLimits } from "./funnelLimits.js";

// Reference values: scipy.stats.chi2.ppf (SciPy 1.17), lower = ppf(α/2, 2E)/2, upper = ppf(1 − α/2, 2E + 2)/2.
// Regenerate: python3 scripts/reference/funnel-limits.py (R cross-check: Rscript scripts/reference/benchmark.R).
describe("funnelLimits", () => {
  it("doc example: E = 10 events at 95%", () => {
    const funnel = funnelLimits(10, 1000, { per: 1000, levels: [0.95] });
    expect(funnel.expected).toBe(10);
    expect(funnel.limits[0]?.lowerCount).toBeCloseTo(4.7953886961324335, 10);
    expect(funnel.limits[0]?.upperCount).toBeCloseTo(18.39035604201778, 10);
    expect(funnel.limits[0]?.lower).toBeCloseTo(4.7953886961324335, 10);
    expect(funnel.method).toBe("exact-poisson");
  });

  it("the London total offences rate around Harrow's population (Harrow 2019 Strategy), scipy reference", () => {
    // Source: London's 838,895 offences in 2018 as printed in the London Borough of Harrow's Community Safety, Violence,
    // Vulnerability and Exploitation Strategy 2019/20; ONS mid-2017 populations (London 8,824,800, Harrow 248,880).
    const london = (838895 / 8824800) * 1000;
    const funnel = funnelLimits(london, 248880);
    expect(funnel.per).toBe(1000);
    expect(funnel.expected).toBeCloseTo(23658.801060647267, 8);
    const [l95, l998] = funnel.limits;
    expect(l95?.confidence).toBe(0.95);
    expect(l95?.lower).toBeCloseTo(93.85358036547835, 9);
    expect(l95?.upper).toBeCloseTo(96.28023027652475, 9);
    expect(l998?.lower).toBeCloseTo(93.16268051672634, 9);
    expect(l998?.upper).toBeCloseTo(96.98643481240275, 9);
  });

  it("99.8% for E = 10 and a fractional expected count E = 0.5; E = 0 has lower limit 0", () => {
    const ten = funnelLimits(10, 1000, { levels: [0.998] }).limits[0];
    expect(ten?.lowerCount).toBeCloseTo(2.96052037274376, 9);
    expect(ten?.upperCount).toBeCloseTo(24.13397114541759, 9);
    const half = funnelLimits(0.5, 1, { per: 1, levels: [0.95] }).limits[0];
    expect(half?.lowerCount).toBeCloseTo(0.0004910345585876278, 12);
    expect(half?.upperCount).toBeCloseTo(4.674201802248074, 9);
    expect(funnelLimits(0, 1000).limits[0]?.lowerCount).toBe(0);
  });

  it("over-dispersion widens each limit's distance from the benchmark by √φ", () => {
    const plain = funnelLimits(50, 20000, { levels: [0.95] }).limits[0];
    const wide = funnelLimits(50, 20000, { levels: [0.95], overdispersion: 4 });
    expect(wide.overdispersion).toBe(4);
    expect((wide.limits[0]?.upper as number) - 50).toBeCloseTo(2 * ((plain?.upper as number) - 50), 9);
    expect(50 - (wide.limits[0]?.lower as number)).toBeCloseTo(2 * (50 - (plain?.lower as number)), 9);
    expect(funnelLimits(1, 100, { overdispersion: 100 }).limits[0]?.lower).toBe(0);
  });

  it("property: limits surround the benchmark, 99.8% outside 95%, and narrow as the population grows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 200, noNaN: true }), fc.integer({ min: 1000, max: 1_000_000 }), (b, n) => {
        const small = funnelLimits(b, n);
        const large = funnelLimits(b, n * 4);
        const [s95, s998] = small.limits;
        expect(s95?.lower).toBeLessThan(b);
        expect(s95?.upper).toBeGreaterThan(b);
        expect(s998?.lower).toBeLessThan(s95?.lower as number);
        expect(s998?.upper).toBeGreaterThan(s95?.upper as number);
        expect((large.limits[0]?.upper as number) - (large.limits[0]?.lower as number)).toBeLessThan((s95?.upper as number) - (s95?.lower as number));
      }),
      { numRuns: 50 },
    );
  });

  it("binomial (Fingertips SpcForProportions): Wilson limits around P0 = 8.9611…% for N = 5,930, scipy reference", () => {
    // Source: P0 and N from Fingertips' SpcForProportionsComparerTest.cs (github.com/ukhsa-collaboration/fingertips-open,
    // PholioVisualisationWS/AnalysisTest); limits from python3 scripts/reference/funnel-limits.py.
    const funnel = funnelLimits(8.9611086876279327, 5930, { per: 100, distribution: "binomial" });
    expect(funnel.method).toBe("wilson-binomial");
    expect(funnel.limits[0]?.lower).toBeCloseTo(8.26045871566152, 9);
    expect(funnel.limits[0]?.upper).toBeCloseTo(9.714894292596158, 9);
    expect(funnel.limits[1]?.lower).toBeCloseTo(7.879919189196868, 9);
    expect(funnel.limits[1]?.upper).toBeCloseTo(10.174261849488223, 9);
    const all = funnelLimits(100, 50, { per: 100, distribution: "binomial", overdispersion: 9 }).limits[0];
    expect(all?.upperCount).toBe(50); // never above the denominator
    expect(() => funnelLimits(101, 50, { per: 100, distribution: "binomial" })).toThrow(/must not exceed per/);
    expect(() => funnelLimits(1, 50, { distribution: "gauss" as never })).toThrow(/distribution must be/);
  });

  it("throws BenchmarkError on bad input", () => {
    expect(() => funnelLimits(-1, 100)).toThrow(expect.objectContaining({ code: "invalid-number" }));
    expect(() => funnelLimits(Number.NaN, 100)).toThrow(BenchmarkError);
    expect(() => funnelLimits(1, 0)).toThrow(/population must be a finite number above 0/);
    expect(() => funnelLimits(1, 100, { per: 0 })).toThrow(/per must be/);
    expect(() => funnelLimits(1, 100, { levels: [] })).toThrow(/levels must be a non-empty array/);
    expect(() => funnelLimits(1, 100, { levels: [95] })).toThrow(/strictly between 0 and 1/);
    expect(() => funnelLimits(1, 100, { overdispersion: 0.5 })).toThrow(/overdispersion/);
  });

  it("a population so small that a limit overflows throws invalid-number instead of an Infinity limit", () => {
    expect(() => funnelLimits(120280, 7e-323)).toThrow(expect.objectContaining({ name: "BenchmarkError", code: "invalid-number" }));
    expect(() => funnelLimits(10, 1e-310, { levels: [0.95] })).toThrow(/population is too small/);
  });

  it("an expected count beyond the largest number throws BenchmarkError, not the RatesError of chiSquaredQuantile", () => {
    expect(() => funnelLimits(1e308, 1.6e221)).toThrow(BenchmarkError);
    expect(() => funnelLimits(1e10, 1e308, { levels: [0.95] })).toThrow(/expected count/);
  });

  it("an expected count that is representable is computed in an order that does not overflow", () => {
    // 1e308 × 10 overflows before the division by 1e10; 1e308 × (10 / 1e10) does not.
    const f = funnelLimits(1e308, 10, { per: 1e10, levels: [0.95] });
    expect(f.expected).toBeCloseTo(1e299, -290);
    for (const l of f.limits) for (const v of [l.lower, l.upper, l.lowerCount, l.upperCount]) expect(Number.isFinite(v)).toBe(true);
  });
});
