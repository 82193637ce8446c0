// biome-ignore-all lint/correctness/noPrecisionLoss: reference values keep the digits of their source (R, scipy, mpmath); the test uses the nearest double
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { exactPoissonInterval } from "./exactPoissonInterval.js";
import { relativeError } from "./internal/testUtil.js";

describe("exactPoissonInterval", () => {
  it("documented examples", () => {
    const four = exactPoissonInterval(4, 0.95);
    expect(four.lower).toBeCloseTo(1.0898653736263, 12);
    expect(four.upper).toBeCloseTo(10.2415886754036, 12);
    expect(exactPoissonInterval(0, 0.95)).toEqual({ lower: 0, upper: expect.closeTo(3.6888794541139, 12) });
  });

  it("gives the Garwood limits 1.0898654, 10.2415887 for x = 4, as R qchisq computes them", () => {
    // Source: exact Poisson limits (Garwood 1936), R: qchisq(0.025, 8) / 2 and qchisq(0.975, 10) / 2
    // (Rscript scripts/reference/rates-intervals.R).
    const { lower, upper } = exactPoissonInterval(4, 0.95);
    expect(relativeError(lower, 1.0898654)).toBeLessThan(5e-8);
    expect(relativeError(upper, 10.2415887)).toBeLessThan(5e-9);
  });

  it("matches the documentation example of R poisson.test(137, 24.19893): rate 95% CI 4.753125–6.692709", () => {
    // Source: the documentation example of R's stats::poisson.test (SMR of Welsh nickel workers, from the
    // ISwR package), as R prints it (Rscript scripts/reference/rates-intervals.R).
    const { lower, upper } = exactPoissonInterval(137, 0.95);
    expect(relativeError(lower / 24.19893, 4.753125)).toBeLessThan(1e-6);
    expect(relativeError(upper / 24.19893, 6.692709)).toBeLessThan(1e-6);
  });

  it("matches the exact rows of phe_rate (PHEindicatormethods) to 1e-9 relative (count scale = rate ÷ 100 × 100)", () => {
    // Source: phe_rate of the R package PHEindicatormethods (UKHSA), exact below 10 events
    // (Rscript scripts/reference/rates-intervals.R).
    const rows: readonly (readonly [number, number, number, number, number])[] = [
      [1, 0.025317807984289897, 5.571643390938898, 0.0010005003335835344, 9.2334134764515845],
      [5, 1.62348639011842, 11.668332079322669, 0.739371731917839, 16.454745203680105],
    ];
    for (const [x, l95, u95, l998, u998] of rows) {
      const a = exactPoissonInterval(x, 0.95);
      const b = exactPoissonInterval(x, 0.998);
      expect(relativeError(a.lower, l95)).toBeLessThan(1e-9);
      expect(relativeError(a.upper, u95)).toBeLessThan(1e-9);
      expect(relativeError(b.lower, l998)).toBeLessThan(1e-9);
      expect(relativeError(b.upper, u998)).toBeLessThan(1e-9);
    }
  });

  it("property: upper limit of x is the lower limit's mirror (Garwood: P(X ≥ x | L) = α/2)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0.9, 0.95, 0.998), (x, c) => {
        const narrow = exactPoissonInterval(x, c);
        const wide = exactPoissonInterval(x, Math.min(0.9999, c + 0.0009));
        expect(narrow.lower).toBeLessThanOrEqual(x);
        expect(narrow.upper).toBeGreaterThan(x);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
        // Limits increase with the count: the upper limit of x is the lower limit of x + 1's
        // complement tail, so upper(x) > lower(x + 1).
        expect(exactPoissonInterval(x + 1, c).lower).toBeGreaterThan(narrow.lower);
      }),
      { numRuns: 200 },
    );
  });

  it("throws RatesError on a bad count or confidence", () => {
    expect(() => exactPoissonInterval(-1, 0.95)).toThrow(RatesError);
    expect(() => exactPoissonInterval(1.5, 0.95)).toThrow(/count must be a non-negative integer count .*got 1\.5/);
    expect(() => exactPoissonInterval(3, 95)).toThrow(/confidence.*got 95/);
  });

  it("is exact at counts up to Number.MAX_SAFE_INTEGER, matching R qchisq", () => {
    // R: qchisq(0.025, 2 * c) / 2 and qchisq(0.975, 2 * c + 2) / 2 for each count c
    // (Rscript scripts/reference/rates-intervals.R).
    const reference: [number, number, number][] = [
      [1e6, 998040.98334029387, 1001961.91194543219],
      [1e9, 999938021.44392788, 1000061981.45040894],
      [1e12, 999998040036.96265, 1000001959965.93164],
      [1e15, 999999938020497.75, 1000000061979505.12],
      [Number.MAX_SAFE_INTEGER, 9007199068728129, 9007199440753856],
    ];
    for (const [count, lower, upper] of reference) {
      const r = exactPoissonInterval(count, 0.95);
      expect(relativeError(r.lower, lower)).toBeLessThan(1e-13);
      expect(relativeError(r.upper, upper)).toBeLessThan(1e-13);
    }
    expect(() => exactPoissonInterval(Number.MAX_SAFE_INTEGER + 1, 0.95)).toThrow(RatesError);
  });
});
