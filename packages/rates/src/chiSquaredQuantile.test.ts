// biome-ignore-all lint/correctness/noPrecisionLoss: reference values keep the digits of their source (R, scipy, mpmath); the test uses the nearest double
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { chiSquaredQuantile } from "./chiSquaredQuantile.js";
import { normalQuantile } from "./normalQuantile.js";

// [p, df, qchisq(p, df)]: computed independently with mpmath at 50 digits (bisection on the
// regularised incomplete gamma function, at the binary double nearest each p). The first two
// agree with R: qchisq(0.95, 1) = 3.841458820694124, and qchisq(0.998, 1) = 9.54953570608324 is the
// significance threshold of the Fingertips recent-trend test. Regenerate: python3 scripts/reference/special-functions.py
const REFERENCE: readonly (readonly [number, number, number])[] = [
  [0.95, 1, 3.841458820694124469101699],
  [0.998, 1, 9.549535706083241660636458],
  [0.975, 1, 5.023886187314887418111474],
  [0.025, 2, 0.05063561596857975365417174],
  [0.975, 2, 7.377758908227870829348072],
  [0.001, 2, 0.002001000667167067041961003],
  [0.999, 4, 18.46682695290316949212229],
  [0.025, 8, 2.179730747252649788848553],
  [0.975, 10, 20.48317735080739383524694],
  [0.001, 20, 5.921040745487519156734348],
  [0.999, 22, 48.2679422908351725970329],
  [0.5, 0.5, 0.0873476047057468207338859],
  [1e-10, 3, 0.000000520939762143448033029518],
  [0.3, 0.1, 4.075794377465328772678252e-11],
  [0.025, 10000, 9724.718377389798228776674],
  [0.975, 10002, 10281.09789707000972351042],
  [0.999999, 7, 40.52183123411471900185558],
  [0.05, 200, 168.2785544366283952882155],
  [0.0001, 1, 1.570796335019567160006585e-8],
  [0.9, 123.4, 143.9125525567856555178946],
];

describe("chiSquaredQuantile", () => {
  it("documented examples", () => {
    expect(chiSquaredQuantile(0.95, 1)).toBeCloseTo(3.841458820694124, 13);
    expect(chiSquaredQuantile(0.998, 1)).toBeCloseTo(9.54953570608324, 13);
    expect(chiSquaredQuantile(0.025, 8) / 2).toBeCloseTo(1.089865373626325, 12);
  });

  it("matches 50-digit reference values to 1e-12 relative", () => {
    for (const [p, df, x] of REFERENCE) {
      const relative = Math.abs(chiSquaredQuantile(p, df) - x) / x;
      expect(relative, `p = ${p}, df = ${df}`).toBeLessThan(1e-12);
    }
  });

  it("tiny quantiles of small df converge to the value of the series x^a / Γ(a + 1), down to 1e-98", () => {
    // For x this small P(a, x) = x^a / Γ(a + 1) to double precision, so the reference is
    // 2·(p·Γ(a + 1))^(1/a), evaluated with mpmath at 50 digits.
    const cases: readonly (readonly [number, number, number])[] = [
      [1e-12, 0.2457702688187156, 2.7519721318798951868e-98],
      [1e-6, 0.5, 1.3499395786223457799e-24],
    ];
    for (const [p, df, x] of cases) {
      expect(Math.abs(chiSquaredQuantile(p, df) - x) / x, `p = ${p}, df = ${df}`).toBeLessThan(1e-12);
    }
    // Subnormal results still come out positive and finite.
    const sub = chiSquaredQuantile(0.025, 0.010047881544693178);
    expect(sub).toBeGreaterThan(0);
    expect(Math.abs(sub - 1.4689652991060972e-319) / 1.4689652991060972e-319).toBeLessThan(1e-3);
  });

  it("has closed forms for df = 1 and df = 2", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        const two = -2 * Math.log1p(-p);
        expect(Math.abs(chiSquaredQuantile(p, 2) - two) / two).toBeLessThan(1e-11);
        // (1 + p) / 2 is only exact to ~1e-16 absolute, so compare where that does not matter.
        if (p > 0.01 && p < 0.999) {
          const z = normalQuantile((1 + p) / 2);
          expect(Math.abs(chiSquaredQuantile(p, 1) - z * z) / (z * z)).toBeLessThan(1e-11);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("property: increasing in p", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (a, b, df) => {
          if (a < b) expect(chiSquaredQuantile(a, df)).toBeLessThanOrEqual(chiSquaredQuantile(b, df) * (1 + 1e-13));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns 0 at p = 0 and throws RatesError on bad input", () => {
    expect(chiSquaredQuantile(0, 3)).toBe(0);
    expect(() => chiSquaredQuantile(1, 3)).toThrow(RatesError);
    expect(() => chiSquaredQuantile(-0.1, 3)).toThrow(/p must be a probability/);
    expect(() => chiSquaredQuantile(0.5, 0)).toThrow(/df must be .* got 0/);
    expect(() => chiSquaredQuantile(0.5, Number.NaN)).toThrow(RatesError);
  });
});
