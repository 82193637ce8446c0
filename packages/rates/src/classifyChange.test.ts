// biome-ignore-all lint/correctness/noPrecisionLoss: reference values keep the digits R prints; the test uses the nearest double
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyChange, type ChangeVerdict } from "./classifyChange.js";
import { codeOf, relativeError } from "./internal/testUtil.js";
import { rateRatioTest } from "./rateRatioTest.js";

// R 4.2.2 `poisson.test(c(current.count, previous.count), c(current.population, previous.population))$p.value`
// and the smallest p-value over every split of the total, min(poisson.test(c(0, n), …)$p.value,
// poisson.test(c(n, 0), …)$p.value); regenerate with Rscript scripts/reference/rate-ratio.R.
// [previous count, previous population, current count, current population, confidence, R p-value, R smallest p-value, verdict]
// The smallest p-value of the large counts underflows to the smallest double in R (4.94e-324) and may be 0 here.
const R_CASES: readonly (readonly [number, number, number, number, number, number, number, ChangeVerdict])[] = [
  [2386, 248880, 2240, 248880, 0.95, 0.033004534618917274, 4.9406564584124654e-324, "significant-fall"],
  [2386, 248880, 2240, 248880, 0.998, 0.033004534618917274, 4.9406564584124654e-324, "no-significant-change"],
  [13957, 248880, 14866, 248880, 0.95, 8.8572031384100074e-8, 4.9406564584124654e-324, "significant-rise"],
  [21, 3011, 11, 800, 0.95, 0.079668633033329522, 2.0213113890637933e-22, "no-significant-change"],
  [0, 1, 5, 1, 0.95, 0.0625, 0.0625, "too-few-to-judge"],
  [0, 1, 6, 1, 0.95, 0.031250000000000007, 0.031250000000000007, "significant-rise"],
  [3, 1, 3, 1, 0.95, 1, 0.031250000000000007, "no-significant-change"],
  [9, 1, 1, 1, 0.95, 0.021484375000000014, 0.0019531250000000004, "significant-fall"],
  [1, 1, 9, 1, 0.95, 0.021484375000000014, 0.0019531250000000004, "significant-rise"],
  [9, 1, 1, 1, 0.998, 0.021484375000000014, 0.0019531250000000004, "no-significant-change"],
  [8, 1, 1, 1, 0.998, 0.039062499999999986, 0.0039062500000000035, "too-few-to-judge"],
  [2, 100, 0, 300, 0.95, 0.062500000000000014, 0.062500000000000014, "too-few-to-judge"],
  [3, 100, 0, 300, 0.95, 0.01562500000000001, 0.01562500000000001, "significant-fall"],
];

