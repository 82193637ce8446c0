// biome-ignore-all lint/correctness/noPrecisionLoss: reference values keep the digits of their source (R, scipy, mpmath); the test uses the nearest double
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { normalQuantile } from "./normalQuantile.js";

// Reference values computed independently with mpmath (50 digits): sqrt(2)·erfinv(2p − 1), or
// a root of the normal CDF for the extreme tails, at the binary double nearest each p.
// Regenerate: python3 scripts/reference/special-functions.py
const REFERENCE: readonly (readonly [number, number])[] = [
  [0.975, 1.959963984540053855604431],
  [0.999, 3.090232306167813277758202],
  [0.0001, -3.719016485455680552287564],
  [0.025, -1.959963984540054211779584],
  [0.9, 1.281551565544600593487448],
  [1e-10, -6.361340902404056199100397],
  [0.3, -0.5244005127080408159694544],
  [0.7, 0.5244005127080406563136292],
  [0.999999999, 5.997807019601637426423078],
  [1e-20, -9.262340089798407579572095],
  [1e-300, -37.04709629936119923654704],
];

describe("normalQuantile", () => {
  it("documented examples", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 14);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("matches 50-digit reference values to 1e-14 relative", () => {
    for (const [p, z] of REFERENCE) {
      expect(Math.abs(normalQuantile(p) - z) / Math.abs(z), `p = ${p}`).toBeLessThan(1e-14);
    }
  });

  it("property: antisymmetric and increasing", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (a, b) => {
        expect(normalQuantile(a) + normalQuantile(1 - a)).toBeCloseTo(0, 9);
        if (a < b) expect(normalQuantile(a)).toBeLessThanOrEqual(normalQuantile(b));
      }),
    );
  });

  it("throws RatesError outside (0, 1)", () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) {
      expect(() => normalQuantile(p)).toThrow(RatesError);
    }
    expect(() => normalQuantile(1)).toThrow(/p must be a probability.*got 1\./);
  });
});
