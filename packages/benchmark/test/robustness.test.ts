import fc from "fast-check";
import { describe } from "vitest";
import { everyFunctionBehaves, extremeCount, extremeNumber, orHostile } from "../../rates/test/extremes.js";
import * as benchmark from "../src/index.js";
import { BenchmarkError } from "../src/index.js";

// Every public function, with arguments of the right kind built from extreme finite numbers
// (subnormals, 1e308, −0, Number.MAX_SAFE_INTEGER) and, now and then, hostile values (null,
// BigInt, symbols, prototype-less objects): each call returns only finite numbers or throws
// BenchmarkError — never the RatesError of a calculation it delegates, never a TypeError.
const num = orHostile(extremeNumber);
const count = orHostile(extremeCount);
const text = orHostile(fc.constantFrom("Harrow", "Ealing", "London"));
const options = (record: Record<string, fc.Arbitrary<unknown>>) => orHostile(fc.record(record, { requiredKeys: [] }));
const values = orHostile(fc.array(num, { maxLength: 10 }));
const polarity = orHostile(fc.constantFrom("lower-is-better", "higher-is-better", "no-judgement"));
const level = orHostile(fc.constantFrom(0.95, 0.998));
const levels = orHostile(fc.array(orHostile(fc.oneof(level, extremeNumber)), { maxLength: 2 }));
const distribution = orHostile(fc.constantFrom("poisson", "binomial"));
const interval = orHostile(fc.record({ confidence: level, lower: num, upper: num }));
const figure = orHostile(
  fc.record(
    {
      value: num,
      lower: num,
      upper: num,
      confidence: level,
      intervals: orHostile(fc.array(interval, { maxLength: 2 })),
      count,
      population: num,
      per: num,
      area: text,
    },
    { requiredKeys: ["value"] },
  ),
);
const column = (n: number) => fc.array(extremeNumber, { minLength: n, maxLength: n }).map((v) => Float64Array.from(v));
const point = orHostile(fc.record({ value: num, lower: num, upper: num, confidence: level, count, denominator: num }, { requiredKeys: ["value"] }));
const area = fc.record({
  area: fc.constantFrom("Harrow", "Ealing", "London"),
  population: num,
  counts: orHostile(fc.record({ "2017": count, "2018": count })),
});
const table = fc.array(area, { minLength: 1, maxLength: 3 }).map((areas) => {
  try {
    const group = areas.map((a) => a.area).filter((a, i, all) => a !== "London" && all.indexOf(a) === i);
    return benchmark.benchmarkTable({
      areas: areas as never,
      previousPeriod: "2017",
      currentPeriod: "2018",
      focus: group[0] ?? "Harrow",
      group,
      benchmarkArea: "London",
    });
  } catch {
    return null;
  }
});

const calls: Record<string, fc.Arbitrary<unknown[]>> = {
  rankValues: fc.tuple(values, options({ order: fc.constantFrom("ascending", "descending"), ties: fc.constantFrom("min", "dense", "average") })),
  rank: fc.tuple(orHostile(fc.array(orHostile(fc.record({ area: text, rate: num })), { maxLength: 5 })), options({ by: fc.constantFrom("rate", "area") })),
  describeRank: fc.tuple(num, num, options({ order: orHostile(fc.constantFrom("ascending", "descending")), subject: text, among: text, tied: num })),
  quantileBand: fc.tuple(num, values, options({ bands: num, polarity })),
  quantileBands: fc.tuple(values, options({ bands: num })),
  compareWithBenchmark: fc.tuple(
    figure,
    orHostile(fc.oneof(extremeNumber, fc.record({ value: num, area: text, per: num }))),
    options({
      method: orHostile(fc.constantFrom("ci-overlap-95", "ci-overlap-99.8", "two-level", "funnel")),
      polarity,
      minEvents: num,
      overdispersion: num,
      distribution,
      funnelLevels: levels,
    }),
  ),
  compareManyWithBenchmark: fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc.tuple(
      orHostile(
        fc.record({
          value: column(n),
          intervals: fc.array(orHostile(fc.record({ confidence: level, lower: column(n), upper: column(n) })), { maxLength: 2 }),
        }),
      ),
      num,
      options({ method: orHostile(fc.constantFrom("ci-overlap-95", "ci-overlap-99.8", "two-level")), polarity }),
    ),
  ),
  funnelLimits: fc.tuple(num, num, options({ per: num, levels, overdispersion: num, distribution })),
  funnelPoints: fc.tuple(
    num,
    options({ from: num, to: num, points: orHostile(fc.integer({ min: 0, max: 40 })), per: num, levels, overdispersion: num, distribution }),
  ),
  funnelOverdispersion: fc.tuple(
    orHostile(fc.array(orHostile(fc.record({ area: text, count, population: num })), { maxLength: 4 })),
    num,
    options({ per: num, winsorise: num, scale: orHostile(fc.constantFrom("rate", "square-root")), confidence: num }),
  ),
  trend: fc.tuple(
    orHostile(fc.array(point, { maxLength: 6 })),
    options({ polarity, method: orHostile(fc.constantFrom("weighted-least-squares", "chi-squared-proportions")), points: num, confidence: num }),
  ),
  comparatorValue: fc.tuple(
    orHostile(
      fc.record({
        id: text,
        members: orHostile(fc.array(text, { maxLength: 3 })),
        aggregation: orHostile(fc.constantFrom("pooled", "mean-of-rates", "median-of-rates", "external")),
        name: text,
      }),
    ),
    orHostile(fc.array(orHostile(fc.record({ area: text, count, population: num, rate: num, per: num }, { requiredKeys: ["area"] })), { maxLength: 3 })),
    options({ per: num }),
  ),
  benchmarkTable: fc.tuple(
    options({
      areas: orHostile(fc.array(area, { maxLength: 3 })),
      previousPeriod: fc.constant("2017"),
      currentPeriod: fc.constant("2018"),
      per: num,
      focus: text,
      group: orHostile(fc.array(text, { maxLength: 3 })),
      benchmarkArea: text,
    }),
  ),
  describeTable: fc.tuple(
    table,
    options({
      polarity,
      decimals: num,
      groupName: text,
      benchmarkAreaName: text,
      notComparable: orHostile(fc.array(orHostile(fc.record({ area: text, reason: text })), { maxLength: 3 })),
    }),
  ),
  auditPublishedTable: fc.tuple(
    orHostile(
      fc.array(
        orHostile(
          fc.record(
            {
              area: text,
              label: text,
              current: orHostile(fc.record({ count, rate: num })),
              previous: orHostile(fc.record({ count, rate: num })),
              change: orHostile(fc.record({ count: num, rate: num, percent: num })),
            },
            { requiredKeys: ["area"] },
          ),
        ),
        { maxLength: 3 },
      ),
    ),
    options({ populations: orHostile(fc.record({ Harrow: num, Ealing: num })), per: num, decimals: num }),
  ),
  auditTotal: fc.tuple(
    values,
    num,
    options({ decimals: orHostile(fc.integer({ min: 0, max: 3 })), rounded: num, totalRounded: orHostile(fc.boolean()), totalAlsoCovers: text }),
  ),
};

describe("every public function, at the edges of the numbers", () => {
  everyFunctionBehaves(benchmark, calls, BenchmarkError, () => 300);
});
