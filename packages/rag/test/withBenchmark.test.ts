import { compareWithBenchmark, trend } from "@crimestats/benchmark";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";

// The results of @crimestats/benchmark can be spread into the inputs of benchmark and trend rules.
describe("with @crimestats/benchmark", () => {
  // FingertipsNext goldens (the benchmark rule of github.com/dhsc-govuk/FingertipsNext): value 10 [8, 12] against B = 13 is Better (low is good),
  // against B = 12 Similar (inclusive); no CIs → NotCompared.
  const figure = { value: 10, intervals: [{ confidence: 0.95, lower: 8, upper: 12 }] };
  const options = { method: "ci-overlap-95", polarity: "lower-is-better" } as const;

  it("compareWithBenchmark → benchmark rule", () => {
    const better = evaluate(
      { kind: "benchmark" },
      { ...compareWithBenchmark(figure, 13, options), benchmarkName: "London", what: "burglaries per 1,000" },
    );
    expect(better.status).toBe("green");
    expect(better.reason).toBe("Green: 10 burglaries per 1,000 is better than London (13)");
    expect(evaluate({ kind: "benchmark" }, { ...compareWithBenchmark(figure, 12, options) }).status).toBe("amber");
    const notCompared = evaluate({ kind: "benchmark" }, { ...compareWithBenchmark({ value: 10 }, 13, options) });
    expect(notCompared.status).toBe("not-rated");
    expect(notCompared.reason).toBe("Not rated: 10 was not compared with the benchmark (13): no confidence interval");
  });

  it("trend → trend rule", () => {
    // trend's own doc example: 1..5 with SE 1 is increasing (χ² = 10 > 9.5495).
    const series = [1, 2, 3, 4, 5].map((value) => ({ value, lower: value - 1.96, upper: value + 1.96 }));
    const worse = evaluate({ kind: "trend", polarity: "lower-is-better" }, { ...trend(series, { polarity: "lower-is-better" }) });
    expect(worse.status).toBe("red");
    expect(worse.reason).toBe("Red: the trend is increasing (worsening, as lower is better)");
    const short = trend(series.slice(0, 2), { polarity: "lower-is-better" });
    expect(short.outcome).toBe("cannot-be-calculated");
    expect(evaluate({ kind: "trend", polarity: "lower-is-better" }, { ...short }).status).toBe("not-rated");
  });
});
