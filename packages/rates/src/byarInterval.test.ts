import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { byarInterval } from "./byarInterval.js";
import { exactPoissonInterval } from "./exactPoissonInterval.js";
import { relativeError } from "./internal/testUtil.js";

// "Byar on count x": byars_lower / byars_upper of the R package PHEindicatormethods (UKHSA), on the counts
// of its tests/testthat/testByars.R (Byar's approximation, as in APHO Technical Briefing 3, 2008).
// Regenerate: Rscript scripts/reference/rates-intervals.R
const GOLDEN: readonly (readonly [number, number, number | null, number])[] = [
  [65, 0.95, 50.163187710459454, 82.849138545939837],
  [1045, 0.95, 982.59320180733255, 1110.3312129856499],
  [1, 0.95, 0.013072132901504351, 5.5637555824752605],
  [65, 0.998, 42.880261471480203, 94.000290844318016],
  [10, 0.998, 2.916318374695686, 24.193724927880535],
  [1, 0.998, null, 9.362180217908362],
];

describe("byarInterval", () => {
  it("documented examples", () => {
    const a = byarInterval(65, 0.95);
    expect(a.lower).toBeCloseTo(50.163187710459454, 11);
    expect(a.upper).toBeCloseTo(82.849138545939837, 11);
    expect(byarInterval(1, 0.998)).toEqual({ lower: 0, upper: expect.closeTo(9.362180217908362, 12) });
  });

  it("reproduces byars_lower / byars_upper of PHEindicatormethods to 1e-12 relative", () => {
    for (const [x, c, lower, upper] of GOLDEN) {
      const r = byarInterval(x, c);
      if (lower === null) expect(r.lower, "PHE gives NA (negative); we floor at 0").toBe(0);
      else expect(relativeError(r.lower, lower), `x = ${x} at ${c}`).toBeLessThan(1e-12);
      expect(relativeError(r.upper, upper), `x = ${x} at ${c}`).toBeLessThan(1e-12);
    }
  });

  it("count 0 has lower 0 and a positive upper", () => {
    const r = byarInterval(0, 0.95);
    expect(r.lower).toBe(0);
    expect(r.upper).toBeGreaterThan(3);
  });

  it("property: close to the exact interval for large counts, ordered and widening", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 100000 }), (x) => {
        const b = byarInterval(x, 0.95);
        const e = exactPoissonInterval(x, 0.95);
        expect(relativeError(b.lower, e.lower)).toBeLessThan(2e-3);
        expect(relativeError(b.upper, e.upper)).toBeLessThan(2e-3);
        const w = byarInterval(x, 0.998);
        expect(b.lower).toBeLessThanOrEqual(x);
        expect(b.upper).toBeGreaterThanOrEqual(x);
        expect(w.lower).toBeLessThan(b.lower);
        expect(w.upper).toBeGreaterThan(b.upper);
      }),
      { numRuns: 200 },
    );
  });

  it("throws RatesError on bad input", () => {
    expect(() => byarInterval(-3, 0.95)).toThrow(RatesError);
    expect(() => byarInterval(Number.NaN, 0.95)).toThrow(/got NaN/);
    expect(() => byarInterval(3, 1)).toThrow(/confidence/);
  });
});