describe("classifyChange", () => {
  it("doc example: 2,386 to 2,240 burglaries over 248,880 residents is a significant fall at 95%", () => {
    const c = classifyChange({ count: 2386, population: 248880 }, { count: 2240, population: 248880 });
    expect(c.verdict).toBe("significant-fall");
    expect(c.explanation).toBe("a significant fall");
    expect(c.method).toBe("Exact conditional test of the ratio of the two rates, two-sided, at the 95% level (p = 0.033).");
    expect(classifyChange({ count: 0, population: 1000 }, { count: 5, population: 1000 }).verdict).toBe("too-few-to-judge");
  });

  it("agrees with R poisson.test: the p-value, the smallest attainable p-value and the verdict", () => {
    for (const [pc, pp, cc, cp, confidence, pValue, smallest, verdict] of R_CASES) {
      const label = `${pc}/${pp} → ${cc}/${cp} at ${confidence}`;
      const c = classifyChange({ count: pc, population: pp }, { count: cc, population: cp }, { confidence });
      expect(c.verdict, label).toBe(verdict);
      expect(c.confidence).toBe(confidence);
      const test = rateRatioTest({ count: pc, population: pp }, { count: cc, population: cp }, { confidence });
      expect(relativeError(test.pValue, pValue), label).toBeLessThan(1e-9);
      if (verdict === "too-few-to-judge") expect(c.test, label).toBeNull();
      else expect(c.test, label).toEqual(test);
      // The smallest p-value any split could give, from the two extreme splits.
      const n = pc + cc;
      const extremes = Math.min(
        rateRatioTest({ count: n, population: pp }, { count: 0, population: cp }).pValue,
        rateRatioTest({ count: 0, population: pp }, { count: n, population: cp }).pValue,
      );
      if (smallest < 1e-300) expect(extremes, label).toBeLessThan(1e-300);
      else expect(relativeError(extremes, smallest), label).toBeLessThan(1e-9);
      expect(extremes >= 1 - confidence, label).toBe(verdict === "too-few-to-judge");
    }
  });

  it("judges a count only when some split of it could be significant: 5 events between equal populations cannot reach p < 0.05, 6 can", () => {
    const equal = (previous: number, current: number, confidence = 0.95) =>
      classifyChange({ count: previous, population: 1000 }, { count: current, population: 1000 }, { confidence }).verdict;
    for (let x = 0; x <= 5; x++) expect(equal(5 - x, x)).toBe("too-few-to-judge");
    expect(equal(0, 6)).toBe("significant-rise");
    expect(equal(6, 0)).toBe("significant-fall");
    expect(equal(3, 3)).toBe("no-significant-change");
    expect(equal(1, 5)).toBe("no-significant-change");
    // At 99.8% it takes 10 events: 2 × 0.5⁹ = 0.0039 ≥ 0.002, 2 × 0.5¹⁰ = 0.00195 < 0.002.
    expect(equal(0, 9, 0.998)).toBe("too-few-to-judge");
    expect(equal(0, 10, 0.998)).toBe("significant-rise");
    // Smallest p-value exactly 1 − confidence (0.0625 = 1 − 0.9375, both exact in binary): still too few.
    expect(equal(0, 5, 0.9375)).toBe("too-few-to-judge");
    expect(equal(0, 6, 0.9375)).toBe("significant-rise");
  });

  it("uses each period's own population: a population three times larger makes 3 events enough, and only as a fall", () => {
    // p₀ = 3/4: all events in the previous period has probability 0.25ⁿ, the smallest p-value.
    const judge = (previous: number, current: number) => classifyChange({ count: previous, population: 100 }, { count: current, population: 300 }).verdict;
    expect(judge(2, 0)).toBe("too-few-to-judge");
    expect(judge(3, 0)).toBe("significant-fall");
    expect(judge(0, 3)).toBe("no-significant-change");
  });

  it("no events in either period is too few to judge, with no test", () => {
    const c = classifyChange({ count: 0, population: 10 }, { count: 0, population: 12 });
    expect(c).toMatchObject({ verdict: "too-few-to-judge", test: null, explanation: "too few to judge" });
    expect(c.method).toBe(
      "Exact conditional test of the ratio of the two rates, two-sided, at the 95% level: with a combined count of 0 over the two periods, no split between them could give p below 0.05.",
    );
    expect(classifyChange({ count: 1, population: 10 }, { count: 0, population: 10 }).method).toContain("with a combined count of 1 over the two periods");
  });

  it("words its verdicts and method for any kind of count, naming no offences", () => {
    const cases = [
      classifyChange({ count: 1, population: 10 }, { count: 2, population: 10 }),
      classifyChange({ count: 0, population: 5000 }, { count: 12, population: 5000 }),
      classifyChange({ count: 12, population: 5000 }, { count: 0, population: 5000 }),
      classifyChange({ count: 6, population: 5000 }, { count: 6, population: 5000 }),
      classifyChange({ count: 1234, population: 5000 }, { count: 0, population: 5000 }),
    ];
    expect(cases.map((c) => c.verdict)).toEqual(["too-few-to-judge", "significant-rise", "significant-fall", "no-significant-change", "significant-fall"]);
    for (const c of cases) expect(`${c.explanation} ${c.method} ${inspect(c)}`).not.toMatch(/offence|crime/i);
  });

  it("a significant change from no events is a rise", () => {
    const c = classifyChange({ count: 0, population: 5000 }, { count: 12, population: 5000 });
    expect(c.verdict).toBe("significant-rise");
    expect(c.test?.value).toBeNull();
    expect(c.explanation).toBe("a significant rise");
  });

  it("writes p below 0.001 as p < 0.001 and the level in percent", () => {
    const c = classifyChange({ count: 13957, population: 248880 }, { count: 14866, population: 248880 }, { confidence: 0.998 });
    expect(c.verdict).toBe("significant-rise");
    expect(c.method).toBe("Exact conditional test of the ratio of the two rates, two-sided, at the 99.8% level (p < 0.001).");
  });

  it("prints its explanation and method in a REPL; the data are a plain object", () => {
    const c = classifyChange({ count: 2386, population: 248880 }, { count: 2240, population: 248880 });
    expect(inspect(c)).toBe("a significant fall (exact conditional test, 95% level, p = 0.033)");
    expect(inspect(classifyChange({ count: 1, population: 1 }, { count: 2, population: 1 }))).toBe(
      "too few to judge (exact conditional test, 95% level, no split of the count could be significant)",
    );
    expect(Object.keys(c)).toEqual(["verdict", "test", "confidence", "method", "explanation"]);
  });

  it("property: too few to judge exactly when no split of the total between the periods is significant", () => {
    fc.assert(
      fc.property(
        fc.nat(16),
        fc.nat(16),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(0.9, 0.95, 0.99, 0.998),
        (a, b, ta, tb, confidence) => {
          const c = classifyChange({ count: a, population: ta }, { count: b, population: tb }, { confidence });
          const n = a + b;
          let anySignificant = false;
          for (let x = 0; x <= n && !anySignificant; x++) {
            anySignificant = rateRatioTest({ count: n - x, population: ta }, { count: x, population: tb }).pValue < 1 - confidence;
          }
          expect(c.verdict === "too-few-to-judge").toBe(!anySignificant);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);

  it("property: the verdict follows the test's p-value and the ratio's direction when the count can be judged", () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(3000), fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 1, max: 1e7 }), (a, b, ta, tb) => {
        const c = classifyChange({ count: a, population: ta }, { count: b, population: tb });
        if (c.verdict === "too-few-to-judge") return;
        const t = rateRatioTest({ count: a, population: ta }, { count: b, population: tb });
        if (t.pValue >= 0.05) expect(c.verdict).toBe("no-significant-change");
        else expect(c.verdict).toBe(b * ta > a * tb ? "significant-rise" : "significant-fall");
      }),
      { numRuns: 300 },
    );
  });

  it("property: swapping the periods swaps a rise and a fall and keeps the other verdicts", () => {
    const swapped: Readonly<Record<ChangeVerdict, ChangeVerdict>> = {
      "significant-rise": "significant-fall",
      "significant-fall": "significant-rise",
      "no-significant-change": "no-significant-change",
      "too-few-to-judge": "too-few-to-judge",
    };
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b, ta, tb) => {
        const forward = classifyChange({ count: a, population: ta }, { count: b, population: tb });
        const backward = classifyChange({ count: b, population: tb }, { count: a, population: ta });
        expect(backward.verdict).toBe(swapped[forward.verdict]);
      }),
      { numRuns: 300 },
    );
  });

  it("property: scaling both populations by the same factor keeps the verdict", () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.nat(500),
        fc.integer({ min: 1, max: 1e5 }),
        fc.integer({ min: 1, max: 1e5 }),
        fc.constantFrom(2, 10, 1000),
        (a, b, ta, tb, k) => {
          const one = classifyChange({ count: a, population: ta }, { count: b, population: tb });
          const scaled = classifyChange({ count: a, population: ta * k }, { count: b, population: tb * k });
          expect(scaled.verdict).toBe(one.verdict);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("property: a count that can be judged stays judgeable with one more event in either period", () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b, ta, tb) => {
        const c = classifyChange({ count: a, population: ta }, { count: b, population: tb });
        if (c.verdict === "too-few-to-judge") return;
        expect(classifyChange({ count: a + 1, population: ta }, { count: b, population: tb }).verdict).not.toBe("too-few-to-judge");
        expect(classifyChange({ count: a, population: ta }, { count: b + 1, population: tb }).verdict).not.toBe("too-few-to-judge");
      }),
      { numRuns: 200 },
    );
  });

  it("throws RatesError naming the bad value", () => {
    const ok = { count: 1, population: 1 };
    // @ts-expect-error not an object
    expect(codeOf(() => classifyChange(undefined, ok))).toBe("invalid-argument");
    expect(codeOf(() => classifyChange({ count: -1, population: 1 }, ok))).toBe("invalid-count");
    expect(codeOf(() => classifyChange(ok, { count: 1.5, population: 1 }))).toBe("invalid-count");
    expect(codeOf(() => classifyChange(ok, { count: 1, population: 0 }))).toBe("invalid-population");
    expect(codeOf(() => classifyChange(ok, ok, { confidence: 95 }))).toBe("invalid-confidence");
    // @ts-expect-error not an object
    expect(codeOf(() => classifyChange(ok, ok, null))).toBe("invalid-option");
    expect(() => classifyChange({ count: Number.MAX_SAFE_INTEGER, population: 1 }, ok)).toThrow(/^classifyChange: the two counts together/);
    expect(() => classifyChange({ count: 1, population: 5e-324 }, { count: 1, population: 1e308 })).toThrow(
      /^classifyChange: the populations 5e-324 and 1e\+308 are too far apart/,
    );
    expect(() => classifyChange(ok, { count: 1, population: Number.NaN })).toThrow(/current\.population must be a finite number greater than 0, got NaN/);
  });
});
