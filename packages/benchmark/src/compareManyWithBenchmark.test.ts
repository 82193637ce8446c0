import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { compareManyWithBenchmark } from "./compareManyWithBenchmark.js";
import { compareWithBenchmark } from "./compareWithBenchmark.js";

describe("compareManyWithBenchmark", () => {
  it("doc example", () => {
    const columns = {
      value: Float64Array.of(10, 10, 10),
      intervals: [{ confidence: 0.95, lower: Float64Array.of(8, 8, Number.NaN), upper: Float64Array.of(12, 9, Number.NaN) }],
    };
    const result = compareManyWithBenchmark(columns, 11, { method: "ci-overlap-95", polarity: "lower-is-better" });
    expect(result.outcomes).toEqual(["similar", "better", "not-compared"]);
    expect(Array.from(result.significance)).toEqual([0, 0.95, 0]);
  });

  it("property: the same outcome and significance as compareWithBenchmark, area by area", () => {
    const area = fc
      .tuple(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.boolean(),
      )
      .map(([value, a, b, c, missing]) => ({ value, l95: value - a, u95: value + b, l998: missing ? Number.NaN : value - a - c, u998: value + b + c }));
    fc.assert(
      fc.property(
        fc.array(area, { minLength: 1, maxLength: 30 }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.constantFrom("ci-overlap-95", "ci-overlap-99.8", "two-level"),
        fc.constantFrom("lower-is-better", "higher-is-better", "no-judgement"),
        (areas, b, method, polarity) => {
          const columns = {
            value: Float64Array.from(areas, (x) => x.value),
            intervals: [
              { confidence: 0.95, lower: Float64Array.from(areas, (x) => x.l95), upper: Float64Array.from(areas, (x) => x.u95) },
              { confidence: 0.998, lower: Float64Array.from(areas, (x) => x.l998), upper: Float64Array.from(areas, (x) => x.u998) },
            ],
          };
          const many = compareManyWithBenchmark(columns, b, { method, polarity });
          areas.forEach((x, i) => {
            const one = compareWithBenchmark(
              {
                value: x.value,
                intervals: [
                  { confidence: 0.95, lower: x.l95, upper: x.u95 },
                  { confidence: 0.998, lower: x.l998, upper: x.u998 },
                ],
              },
              b,
              { method, polarity },
            );
            expect(many.outcomes[i]).toBe(one.outcome);
            expect(many.significance[i]).toBe(one.significance ?? 0);
          });
        },
      ),
    );
  });

  it("throws BenchmarkError on bad input", () => {
    const columns = { value: [1, 2], intervals: [{ confidence: 0.95, lower: [0, 1], upper: [2, 3] }] };
    expect(() => compareManyWithBenchmark(columns, 1, { method: "two-level", polarity: "lower-is-better" })).toThrow(/no 99.8% interval/);
    expect(() => compareManyWithBenchmark(columns, 1, { method: "ci-overlap-95" } as never)).toThrow(expect.objectContaining({ code: "missing-polarity" }));
    expect(() =>
      compareManyWithBenchmark({ value: [1], intervals: [{ confidence: 0.95, lower: [0, 1], upper: [2] }] }, 1, {
        method: "ci-overlap-95",
        polarity: "lower-is-better",
      }),
    ).toThrow(/one entry per area/);
    expect(() =>
      compareManyWithBenchmark({ value: [1], intervals: [{ confidence: 0.95, lower: [3], upper: [2] }] }, 1, {
        method: "ci-overlap-95",
        polarity: "lower-is-better",
      }),
    ).toThrow(expect.objectContaining({ code: "invalid-interval" }));
    expect(() =>
      compareManyWithBenchmark({ value: [Number.NaN], intervals: [{ confidence: 0.95, lower: [0], upper: [2] }] }, 1, {
        method: "ci-overlap-95",
        polarity: "lower-is-better",
      }),
    ).toThrow(BenchmarkError);
    expect(() => compareManyWithBenchmark({} as never, 1, { method: "ci-overlap-95", polarity: "lower-is-better" })).toThrow(/columns must have a value array/);
    expect(() => compareManyWithBenchmark(columns, 1, { method: "funnel" as never, polarity: "lower-is-better" })).toThrow(/method must be one of/);
  });

  it("interval columns with holes, nulls or no limits throw BenchmarkError, not TypeError", () => {
    const value = Float64Array.of(10, 10, 10);
    const options = { method: "ci-overlap-95", polarity: "lower-is-better" } as const;
    const upper = Float64Array.of(12, 9, 11);
    for (const intervals of [[, ,], [{ confidence: 0.95, lower: null, upper }], [{ confidence: 0.95, upper }], [null]]) {
      expect(() => compareManyWithBenchmark({ value, intervals: intervals as never }, 11, options)).toThrow(BenchmarkError);
    }
  });

  it("columns claiming more areas than an array can hold throw invalid-argument, not a RangeError", () => {
    const huge = { length: 2 ** 40 } as ArrayLike<number>;
    const columns = { value: huge, intervals: [{ confidence: 0.95, lower: huge, upper: huge }] };
    expect(() => compareManyWithBenchmark(columns, 11, { method: "ci-overlap-95", polarity: "lower-is-better" })).toThrow(
      expect.objectContaining({ name: "BenchmarkError", code: "invalid-argument" }),
    );
  });

  it("columns of the wrong shape are invalid-argument, options of the wrong shape invalid-option, a level as a percentage invalid-confidence", () => {
    const options = { method: "ci-overlap-95", polarity: "lower-is-better" } as const;
    const code = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as BenchmarkError).code;
      }
      return "no error";
    };
    expect(code(() => compareManyWithBenchmark(null as never, 11, options))).toBe("invalid-argument");
    expect(code(() => compareManyWithBenchmark({ value: [1], intervals: "x" } as never, 11, options))).toBe("invalid-argument");
    expect(code(() => compareManyWithBenchmark({ value: [1], intervals: [] }, 11, options))).toBe("invalid-argument");
    expect(code(() => compareManyWithBenchmark({ value: [1], intervals: [] }, 11, null as never))).toBe("invalid-option");
    expect(code(() => compareManyWithBenchmark({ value: [1], intervals: [{ confidence: 95, lower: [0], upper: [2] }] }, 11, options))).toBe(
      "invalid-confidence",
    );
    expect(code(() => compareManyWithBenchmark({ value: [1], intervals: [{ confidence: 0.95, lower: [0], upper: [2] }] }, 11, options))).toBe("no error");
  });
});
