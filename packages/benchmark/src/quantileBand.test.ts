import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { quantileBand } from "./quantileBand.js";

const oneToFifty = Array.from({ length: 50 }, (_, i) => i + 1);

describe("quantileBand", () => {
  it("doc examples", () => {
    expect(quantileBand(10, oneToFifty, { bands: 5 }).cuts).toEqual([10.8, 20.6, 30.4, 40.2]);
    expect(quantileBand(45, oneToFifty).label).toBe("top quartile");
    expect(quantileBand(45, oneToFifty, { polarity: "lower-is-better" }).judgement).toBe("worst");
    expect(quantileBand(13.25, oneToFifty).label).toBe("bottom quartile");
  });

  it("golden: Fingertips legacy quintile bounds of 1..50 are [1, 10.8, 20.6, 30.4, 40.2, 50]", () => {
    // Source: Fingertips' QuintilesCalculatorTest.cs (github.com/ukhsa-collaboration/fingertips-open,
    // PholioVisualisationWS/AnalysisTest); R: quantile(1:50, seq(0, 1, 0.2)) (Rscript scripts/reference/benchmark.R).
    const result = quantileBand(1, oneToFifty, { bands: 5 });
    expect([1, ...result.cuts, 50]).toEqual([1, 10.8, 20.6, 30.4, 40.2, 50]);
    expect(result.method).toBe("R-7");
    expect(result.n).toBe(50);
  });

  it("method is Excel PERCENTILE.INC: Microsoft's example PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9", () => {
    // bands = 10 puts the 3rd cut point at p = 0.3.
    expect(quantileBand(1, [1, 3, 2, 4], { bands: 10 }).cuts[2]).toBeCloseTo(1.9, 12);
    // Quartiles of 1..4 (R quantile type 7): 1.75, 2.5, 3.25 (Rscript scripts/reference/benchmark.R).
    expect(quantileBand(1, [4, 3, 2, 1]).cuts).toEqual([1.75, 2.5, 3.25]);
  });

  it("cut points are R's type-7 quantiles of a sample with ties, whatever other quantile library is installed", () => {
    // R: quantile(c(0, 0, 0.3, 1.2, 1.23, 3.5, 10, 12, 23.3, 32.1)) → 0.525, 2.365, 11.5 (type 7; scripts/reference/benchmark.R);
    // simple-statistics before 7.8.9 gave other values (its issue #353), so the quantile is computed here.
    const cuts = quantileBand(1, [0, 0, 0.3, 1.2, 1.23, 3.5, 10, 12, 23.3, 32.1]).cuts;
    expect(cuts[0]).toBeCloseTo(0.525, 14);
    expect(cuts[1]).toBeCloseTo(2.365, 14);
    expect(cuts[2]).toBe(11.5);
    // A cut between equal values is that value exactly, so the value itself goes to the band below.
    expect(quantileBand(5, [1, 5, 5, 5, 9]).cuts).toEqual([5, 5, 5]);
    expect(quantileBand(5, [1, 5, 5, 5, 9]).band).toBe(1);
    expect(quantileBand(7, [7]).cuts).toEqual([7, 7, 7]);
  });

  it("a value on a cut point goes to the band below; values outside the range go to the end bands", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9]; // quartile cuts 3, 5, 7
    expect([3, 3.0001, 5, 7, 7.5].map((v) => quantileBand(v, values).band)).toEqual([1, 2, 2, 3, 4]);
    expect(quantileBand(-100, values).label).toBe("bottom quartile");
    expect(quantileBand(100, values).label).toBe("top quartile");
  });

  it("labels, positions and judgements by polarity", () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const labels = [5, 30, 60, 90].map((v) => quantileBand(v, values).label);
    expect(labels).toEqual(["bottom quartile", "2nd quartile", "3rd quartile", "top quartile"]);
    const quintiles = [5, 30, 50, 70, 95].map((v) => quantileBand(v, values, { bands: 5 }));
    expect(quintiles.map((q) => q.position)).toEqual(["lowest", "low", "middle", "high", "highest"]);
    expect(quintiles.map((q) => quantileBand(q.value, values, { bands: 5, polarity: "higher-is-better" }).judgement)).toEqual([
      "worst",
      "worse",
      "middle",
      "better",
      "best",
    ]);
    expect(quantileBand(5, values, { polarity: "no-judgement" }).judgement).toBeNull();
    expect(quantileBand(5, values).judgement).toBeNull();
    expect(quantileBand(5, values, { bands: 10 }).label).toBe("bottom decile");
    expect(quantileBand(5, values, { bands: 2 }).label).toBe("bottom half");
    expect(quantileBand(50, values, { bands: 3 }).label).toBe("2nd tercile");
    expect(quantileBand(50, values, { bands: 7 }).label).toBe("4th band");
    expect(
      quantileBand(
        30,
        Array.from({ length: 2000 }, (_, i) => i),
        { bands: 100 },
      ).label,
    ).toBe("2nd band");
  });

  it("Harrow's rate change is 'in the top quartile for London' when it is among the largest increases", () => {
    // Illustrative changes for 32 boroughs (not published data): Harrow's +3.65 is the 3rd largest.
    const changes = Array.from({ length: 31 }, (_, i) => -3 + i * 0.2);
    const result = quantileBand(3.65, [...changes, 3.65], { polarity: "lower-is-better" });
    expect(result.label).toBe("top quartile");
    expect(result.judgement).toBe("worst");
  });

  it("property: the band is 1 + the number of R-7 cut points strictly below the value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 10 }), (xs, bands) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const r7 = (p: number) => {
          const h = (sorted.length - 1) * p;
          const lo = Math.floor(h);
          return (sorted[lo] as number) + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] as number) - (sorted[lo] as number));
        };
        for (const x of xs) {
          const result = quantileBand(x, xs, { bands });
          for (const [k, cut] of result.cuts.entries()) expect(cut).toBeCloseTo(r7((k + 1) / bands), 9);
          expect(result.band).toBe(1 + result.cuts.filter((c) => c < x).length);
        }
      }),
    );
  });

  it("throws BenchmarkError on bad input", () => {
    expect(() => quantileBand(1, [])).toThrow(expect.objectContaining({ code: "empty-input" }));
    expect(() => quantileBand(Number.NaN, [1])).toThrow(expect.objectContaining({ code: "invalid-number" }));
    expect(() => quantileBand(1, [1, Number.NaN])).toThrow(/values\[1\]/);
    expect(() => quantileBand(1, [1], { bands: 1 })).toThrow(/bands must be a whole number from 2 to 100/);
    expect(() => quantileBand(1, [1], { bands: 4.5 })).toThrow(BenchmarkError);
    expect(() => quantileBand(1, [1], { polarity: "up" as never })).toThrow(/polarity/);
    expect(() => quantileBand(1, "abc" as never)).toThrow(/values must be an array/);
  });
});
