// biome-ignore-all lint/correctness/noPrecisionLoss: reference values keep the digits of their source (R, scipy, mpmath); the test uses the nearest double
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RatesError } from "./RatesError.js";
import { relativeError } from "./internal/testUtil.js";
import { rateRatioTest } from "./rateRatioTest.js";

// Reference values: [x_current, T_current, x_previous, T_previous, confidence, p-value, lower, upper]
// (upper null = unbounded). Produced by scipy 1.17.1 `scipy.stats.binomtest(x, n, p0)` with
// `proportion_ci(method="exact")`, mapped by p/(1 − p)·T_previous/T_current: an independent
// implementation of the algorithm of R's binom.test/poisson.test (same relErr = 1 + 1e-7
// two-sided rule, Clopper–Pearson limits); regenerate with python3 scripts/reference/rate-ratio.py. The first row is
// also the documentation example of R's stats::poisson.test (eba1977 data)
// poisson.test(c(11, 21), c(800, 3011)): 1.971488, 0.8584264–4.2772659, p = 0.07967.
const REFERENCE: readonly (readonly [number, number, number, number, number, number, number, number | null])[] = [
  [11, 800, 21, 3011, 0.95, 0.0796686330333295, 0.858426403391619, 4.277265943654079],
  [11, 800, 21, 3011, 0.998, 0.0796686330333295, 0.5245741660996538, 6.374954138499],
  [2240, 248880, 2386, 248880, 0.95, 0.03300453461891732, 0.8858108986370894, 0.9949529862692772],
  [2240, 248880, 2386, 248880, 0.998, 0.03300453461891732, 0.8568086990873344, 1.028577311830415],
  [14866, 248880, 13957, 248880, 0.95, 8.857203138409915e-8, 1.0407352818510853, 1.0900982595480906],
  [14866, 248880, 13957, 248880, 0.998, 8.857203138409915e-8, 1.02696654817227, 1.1047226529613219],
  [0, 100, 5, 100, 0.95, 0.0625, 0, 1.091279105182546],
  [0, 100, 5, 100, 0.998, 0.0625, 0, 2.9810717055349727],
  [5, 100, 0, 120, 0.95, 0.019403791345598595, 1.099627028778552, null],
  [5, 100, 0, 120, 0.998, 0.019403791345598595, 0.40253979727222033, null],
  [3, 1000, 3, 1000, 0.95, 1, 0.1339375881777302, 7.466164006724067],
  [3, 1000, 3, 1000, 0.998, 1, 0.039410765712586185, 25.373777492494696],
  [97643, 8824800, 91777, 8824800, 0.95, 2.1394211940904328e-41, 1.0543610851303609, 1.0735577610363973],
  [97643, 8824800, 91777, 8824800, 0.998, 2.1394211940904328e-41, 1.048896972905467, 1.079151686792868],
  [41, 1, 61, 1, 0.95, 0.059400536903433346, 0.441061504952972, 1.0149173620745788],
  [41, 1, 61, 1, 0.998, 0.059400536903433346, 0.3469592015895513, 1.2694420425039967],
  [1, 1, 0, 1, 0.95, 1, 0.025641025641025664, null],
  [1, 1, 0, 1, 0.998, 1, 0.0010010010010010019, null],
  [7, 2.5, 20, 3.1, 0.95, 0.05422345367208605, 0.1550525002912825, 1.068474535188625],
  [7, 2.5, 20, 3.1, 0.998, 0.05422345367208605, 0.08144091020806127, 1.6555606565893033],
];

