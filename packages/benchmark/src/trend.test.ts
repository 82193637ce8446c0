import { rate } from "@crimestats/rates";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { trend } from "./trend.js";

const withSE = (values: number[], se: number) => values.map((value) => ({ value, lower: value - 1.96 * se, upper: value + 1.96 * se, confidence: 0.95 }));

describe("trend", () => {
  it("doc example: SE 1 at every point, slope 1, χ² = Σw(t − t̄)² = 10", () => {
    const series = [1, 2, 3, 4, 5].map((value) => ({ value, lower: value - 1.96, upper: value + 1.96, confidence: 0.95 }));
    const result = trend(series, { polarity: "lower-is-better" });
    expect(result.chiSquared).toBeCloseTo(10, 12);
    expect(result.slope).toBeCloseTo(1, 12);
    expect(result.outcome).toBe("increasing");
    expect(result.judgement).toBe("worsening");
    expect(result.label).toBe("Increasing and getting worse");
    expect(result.stable).toBe(true);
    expect(result.n).toBe(5);
    expect(result.code).toBeNull();
  });

  it("prints its label and statistic in a REPL while its data stay plain", () => {
    const series = [1, 2, 3, 4, 5].map((value) => ({ value, lower: value - 1.96, upper: value + 1.96, confidence: 0.95 }));
    const result = trend(series, { polarity: "lower-is-better" });
    expect(inspect(result)).toBe("Increasing and getting worse (χ² 10.00 above 9.55, 99.8%, 5 points)");
    expect(inspect(trend(series.slice(0, 4), { polarity: "lower-is-better" }))).toBe("Cannot be calculated (too-few-points)");
    expect(Object.keys(result)).toEqual([
      "threshold",
      "confidence",
      "method",
      "polarity",
      "outcome",
      "judgement",
      "label",
      "chiSquared",
      "slope",
      "stable",
      "n",
      "code",
    ]);
  });

  it("is significant only when χ² > χ²₁(0.998) = 9.54953570608324", () => {
    // Source: the threshold of the Fingertips recent-trend test, R: qchisq(0.998, 1) (Rscript scripts/reference/benchmark.R).
    expect(trend(withSE([1, 2, 3, 4, 5], 1), { polarity: "no-judgement" }).threshold).toBeCloseTo(9.54953570608324, 12);
    // SE 1.03: χ² = 10 / 1.03² = 9.426 < 9.5495 → no significant change.
    const below = trend(withSE([1, 2, 3, 4, 5], 1.03), { polarity: "lower-is-better" });
    expect(below.chiSquared).toBeCloseTo(10 / 1.03 ** 2, 10);
    expect(below.outcome).toBe("no-significant-change");
    expect(below.judgement).toBeNull();
    expect(below.label).toBe("No significant change");
    // SE 1.02: χ² = 9.612 > 9.5495 → increasing.
    expect(trend(withSE([1, 2, 3, 4, 5], 1.02), { polarity: "lower-is-better" }).outcome).toBe("increasing");
  });

  it("reference (R documentation of prop.trend.test): smokers 83/86, 90/93, 129/136, 70/82 → X-squared = 8.2249", () => {
    // Source: the example of R's stats::prop.trend.test help page; R: qchisq(0.99, 1) for the 99% threshold
    // (Rscript scripts/reference/benchmark.R).
    const series = [
      [83, 86],
      [90, 93],
      [129, 136],
      [70, 82],
    ].map(([count, denominator]) => ({ value: (count as number) / (denominator as number), count, denominator }));
    const result = trend(series, { polarity: "higher-is-better", method: "chi-squared-proportions", points: 4 });
    expect(result.chiSquared).toBeCloseTo(8.2249, 4);
    expect(result.slope).toBeLessThan(0);
    expect(result.outcome).toBe("no-significant-change"); // 8.22 < 9.55
    const at99 = trend(series, { polarity: "higher-is-better", method: "chi-squared-proportions", points: 4, confidence: 0.99 });
    expect(at99.threshold).toBeCloseTo(6.634896601021214, 10);
    expect(at99.outcome).toBe("decreasing");
    expect(at99.label).toBe("Decreasing and getting worse");
  });

  it("polarity turns a fall into improving or worsening, and nothing else", () => {
    const falling = withSE([10, 8, 6, 4, 2], 0.5);
    const low = trend(falling, { polarity: "lower-is-better" });
    const high = trend(falling, { polarity: "higher-is-better" });
    const none = trend(falling, { polarity: "no-judgement" });
    expect([low.outcome, high.outcome, none.outcome]).toEqual(["decreasing", "decreasing", "decreasing"]);
    expect([low.judgement, high.judgement, none.judgement]).toEqual(["improving", "worsening", null]);
    expect([low.label, high.label, none.label]).toEqual(["Decreasing and getting better", "Decreasing and getting worse", "Decreasing"]);
    expect(high.chiSquared).toBe(low.chiSquared);
  });

  it("a slope that changes sign when one point is left out is not significant", () => {
    const spike = withSE([1, 1, 1, 1, 30], 0.5);
    const result = trend(spike, { polarity: "lower-is-better" });
    expect(result.chiSquared as number).toBeGreaterThan(9.6);
    expect(result.stable).toBe(false);
    expect(result.outcome).toBe("no-significant-change");
  });

  it("uses only the latest five points, and accepts rate() results from @crimestats/rates", () => {
    const counts = [900, 100, 200, 260, 320, 380, 440];
    const series = counts.map((count) => rate(count, 100000, { per: 1000 }));
    const result = trend(series, { polarity: "lower-is-better" });
    expect(result.n).toBe(5);
    const latest = trend(series.slice(2), { polarity: "lower-is-better" });
    expect(result.chiSquared).toBe(latest.chiSquared);
    expect(result.outcome).toBe("increasing");
  });

  it("cannot be calculated: too few points, no interval, zero width, no counts, no variation", () => {
    const p = { polarity: "lower-is-better" } as const;
    expect(trend(withSE([1, 2, 3, 4], 1), p)).toMatchObject({ outcome: "cannot-be-calculated", code: "too-few-points", n: 4 });
    expect(
      trend(
        [1, 2, 3, 4, 5].map((value) => ({ value })),
        p,
      ).code,
    ).toBe("no-interval");
    expect(trend(withSE([1, 2, 3, 4, 5], 0), p).code).toBe("zero-width-interval");
    const props = { ...p, method: "chi-squared-proportions" } as const;
    expect(trend(withSE([1, 2, 3, 4, 5], 1), props).code).toBe("no-count");
    const zeros = [0, 0, 0, 0, 0].map((count) => ({ value: 0, count, denominator: 50 }));
    const result = trend(zeros, props);
    expect(result).toMatchObject({ outcome: "cannot-be-calculated", code: "no-variation", chiSquared: null, label: "Cannot be calculated" });
  });

  it("throws BenchmarkError on bad input", () => {
    const s = withSE([1, 2, 3, 4, 5], 1);
    expect(() => trend(s, {} as never)).toThrow(expect.objectContaining({ code: "missing-polarity" }));
    expect(() => trend(s, { polarity: "lower-is-better", method: "ols" as never })).toThrow(/method must be one of/);
    expect(() => trend(s, { polarity: "lower-is-better", points: 2 })).toThrow(/points must be a whole number of 3 or more/);
    expect(() => trend(s, { polarity: "lower-is-better", confidence: 99.8 })).toThrow(expect.objectContaining({ code: "invalid-confidence" }));
    // Limits without the level they are at are an error, not a point without an interval.
    const unlabelled = [1, 2, 3, 4, 5].map((value) => ({ value, lower: value - 1, upper: value + 1 }));
    expect(() => trend(unlabelled, { polarity: "lower-is-better" })).toThrow(
      expect.objectContaining({
        code: "missing-confidence",
        message: expect.stringContaining("series[0] has lower and upper limits (0, 2) but no confidence"),
      }),
    );
    expect(() => trend("x" as never, { polarity: "lower-is-better" })).toThrow(BenchmarkError);
    expect(() => trend([...s.slice(0, 4), { value: Number.NaN }], { polarity: "lower-is-better" })).toThrow(/series\[4\]\.value/);
    const mixed = [rate(10, 1000, { per: 1000 }), ...[11, 12, 13, 14].map((c) => rate(c, 1000, { per: 100000 }))];
    expect(() => trend(mixed, { polarity: "lower-is-better" })).toThrow(expect.objectContaining({ code: "mixed-per" }));
    const bad = [1, 2, 3, 4, 5].map((count) => ({ value: 1, count, denominator: 3 }));
    expect(() => trend(bad, { polarity: "lower-is-better", method: "chi-squared-proportions" })).toThrow(expect.objectContaining({ code: "invalid-number" }));
  });

  it("values so extreme that the statistic overflows throw invalid-number instead of an Infinity or NaN chi-squared", () => {
    const series = [1, 2, 3, -1.2137903721988654e229, 5].map((value, i) => ({ value, lower: i - 0.96, upper: i + 2.96, confidence: 0.95 }));
    expect(() => trend(series, { polarity: "lower-is-better" })).toThrow(expect.objectContaining({ name: "BenchmarkError", code: "invalid-number" }));
  });
});
