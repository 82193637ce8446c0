import { describe, expect, it } from "vitest";
import { betaQuantile, binomialCdf, binomialPmf, binomialUpper } from "./beta.js";
import { relativeError } from "./testUtil.js";

// References from scipy 1.17.1 (`beta.ppf`/`beta.isf`, `binom.pmf/cdf/sf`), an independent
// implementation (Boost). Regenerate: python3 scripts/reference/beta-binomial.py
describe("internal beta/binomial functions", () => {
  it("betaQuantile matches scipy to 1e-11 relative", () => {
    const cases: readonly (readonly [number, number, number, number])[] = [
      [0.025, 1, 1, 0.025],
      [0.975, 4, 151904, 5.771364481412969e-5],
      [0.0005, 2, 3, 0.009184929589443962],
      [0.999, 500, 20, 0.9825697274640192],
      [0.025, 11, 22, 0.18571909171656614],
      [0.975, 12, 21, 0.5319310362802687],
      [1e-10, 3, 7, 0.00010600083666760557],
      [0.5, 1000, 1000, 0.5],
    ];
    for (const [p, a, b, x] of cases) expect(relativeError(betaQuantile(p, a, b), x), `${p} ${a} ${b}`).toBeLessThan(1e-11);
  });

  it("binomial pmf, cdf and upper tail match scipy to 1e-11 relative", () => {
    const cases: readonly (readonly [number, number, number, number, number, number])[] = [
      [3, 10, 0.3, 0.2668279319999998, 0.6496107184000002, 0.3503892815999998],
      [0, 50, 0.02, 0.36416968008711703, 0.3641696800871171, 0.635830319912883],
      [50, 50, 0.9, 0.00515377520732012, 1, 0],
      [1000, 2000, 0.5, 0.017839011145854313, 0.5089195055729272, 0.49108049442707286],
      [10, 100000, 0.0002, 0.005813689298718744, 0.010805903160013945, 0.989194096839986],
    ];
    for (const [k, n, p, pmf, cdf, sf] of cases) {
      expect(relativeError(binomialPmf(k, n, p), pmf)).toBeLessThan(1e-11);
      expect(relativeError(binomialCdf(k, n, p), cdf)).toBeLessThan(1e-11);
      expect(relativeError(binomialUpper(k, n, p), sf)).toBeLessThan(1e-11);
    }
    expect(binomialPmf(-1, 5, 0.5)).toBe(0);
    expect(binomialCdf(-1, 5, 0.5)).toBe(0);
    expect(binomialUpper(-1, 5, 0.5)).toBe(1);
  });
});
