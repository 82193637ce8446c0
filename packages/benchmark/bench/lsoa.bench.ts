import { rate } from "@crimestats/rates";
import { bench, describe } from "vitest";
import { compareManyWithBenchmark, compareWithBenchmark, quantileBands, rankValues } from "../src/index.js";

// 35,000 synthetic areas (about every LSOA in London: 4,835 2011 LSOAs per borough table ×
// 7 measures, or one 35,000-row national-scale table), deterministic: a linear congruential
// generator gives populations of 1,000–3,000 and burglary counts of 0–60.
const N = 35_000;
let seed = 20190711;
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const figures = Array.from({ length: N }, () => {
  const population = 1000 + Math.floor(random() * 2000);
  const count = Math.floor(random() * 61);
  return rate(count, population, { per: 1000, confidence: [0.95, 0.998] });
});
const values = Float64Array.from(figures, (f) => f.value);
const london = (figures.reduce((s, f) => s + f.count, 0) / figures.reduce((s, f) => s + f.population, 0)) * 1000;

// The same figures as columns (typed arrays), as a reader of a count cube would hold them.
const level = (k: number) => ({
  confidence: k === 0 ? 0.95 : 0.998,
  lower: Float64Array.from(figures, (f) => f.intervals[k]?.lower ?? Number.NaN),
  upper: Float64Array.from(figures, (f) => f.intervals[k]?.upper ?? Number.NaN),
});
const columns = { value: values, intervals: [level(0), level(1)] };

describe("35,000 areas", () => {
  bench("rank + quartile band + two-level comparison, typed arrays (target < 50 ms)", () => {
    const ranks = rankValues(values, { order: "ascending", ties: "min" });
    const bands = quantileBands(values, { bands: 4 });
    const compared = compareManyWithBenchmark(columns, london, { method: "two-level", polarity: "lower-is-better" });
    if (ranks.length !== N || bands.band.length !== N || compared.outcomes.length !== N) throw new Error("unexpected result");
  });

  bench("rank + quartile band + two-level comparison, one compareWithBenchmark object per area", () => {
    const ranks = rankValues(values, { order: "ascending", ties: "min" });
    const bands = quantileBands(values, { bands: 4 });
    let worse = 0;
    for (let i = 0; i < N; i++) {
      const result = compareWithBenchmark(figures[i] as (typeof figures)[0], london, {
        method: "two-level",
        polarity: "lower-is-better",
      });
      if (result.outcome === "worse" || result.outcome === "worst") worse++;
    }
    if (ranks.length !== N || bands.band.length !== N || worse === 0) throw new Error("unexpected result");
  });

  bench("rankValues only", () => {
    rankValues(values, { ties: "min" });
  });

  bench("quantileBands only", () => {
    quantileBands(values, { bands: 4 });
  });

  bench("compareManyWithBenchmark two-level only", () => {
    compareManyWithBenchmark(columns, london, { method: "two-level", polarity: "lower-is-better" });
  });

  bench("compareWithBenchmark two-level only", () => {
    for (let i = 0; i < N; i++) {
      compareWithBenchmark(figures[i] as (typeof figures)[0], london, { method: "two-level", polarity: "lower-is-better" });
    }
  });
});
