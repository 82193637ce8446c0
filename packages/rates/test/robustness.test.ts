import fc from "fast-check";
import { describe } from "vitest";
import * as rates from "../src/index.js";
import { RatesError } from "../src/index.js";
import { everyFunctionBehaves, extremeCount, extremeNumber, orHostile } from "./extremes.js";

// Every public function, with arguments of the right kind built from extreme finite numbers
// (subnormals, 1e308, −0, Number.MAX_SAFE_INTEGER) and, now and then, hostile values (null,
// BigInt, symbols, prototype-less objects): each call returns only finite numbers or throws
// RatesError, and returns (the loops are bounded by the input's size).
const num = orHostile(extremeNumber);
const count = orHostile(extremeCount);
const level = orHostile(fc.oneof(fc.constantFrom(0.95, 0.998, 1 - 1e-12), extremeNumber));
const levels = orHostile(fc.oneof(level, fc.constant("none"), fc.array(level, { maxLength: 2 })));
const options = (record: Record<string, fc.Arbitrary<unknown>>) => orHostile(fc.record(record, { requiredKeys: [] }));
const side = orHostile(fc.record({ count, population: num }));
const month = orHostile(fc.constantFrom("2017-01", "1000-01", "9999-12", "2017-13"));
const monthValues = fc.array(orHostile(extremeNumber), { maxLength: 26 });
const series = orHostile(
  fc.oneof(fc.record({ start: month, values: orHostile(monthValues) }), fc.array(orHostile(fc.record({ month, count: num })), { maxLength: 26 })),
);
const typed = fc.array(extremeNumber, { maxLength: 26 }).map((values) => Float64Array.from(values));
const typedCounts = (n: number) => fc.array(extremeCount, { minLength: n, maxLength: n }).map((v) => Float64Array.from(v));
const typedNumbers = (n: number) => fc.array(extremeNumber, { minLength: n, maxLength: n }).map((v) => Float64Array.from(v));
const seriesOptions = options({ fill: num, window: num, rule: fc.constantFrom("each-year", "sum"), meanDecimals: num });
const period = orHostile(fc.record({ kind: fc.constantFrom("rolling", "calendar-year"), first: month, last: month, label: fc.string() }));

const calls: Record<string, fc.Arbitrary<unknown[]>> = {
  roundHalfUp: fc.tuple(num, orHostile(fc.integer({ min: -25, max: 105 }))),
  normalQuantile: fc.tuple(num),
  chiSquaredQuantile: fc.tuple(orHostile(fc.oneof(fc.double({ min: 0, max: 1 }), extremeNumber)), num),
  exactPoissonInterval: fc.tuple(count, level),
  byarInterval: fc.tuple(count, level),
  rate: fc.tuple(count, num, options({ per: num, confidence: levels, method: fc.constantFrom("auto", "exact", "byar") })),
  firstTimeEntrantRate: fc.tuple(count, num, options({ confidence: levels })),
  custodyRate: fc.tuple(count, num, options({ confidence: levels })),
  rateChange: fc.tuple(side, side, options({ per: num })),
  percentChange: fc.tuple(num, num),
  percentagePointChange: fc.tuple(num, num),
  proportion: fc.tuple(count, count, options({ confidence: levels, multiplier: num })),
  proportionDifference: fc.tuple(count, count, count, count, options({ confidence: levels, per: num })),
  share: fc.tuple(num, num),
  shares: fc.tuple(orHostile(fc.oneof(fc.array(num, { maxLength: 6 }), fc.dictionary(fc.string(), num, { maxKeys: 6 })))),
  consistentNumerators: fc.tuple(
    orHostile(fc.oneof(extremeNumber, fc.constantFrom("16.7", "65%", "0.07", "9".repeat(40), `${"9".repeat(20)}.5`))),
    count,
    options({ decimals: num, multiplier: num, max: num }),
  ),
  rateRatioTest: fc.tuple(side, side, options({ confidence: level })),
  classifyChange: fc.tuple(side, side, options({ confidence: level })),
  changeContributions: fc.tuple(
    orHostile(fc.array(orHostile(fc.record({ name: orHostile(fc.string({ maxLength: 3 })), previous: count, current: count })), { maxLength: 6 })),
    options({ previousPopulation: num, currentPopulation: num, per: num }),
  ),
  rollingSums: fc.tuple(fc.oneof(typed, series), seriesOptions),
  rollingYearTotal: fc.tuple(fc.oneof(typed, series), seriesOptions),
  samePeriodComparison: fc.tuple(series, period, seriesOptions),
  monthlyMean: fc.tuple(series, seriesOptions),
  classifyMonths: fc.tuple(series, seriesOptions),
  reoffending: fc.tuple(orHostile(fc.record({ cohort: count, reoffenders: count, reoffences: count })), options({ confidence: levels })),
  directlyStandardisedRate: fc
    .integer({ min: 1, max: 4 })
    .chain((n) =>
      fc.tuple(
        fc.array(count, { minLength: n, maxLength: n }),
        fc.array(num, { minLength: n, maxLength: n }),
        fc.array(num, { minLength: n, maxLength: n }),
        options({ per: num, confidence: levels }),
      ),
    ),
  rates: fc
    .integer({ min: 0, max: 4 })
    .chain((n) => fc.tuple(typedCounts(n), typedNumbers(n), options({ per: num, confidence: orHostile(fc.oneof(level, fc.constant("none"))) }))),
};

describe("every public function, at the edges of the numbers", () => {
  everyFunctionBehaves(rates, calls, RatesError, (name) => (name === "rateRatioTest" || name === "classifyChange" ? 100 : 300));
});