describe("rateRatioTest", () => {
  it("documented example (R: poisson.test(c(11, 21), c(800, 3011)))", () => {
    const t = rateRatioTest({ count: 21, population: 3011 }, { count: 11, population: 800 });
    expect(t.value).toBe(1.9714880952380953);
    expect(t.lower).toBeCloseTo(0.858426403391, 11);
    expect(t.upper).toBeCloseTo(4.277265943654, 11);
    expect(t.pValue).toBeCloseTo(0.0796686330333, 12);
  });

  it("matches the documentation example of R poisson.test at R's printed precision", () => {
    const t = rateRatioTest({ count: 21, population: 3011 }, { count: 11, population: 800 });
    expect(relativeError(t.value ?? Number.NaN, 1.971488)).toBeLessThan(5e-7);
    expect(relativeError(t.lower ?? Number.NaN, 0.8584264)).toBeLessThan(1e-7);
    expect(relativeError(t.upper ?? Number.NaN, 4.2772659)).toBeLessThan(1e-7);
    expect(relativeError(t.pValue, 0.07967)).toBeLessThan(1e-4);
    expect(t.expectedCurrent).toBeCloseTo((32 * 800) / 3811, 12);
    expect(t.method).toBe("exact-conditional");
  });

  it("matches the reference implementation to 1e-9 relative", () => {
    for (const [x1, t1, x2, t2, confidence, p, lower, upper] of REFERENCE) {
      const t = rateRatioTest({ count: x2, population: t2 }, { count: x1, population: t1 }, { confidence });
      const label = `${x1}/${t1} vs ${x2}/${t2} at ${confidence}`;
      expect(relativeError(t.pValue, p), label).toBeLessThan(1e-9);
      expect(relativeError(t.lower ?? Number.NaN, lower), label).toBeLessThan(1e-9);
      if (upper === null) expect(t.upper, label).toBeNull();
      else expect(relativeError(t.upper ?? Number.NaN, upper), label).toBeLessThan(1e-9);
      expect(t.confidence).toBe(confidence);
    }
  });

  it("no events in either period: nothing to compare", () => {
    const t = rateRatioTest({ count: 0, population: 10 }, { count: 0, population: 12 });
    expect(t).toMatchObject({ value: null, lower: null, upper: null, pValue: 1 });
  });

  it("property: p in (0, 1], lower ≤ ratio ≤ upper, CI excludes 1 iff p < α (approximately)", () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b, ta, tb) => {
        fc.pre(a + b > 0);
        const t = rateRatioTest({ count: a, population: ta }, { count: b, population: tb });
        expect(t.pValue).toBeGreaterThanOrEqual(0); // may underflow to 0 for extreme cases, as in R
        expect(t.pValue).toBeLessThanOrEqual(1);
        if (t.value !== null) {
          expect(t.lower ?? Number.NaN).toBeLessThanOrEqual(t.value * (1 + 1e-12));
          if (t.upper !== null) expect(t.upper).toBeGreaterThanOrEqual(t.value * (1 - 1e-12));
        }
        // Swapping the periods keeps the p-value (up to rounding of 1 − p₀ raised to the n-th power).
        const s = rateRatioTest({ count: b, population: tb }, { count: a, population: ta });
        expect(relativeError(s.pValue, t.pValue)).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it("throws RatesError on bad input", () => {
    expect(() => rateRatioTest({ count: -1, population: 1 }, { count: 1, population: 1 })).toThrow(/previous\.count/);
    expect(() => rateRatioTest({ count: 1, population: 1 }, { count: 1, population: 0 })).toThrow(/current\.population/);
    expect(() => rateRatioTest({ count: 1, population: 1 }, { count: 1, population: 1 }, { confidence: 2 })).toThrow(RatesError);
    // @ts-expect-error not an object
    expect(() => rateRatioTest(undefined, { count: 1, population: 1 })).toThrow(/previous must be an object/);
  });

  describe("accuracy and termination at any count", () => {
    // Reference values, each from the call in its comment (R 4.2.2, scipy 1.17.1; regenerate with
    // Rscript scripts/reference/rate-ratio.R and python3 scripts/reference/rate-ratio.py). R's
    // poisson.test allocates a vector of n values, so from 1e9 events the p-value comes from
    // scipy.stats.binomtest (the same "no more likely than observed" rule) and the limits from
    // R's qbeta, p / (1 − p) being the ratio for equal populations.
    const cases = [
      {
        // R: poisson.test(c(550, 450), c(1e6, 1e6))
        previous: 450,
        current: 550,
        pValue: 0.0017305360849763163,
        lower: 1.0770870711227604755,
        upper: 1.3874798094153926176,
      },
      {
        // R: poisson.test(c(501000, 499000), c(1e6, 1e6))
        previous: 499_000,
        current: 501_000,
        pValue: 0.045608299865382104,
        lower: 1.000078076083865231,
        upper: 1.007953406855836898,
      },
      {
        // scipy: binomtest(500020000, 10**9, 0.5).pvalue;
        // R: x <- 500020000; n <- 1e9; lo <- qbeta(0.025, x, n-x+1); hi <- qbeta(0.975, x+1, n-x); c(lo/(1-lo), hi/(1-hi))
        previous: 499_980_000,
        current: 500_020_000,
        pValue: 0.20591454810171667,
        lower: 0.99995603995982074,
        upper: 1.0002039818081474,
      },
      {
        // scipy: binomtest(5000010000, 10**10, 0.5).pvalue; R: as above with x <- 5000010000; n <- 1e10
        previous: 4_999_990_000,
        current: 5_000_010_000,
        pValue: 0.841488401984244,
        lower: 0.99996480113980346,
        upper: 1.00004320041280259,
      },
      {
        // scipy: binomtest(500001000000, 10**12, 0.5).pvalue; R: as above with x <- 500001000000; n <- 1e12
        previous: 499_999_000_000,
        current: 500_001_000_000,
        pValue: 0.04550037188461717,
        lower: 1.0000000800700342,
        upper: 1.0000079199613314,
      },
    ];
    for (const c of cases) {
      it(`matches R and scipy with ${c.previous + c.current} events`, () => {
        const t = rateRatioTest({ count: c.previous, population: 1e6 }, { count: c.current, population: 1e6 });
        // The references themselves differ by up to 2e-10 at 1e12 events (R's pbinom gives 0.045500371878345).
        expect(relativeError(t.pValue, c.pValue)).toBeLessThan(1e-9);
        expect(relativeError(t.lower ?? Number.NaN, c.lower)).toBeLessThan(1e-12);
        expect(relativeError(t.upper ?? Number.NaN, c.upper)).toBeLessThan(1e-12);
      });
    }

    it("a rate 11% higher over 1.9e10 events is significant, with p below 1e-300 (not 0.5)", () => {
      // scipy: binomtest(10**10, 19 * 10**9, 0.5).pvalue == 0.0 (underflow);
      // R: x <- 1e10; n <- 1.9e10; lo <- qbeta(0.025, x, n-x+1); hi <- qbeta(0.975, x+1, n-x); c(lo/(1-lo), hi/(1-hi))
      const t = rateRatioTest({ count: 9e9, population: 1e6 }, { count: 1e10, population: 1e6 });
      expect(t.pValue).toBeLessThan(1e-300);
      expect(relativeError(t.lower ?? Number.NaN, 1.1110794696541337)).toBeLessThan(1e-12);
      expect(relativeError(t.upper ?? Number.NaN, 1.1111427534808709)).toBeLessThan(1e-12);
    });

    it("refuses a count that is not a safe integer, or two counts whose sum is not, instead of running forever", () => {
      const one = { count: 1, population: 1 };
      for (const count of [1e17, Number.MAX_SAFE_INTEGER + 1, 2 ** 60]) {
        expect(() => rateRatioTest(one, { count, population: 1 })).toThrow(RatesError);
        expect(() => rateRatioTest({ count, population: 1 }, one)).toThrow(/MAX_SAFE_INTEGER/);
      }
      const half = { count: 2 ** 52 + 1, population: 1 };
      expect(() => rateRatioTest(half, half)).toThrow(/together/);
    });

    it("answers at the largest accepted counts with limits around the ratio", () => {
      const big = Number.MAX_SAFE_INTEGER - 1;
      const t = rateRatioTest({ count: big / 2, population: 1 }, { count: big / 2, population: 1 });
      expect(t.value).toBe(1);
      expect(t.lower ?? Number.NaN).toBeLessThan(1);
      expect(t.upper ?? Number.NaN).toBeGreaterThan(1);
      expect(t.pValue).toBeGreaterThan(0.99);
    });

    it("keeps the digits of an upper limit whose p is near 1 (ratio of odds from the complement)", () => {
      // R: q <- qbeta(0.025, 1, 1e6); (1 - q) / q  =>  39497889.705207191, where 1 − q is the upper
      // limit of p = x / n. poisson.test(c(999999, 1), c(1, 1)) prints 39497889.76080618: it forms
      // p / (1 − p) from p = 0.99999997468..., and the subtraction loses those digits.
      const t = rateRatioTest({ count: 1, population: 1 }, { count: 999_999, population: 1 });
      expect(relativeError(t.upper ?? Number.NaN, 39497889.705207191)).toBeLessThan(1e-12);
    });

    it("keeps every digit of the limits with one count against a huge one (1 vs 999,999 and 1 vs 1e15)", () => {
      // 50-digit values (mpmath; python3 scripts/reference/special-functions.py): the lower limit's odds are (1 − q) / q with q solving
      // I_q(2, b) = 1 − (1 − q)^b (1 + bq) = 0.975, the upper's with I_q(1, b + 1) = 1 − (1 − q)^(b+1) = 0.025:
      // b = 999,999: 179479.66946463547878...; b = 1e15: 179480259204364.46859... and 39497890205207250.317...
      // (R's poisson.test prints 179479.66946449064; the limits were off by 7e-12 and, at 1e15, by 2.4e-4.)
      const small = rateRatioTest({ count: 1, population: 1 }, { count: 999_999, population: 1 });
      expect(relativeError(small.lower ?? Number.NaN, 179479.66946463547878)).toBeLessThan(1e-14);
      const huge = rateRatioTest({ count: 1, population: 1 }, { count: 1e15, population: 1 });
      expect(relativeError(huge.lower ?? Number.NaN, 179480259204364.46859)).toBeLessThan(1e-14);
      expect(relativeError(huge.upper ?? Number.NaN, 39497890205207250.317)).toBeLessThan(1e-14);
    });
  });

  it("property: at any counts up to 2^52 it returns, with 0 ≤ p ≤ 1 and lower ≤ ratio ≤ upper", () => {
    const bigCount = fc.integer({ min: 0, max: 52 }).chain((k) => fc.integer({ min: 0, max: 2 ** k }));
    fc.assert(
      fc.property(bigCount, bigCount, fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (a, b, tb) => {
        fc.pre(a + b > 0);
        const t = rateRatioTest({ count: a, population: 1e6 }, { count: b, population: tb });
        expect(t.pValue).toBeGreaterThanOrEqual(0);
        expect(t.pValue).toBeLessThanOrEqual(1);
        if (t.value !== null) {
          expect(t.lower ?? Number.NaN).toBeLessThanOrEqual(t.value * (1 + 1e-9));
          if (t.upper !== null) expect(t.upper).toBeGreaterThanOrEqual(t.value * (1 - 1e-9));
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe("rateRatioTest in a REPL or notebook", () => {
  it("prints the ratio, its interval and the p-value, and keeps its data unchanged", () => {
    const t = rateRatioTest({ count: 21, population: 3011 }, { count: 11, population: 800 });
    expect(inspect(t)).toBe("rate ratio 1.97 (95% CI 0.86–4.28, exact conditional test), p = 0.080");
    expect(inspect(rateRatioTest({ count: 0, population: 3011 }, { count: 4, population: 800 }))).toBe(
      "rate ratio not defined, no previous events (95% CI 2.48–unbounded, exact conditional test), p = 0.002",
    );
    expect(inspect(rateRatioTest({ count: 0, population: 10 }, { count: 0, population: 10 }))).toBe(
      "no events in either period: no rate ratio to test (exact conditional test), p = 1",
    );
    expect(inspect(rateRatioTest({ count: 14866, population: 248880 }, { count: 13957, population: 248880 }))).toMatch(/p < 0\.001$/);
    expect(t).toEqual({ ...t });
    expect(Object.keys(t)).toEqual(["value", "lower", "upper", "previous", "current", "method", "confidence", "pValue", "expectedCurrent"]);
  });
});
