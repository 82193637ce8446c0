import { byarInterval, exactPoissonInterval, rate } from "@crimestats/rates";
import fc from "fast-check";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { compareWithBenchmark, type ComparisonMethod, type ComparisonOutcome } from "./compareWithBenchmark.js";
import type { Polarity } from "@crimestats/schema";

const figure = { value: 10, intervals: [{ confidence: 0.95, lower: 8, upper: 12 }] };

describe("compareWithBenchmark", () => {
  it("doc examples follow the benchmark rule of FingertipsNext: 10 [8, 12] against 13 and 12", () => {
    // Source: the benchmark rule of FingertipsNext (github.com/dhsc-govuk/FingertipsNext): a benchmark inside the 95%
    // interval (bounds included) is similar; otherwise lower or higher, judged by the polarity.
    const ci95 = "ci-overlap-95" as const;
    expect(compareWithBenchmark(figure, 13, { method: ci95, polarity: "lower-is-better" }).outcome).toBe("better");
    expect(compareWithBenchmark(figure, 13, { method: ci95, polarity: "higher-is-better" }).outcome).toBe("worse");
    expect(compareWithBenchmark(figure, 13, { method: ci95, polarity: "no-judgement" }).outcome).toBe("lower");
    for (const polarity of ["lower-is-better", "higher-is-better", "no-judgement"] as const) {
      expect(compareWithBenchmark(figure, 12, { method: ci95, polarity }).outcome).toBe("similar"); // boundary inclusive
      expect(compareWithBenchmark(figure, 8, { method: ci95, polarity }).outcome).toBe("similar");
    }
    const none = compareWithBenchmark({ value: 10 }, 13, { method: ci95, polarity: "lower-is-better" });
    expect(none.outcome).toBe("not-compared");
    expect(none.code).toBe("no-interval");
    const main = compareWithBenchmark({ value: 10, lower: 8, upper: 12, confidence: 0.95 }, 13, { method: ci95, polarity: "no-judgement" });
    expect(main.explanation).toBe("The benchmark lies above the figure's 95% interval: significantly lower.");
  });

  it("limits without their confidence level are an error, not a figure without an interval", () => {
    const options = { method: "ci-overlap-95", polarity: "lower-is-better" } as const;
    expect(() => compareWithBenchmark({ value: 10, lower: 8, upper: 12 }, 13, options)).toThrow(
      expect.objectContaining({
        name: "BenchmarkError",
        code: "missing-confidence",
        message:
          "compareWithBenchmark: figure has lower and upper limits (8, 12) but no confidence; give the level they are at as a fraction, e.g. confidence: 0.95.",
      }),
    );
    expect(() => compareWithBenchmark({ value: 10, lower: 8, upper: 12, confidence: null }, 13, options)).toThrow(
      expect.objectContaining({ code: "missing-confidence" }),
    );
    // A rate() without intervals (confidence "none") has null limits and null confidence: simply not compared.
    expect(compareWithBenchmark({ value: 10, lower: null, upper: null, confidence: null }, 13, options).code).toBe("no-interval");
  });

  it("a confidence level given as a percentage (95) is invalid-confidence, in the figure and in its intervals", () => {
    const options = { method: "ci-overlap-95", polarity: "lower-is-better" } as const;
    for (const figure of [
      { value: 10, lower: 8, upper: 12, confidence: 95 },
      { value: 10, intervals: [{ confidence: 95, lower: 8, upper: 12 }] },
      { value: 10, intervals: [{ confidence: 0, lower: 8, upper: 12 }] },
    ]) {
      expect(() => compareWithBenchmark(figure, 13, options)).toThrow(expect.objectContaining({ code: "invalid-confidence" }));
    }
    expect(() => compareWithBenchmark({ value: 10, count: 10, population: 1000 }, 13, { ...options, method: "funnel", funnelLevels: [95] })).toThrow(
      expect.objectContaining({ code: "invalid-confidence" }),
    );
  });

  it("prints its verdict in a REPL while its data stay plain", () => {
    const lower = compareWithBenchmark(figure, 13, { method: "ci-overlap-95", polarity: "no-judgement" });
    expect(inspect(lower)).toBe("Lower than the benchmark (significant at 95%): 10.00 against 13.00");
    expect(inspect(compareWithBenchmark(figure, 12, { method: "ci-overlap-95", polarity: "lower-is-better" }))).toBe(
      "Similar to the benchmark: 10.00 against 12.00",
    );
    const none = compareWithBenchmark({ value: 10 }, 13, { method: "ci-overlap-95", polarity: "lower-is-better" });
    expect(inspect(none)).toBe("Not compared: the figure has no usable 95% interval.");
    expect(Object.keys(lower)).toEqual(["outcome", "direction", "significance", "method", "polarity", "value", "benchmark", "limits", "code", "explanation"]);
  });

  it("labels observed vs expected as assign_funnel_significance of PHEindicatormethods does, exact below 10 events, Byar otherwise", () => {
    // Source: (observed, expected) rows of tests/testthat/testdata_funnel_ratio_inputs.csv of the R package
    // PHEindicatormethods, labelled as its assign_funnel_significance does (Rscript scripts/reference/benchmark.R).
    const cases: [number, number, string][] = [
      [151, 106.4429719, "High (0.001)"],
      [150, 119.5695496, "High (0.025)"],
      [159, 232.9329036, "Low (0.001)"],
      [101, 126.2973615, "Low (0.025)"],
      [8, 6.239860227, "Not significant"],
    ];
    for (const [observed, expected, label] of cases) {
      const interval = observed < 10 ? exactPoissonInterval : byarInterval;
      const intervals = [0.95, 0.998].map((confidence) => ({ confidence, ...interval(observed, confidence) }));
      const result = compareWithBenchmark({ value: observed, intervals }, expected, {
        method: "two-level",
        polarity: "no-judgement",
      });
      const fingertips =
        result.outcome === "similar"
          ? "Not significant"
          : `${result.outcome === "higher" ? "High" : "Low"} (${result.significance === 0.998 ? "0.001" : "0.025"})`;
      expect(fingertips).toBe(label);
    }
  });

  it("agrees with the SpcForProportions comparer tests of Fingertips, low is good, benchmark 8.9611086876279327%", () => {
    // Source: Fingertips' SpcForProportionsComparerTest.cs (github.com/ukhsa-collaboration/fingertips-open,
    // PholioVisualisationWS/AnalysisTest); limits and verdicts: Rscript scripts/reference/benchmark.R.
    const b = 8.9611086876279327;
    const cases: [number, number, string][] = [
      [7.7065767284991562, 5930, "better"],
      [9.8988121425428961, 2273, "similar"],
      [12.474645030425965, 1972, "worse"],
    ];
    for (const [value, n, expected] of cases) {
      const figure = { value, count: Math.round((value * n) / 100), population: n, per: 100 };
      const result = compareWithBenchmark(figure, b, {
        method: "funnel",
        polarity: "lower-is-better",
        distribution: "binomial",
        funnelLevels: [0.95],
      });
      expect(result.outcome).toBe(expected);
    }
    // With both levels, the first and last lie beyond the 99.8% limits too.
    const two = compareWithBenchmark({ value: 7.7065767284991562, count: 457, population: 5930, per: 100 }, b, {
      method: "funnel",
      polarity: "lower-is-better",
      distribution: "binomial",
    });
    expect(two.outcome).toBe("best");
    expect(two.significance).toBe(0.998);
  });

  it("two-level: better/worse between the 95% and 99.8% limits, best/worst beyond", () => {
    const twoLevel = {
      value: 10,
      intervals: [
        { confidence: 0.95, lower: 8, upper: 12 },
        { confidence: 0.998, lower: 7, upper: 13 },
      ],
    };
    const at = (b: number, polarity: Polarity) => compareWithBenchmark(twoLevel, b, { method: "two-level", polarity });
    expect([7.5, 12.5, 6, 14, 10].map((b) => at(b, "lower-is-better").outcome)).toEqual(["worse", "better", "worst", "best", "similar"]);
    expect([7.5, 12.5, 6, 14].map((b) => at(b, "higher-is-better").outcome)).toEqual(["better", "worse", "best", "worst"]);
    expect([7.5, 6].map((b) => at(b, "no-judgement").outcome)).toEqual(["higher", "higher"]);
    expect(at(6, "no-judgement").significance).toBe(0.998);
    expect(at(7.5, "no-judgement").significance).toBe(0.95);
    expect(at(13, "lower-is-better").outcome).toBe("better"); // on the 99.8% limit: not beyond it
    expect(at(13, "lower-is-better").explanation).toMatch(/at 95% but not at 99.8%.*Lower is better: better\./);
    const single = compareWithBenchmark(twoLevel, 12.5, { method: "ci-overlap-99.8", polarity: "lower-is-better" });
    expect(single.outcome).toBe("similar");
    expect(compareWithBenchmark(twoLevel, 14, { method: "ci-overlap-99.8", polarity: "lower-is-better" }).outcome).toBe("better");
    expect(compareWithBenchmark(figure, 14, { method: "two-level", polarity: "lower-is-better" }).code).toBe("no-interval");
  });

  it("reads the intervals of rate() from @crimestats/rates (Harrow vs London total offences 2018)", () => {
    const harrow = rate(14866, 248880, { per: 1000, confidence: [0.95, 0.998] });
    const london = rate(838895, 8824800, { per: 1000 });
    const result = compareWithBenchmark(harrow, london.value, { method: "two-level", polarity: "lower-is-better" });
    expect(result.outcome).toBe("best");
    expect(result.direction).toBe("lower");
    expect(result.limits.map((l) => l.confidence)).toEqual([0.95, 0.998]);
    // Its main lower/upper carry the first level when `intervals` lacks it.
    const mainOnly = { value: harrow.value, lower: harrow.lower, upper: harrow.upper, confidence: 0.95 };
    expect(compareWithBenchmark(mainOnly, 59.7, { method: "ci-overlap-95", polarity: "lower-is-better" }).outcome).toBe("similar");
  });

  it("funnel: the rate against exact Poisson limits around the benchmark for the figure's population", () => {
    const london = (838895 / 8824800) * 1000;
    const funnel = (count: number) => compareWithBenchmark(rate(count, 248880, { per: 1000 }), london, { method: "funnel", polarity: "lower-is-better" });
    // Limits at 248,880 (scipy.stats.chi2; python3 scripts/reference/funnel-limits.py): 95% 93.8536–96.2802,
    // 99.8% 93.1627–96.9864 per 1,000.
    expect(funnel(14866).outcome).toBe("best");
    expect(funnel(23659).outcome).toBe("similar"); // 95.06 per 1,000
    expect(funnel(23400).outcome).toBe("similar"); // 94.02: inside 95%
    expect(funnel(23300).outcome).toBe("better"); // 93.62: outside 95%, inside 99.8%
    expect(funnel(24100).outcome).toBe("worse"); // 96.83: outside 95%, inside 99.8%
    expect(funnel(24200).outcome).toBe("worst"); // 97.24: outside 99.8%
  });

  it("the funnel verdict is the exact Poisson test of the count, so small counts are not over-flagged", () => {
    const funnel = (count: number, population: number, benchmark: number, extra: object = {}) =>
      compareWithBenchmark({ value: (count / population) * 1000, count, population, per: 1000 }, benchmark, {
        method: "funnel",
        polarity: "lower-is-better",
        ...extra,
      });
    // E = 1 and no event: P(X = 0 | 1) = e^-1 = 0.368, nowhere near significant (was "best":
    // continuous limits around E put the lower limit above 0 for any E > 0).
    expect(funnel(0, 1000, 1).outcome).toBe("similar");
    // A tiny population: E = 0.005, P(X = 0) = 0.995 (was "best").
    expect(funnel(0, 1, 5).outcome).toBe("similar");
    // No event is significantly low once e^-E < α/2: E = 4 gives 0.0183 < 0.025 but > 0.001,
    // E = 7 gives 0.000912 < 0.001.
    expect(funnel(0, 1000, 3.6).outcome).toBe("similar"); // e^-3.6 = 0.0273
    expect(funnel(0, 1000, 4).outcome).toBe("better");
    expect(funnel(0, 1000, 7).outcome).toBe("best");
    // 4 events against E = 1: P(X >= 4 | 1) = 1 - e^-1 (1 + 1 + 1/2 + 1/6) = 0.0190 < 0.025.
    const four = funnel(4, 1000, 1);
    expect(four.outcome).toBe("worse");
    expect(four.significance).toBe(0.95);
    // Exact Poisson limits of 4 events, R: qchisq(0.025, 8) / 2 and qchisq(0.975, 10) / 2 (scripts/reference/rates-intervals.R).
    expect(four.limits[0]?.lower).toBeCloseTo(1.0898654, 6); // exact Poisson x = 4 (PHE Fingertips technical guidance)
    expect(four.limits[0]?.upper).toBeCloseTo(10.2415887, 6);
    expect(four.explanation).toBe(
      "The benchmark lies below the figure's 95% exact Poisson interval (of its count): significantly higher at 95% but not at 99.8%. Lower is better: worse.",
    );
    // Over-dispersion widens the count's interval by √φ about the count: 4 events is then similar.
    expect(funnel(4, 1000, 1, { overdispersion: 2 }).outcome).toBe("similar");
    // One level gives better/worse only.
    expect(funnel(0, 1000, 7, { funnelLevels: [0.95] }).outcome).toBe("better");
    expect(() => funnel(2.5, 1000, 1)).toThrow(BenchmarkError);
    expect(() => funnel(2, 1000, 1, { funnelLevels: [0.95, 1.5] })).toThrow(BenchmarkError);
  });

  it("two-level explanations name the levels used", () => {
    const r = compareWithBenchmark(
      {
        value: 10,
        intervals: [
          { confidence: 0.95, lower: 8, upper: 12 },
          { confidence: 0.998, lower: 6, upper: 14 },
        ],
      },
      13,
      { method: "two-level", polarity: "no-judgement" },
    );
    expect(r.explanation).toBe("The benchmark lies above the figure's 95% interval: significantly lower at 95% but not at 99.8%.");
  });

  it("funnel options are checked", () => {
    const f = { value: 5, count: 5, population: 1000, per: 1000 };
    expect(() => compareWithBenchmark(f, 5, { method: "funnel", polarity: "lower-is-better", funnelLevels: [] })).toThrow(/funnelLevels/);
    expect(() => compareWithBenchmark(f, 5, { method: "funnel", polarity: "lower-is-better", distribution: "normal" as never })).toThrow(
      /distribution must be/,
    );
    expect(compareWithBenchmark(f, 5, { method: "funnel", polarity: "lower-is-better", overdispersion: 2 }).outcome).toBe("similar");
  });

  it("not-compared: same area, too few events, no count", () => {
    const f = { value: 5, count: 4, area: "Harrow", intervals: [{ confidence: 0.95, lower: 1, upper: 9 }] };
    expect(compareWithBenchmark(f, { value: 5, area: "Harrow" }, { method: "ci-overlap-95", polarity: "lower-is-better" }).code).toBe("same-area");
    expect(compareWithBenchmark(f, 5, { method: "ci-overlap-95", polarity: "lower-is-better", minEvents: 10 }).code).toBe("too-few-events");
    expect(compareWithBenchmark({ value: 5 }, 5, { method: "ci-overlap-95", polarity: "lower-is-better", minEvents: 10 }).code).toBe("no-count");
    expect(compareWithBenchmark({ value: 5 }, 5, { method: "funnel", polarity: "lower-is-better" }).code).toBe("no-count");
    expect(compareWithBenchmark(f, { value: 20, area: "London" }, { method: "ci-overlap-95", polarity: "lower-is-better" }).outcome).toBe("better");
  });

  const intervalArb = fc
    .tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }))
    .map(([value, a, b]) => ({
      value,
      intervals: [
        { confidence: 0.95, lower: value - a, upper: value + b },
        { confidence: 0.998, lower: value - 2 * a, upper: value + 2 * b },
      ],
    }));
  const methods: ComparisonMethod[] = ["ci-overlap-95", "ci-overlap-99.8", "two-level"];

  it("property: similar whenever the benchmark lies inside the interval used", () => {
    fc.assert(
      fc.property(intervalArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...methods), (f, t, method) => {
        const inner = method === "ci-overlap-99.8" ? f.intervals[1] : f.intervals[0];
        const b = (inner?.lower as number) + t * ((inner?.upper as number) - (inner?.lower as number));
        if (b < (inner?.lower as number) || b > (inner?.upper as number)) return; // rounding at the edge
        for (const polarity of ["lower-is-better", "higher-is-better", "no-judgement"] as const) {
          expect(compareWithBenchmark(f, b, { method, polarity }).outcome).toBe("similar");
        }
      }),
    );
  });

  it("property: polarity flips better and worse (best and worst) and nothing else", () => {
    const flip: Record<ComparisonOutcome, ComparisonOutcome> = {
      better: "worse",
      worse: "better",
      best: "worst",
      worst: "best",
      similar: "similar",
      higher: "higher",
      lower: "lower",
      "not-compared": "not-compared",
    };
    fc.assert(
      fc.property(intervalArb, fc.double({ min: -300, max: 300, noNaN: true }), fc.constantFrom(...methods), (f, b, method) => {
        const low = compareWithBenchmark(f, b, { method, polarity: "lower-is-better" });
        const high = compareWithBenchmark(f, b, { method, polarity: "higher-is-better" });
        const none = compareWithBenchmark(f, b, { method, polarity: "no-judgement" });
        expect(high.outcome).toBe(flip[low.outcome]);
        expect(high.direction).toBe(low.direction);
        expect(high.significance).toBe(low.significance);
        expect(high.limits).toEqual(low.limits);
        expect(none.direction).toBe(low.direction);
        if (low.direction === "similar") expect(none.outcome).toBe("similar");
        else expect(none.outcome).toBe(low.direction);
      }),
    );
  });

  it("throws BenchmarkError on bad input", () => {
    expect(() => compareWithBenchmark(figure, 13, { method: "ci-overlap-95" } as never)).toThrow(expect.objectContaining({ code: "missing-polarity" }));
    expect(() => compareWithBenchmark(figure, 13, { method: "overlap", polarity: "lower-is-better" } as never)).toThrow(/method must be one of/);
    expect(() => compareWithBenchmark(figure, Number.NaN, { method: "ci-overlap-95", polarity: "lower-is-better" })).toThrow(
      /benchmark must be a finite number/,
    );
    expect(() =>
      compareWithBenchmark({ value: 1, intervals: [{ confidence: 0.95, lower: 3, upper: 2 }] }, 1, {
        method: "ci-overlap-95",
        polarity: "lower-is-better",
      }),
    ).toThrow(expect.objectContaining({ code: "invalid-interval" }));
    expect(() => compareWithBenchmark({ value: 1, per: 1000 }, { value: 1, per: 100000 }, { method: "ci-overlap-95", polarity: "lower-is-better" })).toThrow(
      expect.objectContaining({ code: "mixed-per" }),
    );
    expect(() => compareWithBenchmark({ value: "1" } as never, 1, { method: "ci-overlap-95", polarity: "lower-is-better" })).toThrow(BenchmarkError);
  });
});
