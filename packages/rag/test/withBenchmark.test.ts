import { compareWithBenchmark, trend } from "@crimestats/benchmark";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";

// The results of @crimestats/benchmark can be spread into the inputs of benchmark and trend rules.
describe("with @crimestats/benchmark", () => {
  // FingertipsNext goldens (the benchmark rule of github.com/dhsc-govuk/FingertipsNext): value 10 [8, 12] against B = 13 is Better (low is good),
  // against B = 12 Similar (inclusive); no CIs → NotCompared.
  const figure = { value: 10, intervals: [{ confidence: 0.95, lower: 8, upper: 12 }] };
  const options = { method: "ci-overlap-95", polarity: "lower-is-better" } as const;

  it("a comparison result spread into a benchmark input is rated, with the benchmark area's name and the not-compared code in words", () => {
    const better = evaluate({ kind: "benchmark" }, { ...compareWithBenchmark(figure, 13, options), benchmarkName: "Cumbria", what: "burglaries per 1,000" });
    expect(better.status).toBe("green");
    expect(better.explanation).toBe("Green: 10 burglaries per 1,000 is better than Cumbria (13)");
    expect(evaluate({ kind: "benchmark" }, { ...compareWithBenchmark(figure, 12, options) }).status).toBe("amber");
    const notCompared = evaluate({ kind: "benchmark" }, { ...compareWithBenchmark({ value: 10 }, 13, options) });
    expect(notCompared.status).toBe("not-rated");
    expect(notCompared.explanation).toBe("Not rated: 10 was not compared with the benchmark (13): no confidence interval");
  });

  it("a trend result spread into a trend input is rated by the rule's polarity, and a trend that cannot be calculated is not rated", () => {
    // trend's own doc example: 1..5 with SE 1 is increasing (χ² = 10 > 9.5495).
    const series = [1, 2, 3, 4, 5].map((value) => ({ value, lower: value - 1.96, upper: value + 1.96, confidence: 0.95 }));
    const worse = evaluate({ kind: "trend", polarity: "lower-is-better" }, { ...trend(series, { polarity: "lower-is-better" }) });
    expect(worse.status).toBe("red");
    expect(worse.explanation).toBe("Red: the trend is increasing (worsening, as lower is better)");
    const short = trend(series.slice(0, 2), { polarity: "lower-is-better" });
    expect(short.outcome).toBe("cannot-be-calculated");
    expect(evaluate({ kind: "trend", polarity: "lower-is-better" }, { ...short }).status).toBe("not-rated");
  });
});
